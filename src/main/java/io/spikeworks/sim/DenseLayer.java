package io.spikeworks.sim;

import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.kernel.Nd4jGemm;
import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.SpikeDerivative;
import io.spikeworks.sim.neuron.SpikeFunction;

/**
 * Fully connected synapses: I[b] = bias + x[b]·W with W stored [in][out]. Any input shape is flattened.
 * Zero inputs are skipped, so spike inputs cost events × fan-out instead of in × out.
 */
public final class DenseLayer extends SpikingLayer implements TangentLayer {
    private final int in;
    private final int out;
    /** Below this many multiply-adds a JNI call costs more than the plain loop saves. */
    static final long ND4J_MIN_MACS = 1L << 20;
    /** -Dspikeworks.engine.complement=false turns the complement route off, for comparisons. */
    private static final boolean COMPLEMENT = !"false".equals(System.getProperty("spikeworks.engine.complement"));
    private Nd4jGemm forwardGemm;
    private Nd4jGemm backwardGemm;
    /** Spike inputs listed here when their producer did not list them. */
    private final SpikeEvents ownEvents = new SpikeEvents();
    /** Whether this step's input spikes are in ownEvents (the producer listed none). */
    private boolean usingOwnEvents;
    /** Scratch for summing a sample's steps from their complements (see listSampleSteps). */
    private int[] mark;
    private int stamp;
    private int[] sampleInputs;
    private int[] stepRows;
    private int[] stepStart;
    private boolean[] fromTotal;
    private float[] total;
    /** Rows padded to a vector for narrow layers (see paddedWeights); rebuilt each batch from the weights. */
    private float[] padded;
    private boolean paddedFresh;
    /** Whole-batch weight gradient (see finishBackward): every step's dL/dI, rows errorStride apart. */
    private final InputErrorRows errorRows = new InputErrorRows();
    private float[] errorSteps;
    private int errorStride;
    private SpikeEvents keptEvents;
    private float[] paddedGrad;
    private float[] feedbackT;
    private float[] feedbackTSource;
    private boolean feedbackTFresh;

    public DenseLayer(String name, int[] inShape, int units, boolean bias, NeuronModel neuron, SpikeFunction f) {
        super(name, inShape, new int[]{units}, new Param(name + ".weight", Shapes.size(inShape), units), bias, neuron, f);
        this.in = Shapes.size(inShape);
        this.out = units;
    }

    private DenseLayer(DenseLayer primary) {
        super(primary);
        this.in = primary.in;
        this.out = primary.out;
    }

    @Override
    public DenseLayer replicate() {
        return new DenseLayer(primary() == this ? this : (DenseLayer) primary());
    }

    @Override
    public TangentStepper tangentStepper(int batch, int directions, SpikeDerivative derivative) {
        return new DenseTangentStepper(this, batch, directions, derivative);
    }

    @Override
    public int fanIn() {
        return in;
    }

    @Override
    public int fanOut() {
        return out;
    }

    @Override
    protected void onBatchStart() {
        if (forwardGemm != null) forwardGemm.invalidate();
        if (backwardGemm != null) backwardGemm.invalidate();
        feedbackTFresh = false;
        paddedFresh = false;
        usingOwnEvents = false;
    }

    private boolean routeToNd4j(boolean binaryInput) {
        return !binaryInput && (long) batch * in * out >= ND4J_MIN_MACS;
    }

    @Override
    protected void integrate(int t, float[] x, int inOff, boolean binaryInput, SpikeEvents inEvents, float[] current,
                             EngineCounters c) {
        if (inEvents != null) {
            integrateListed(t, inEvents, current, c);
            return;
        }
        if (routeToNd4j(binaryInput)) {
            if (forwardGemm == null) forwardGemm = new Nd4jGemm();
            forwardGemm.multiplyAdd(x, inOff, batch, in, weights.value, out, current);
            c.denseMacs += (long) batch * in * out;
            return;
        }
        if (binaryInput) {
            integrateListed(t, listInputs(t, x, inOff), current, c);
            return;
        }
        final float[] w = weights.value;
        final Kernels k = Kernels.get();
        long events = 0;
        for (int b = 0; b < batch; b++) {
            final int row = b * out;
            final int xRow = inOff + b * in;
            for (int i = 0; i < in; i++) {
                final float v = x[xRow + i];
                if (v == 0f) continue;
                events++;
                k.axpy(current, row, v, w, i * out, out);
            }
        }
        c.denseMacs += events * out;
        c.skippedMacs += (long) batch * in * out - events * out;
    }

    /** Spike input whose producer did not list it: scan once per step, keep the list for the weight gradient. */
    private SpikeEvents listInputs(int t, float[] x, int inOff) {
        if (t == 0) ownEvents.reset(steps, batch);
        for (int b = 0; b < batch; b++) {
            ownEvents.open(t, b);
            ownEvents.ensure(in);
            final int xRow = inOff + b * in;
            for (int i = 0; i < in; i++) ownEvents.addIf(i, x[xRow + i] != 0f);
            ownEvents.close();
        }
        usingOwnEvents = true;
        return ownEvents;
    }

    /** Adds just the weight rows of the listed active inputs. */
    private void integrateListed(int t, SpikeEvents ev, float[] current, EngineCounters c) {
        final Kernels k = Kernels.get();
        final int[] idx = ev.indices();
        // per sample, the active rows are summed in registers (regrouping by input, as the weight gradient
        // does, measured slower here: 8.0–8.7k against 9.8–10.7k training samples/s on config A)
        for (int b = 0; b < batch; b++) k.addRows(weights.value, idx, ev.from(t, b), ev.to(t, b), current, b * out, out);
        long n = ev.countAt(t);
        c.synapticOps += n * out;
        c.skippedMacs += (long) batch * in * out - n * out;
    }

    @Override
    protected boolean integratesAllSteps() {
        return true;
    }

    @Override
    protected void integrateAllSteps(SpikeEvents ev, float[] currents, EngineCounters c) {
        final Kernels k = Kernels.get();
        final int[] idx = ev.indices();
        final int[] starts = ev.slotStarts();
        final int per = batch * out;
        long saved = 0; // rows not added thanks to the complement route
        final int lanes = k.lanes();
        if (lanes > 1 && out < lanes) {
            // a narrow layer (e.g. 10 classes): rows padded to one vector each, no complement bookkeeping
            float[] padded = paddedWeights(lanes);
            for (int b = 0; b < batch; b++) {
                k.addRowsPaddedSteps(padded, lanes, idx, starts, b, batch, steps, currents, b * out, per, out);
            }
        } else for (int b = 0; b < batch; b++) {
            int listed = ev.hasComplements() ? listGivenComplements(ev, b) : listSampleSteps(ev, b);
            if (listed < 0) {
                k.addRowsSteps(weights.value, idx, starts, b, batch, steps, currents, b * out, per, out);
            } else {
                k.addRowsStepsComplement(weights.value, stepRows, stepStart, fromTotal, total, steps, currents,
                        b * out, per, out);
                int events = 0;
                for (int t = 0; t < steps; t++) events += ev.to(t, b) - ev.from(t, b);
                saved += events - listed;
            }
        }
        long n = starts[steps * batch] - starts[0];
        c.synapticOps += n * out;
        c.skippedMacs += (long) steps * batch * in * out - n * out;
        c.complementOpsSaved += saved * out;
    }

    /**
     * Rate-coded inputs make most of a sample's inputs spike at most steps: then a step is cheaper as the sum of
     * all the sample's inputs that ever spike (computed once) minus the few that are silent at that step. Lists,
     * per step of sample b, whichever of the two row sets is smaller into stepRows/stepStart/fromTotal and sums
     * total. Returns the rows listed (including the total's), or −1 when turning steps around would not save
     * rows (the caller then uses the spike lists as they are).
     */
    private int listSampleSteps(SpikeEvents ev, int b) {
        if (!COMPLEMENT) return -1;
        final int[] idx = ev.indices();
        if (mark == null || mark.length != in) {
            mark = new int[in];
            sampleInputs = new int[in];
            stamp = 0;
        }
        if (stamp > (1 << 30)) {
            java.util.Arrays.fill(mark, 0);
            stamp = 0;
        }
        int sampleStamp = ++stamp;
        int p = 0;
        for (int t = 0; t < steps; t++) {
            for (int e = ev.from(t, b), end = ev.to(t, b); e < end; e++) {
                int i = idx[e];
                if (mark[i] != sampleStamp) {
                    mark[i] = sampleStamp;
                    sampleInputs[p++] = i;
                }
            }
        }
        // a step turned around costs p − a rows instead of a, and the total costs p once
        long saving = -p;
        for (int t = 0; t < steps; t++) saving += Math.max(0, 2 * (ev.to(t, b) - ev.from(t, b)) - p);
        if (saving <= 0) return -1;
        ensureComplementScratch();
        int cursor = 0;
        for (int t = 0; t < steps; t++) {
            int from = ev.from(t, b);
            int to = ev.to(t, b);
            int active = to - from;
            stepStart[t] = cursor;
            boolean turn = 2 * active > p;
            fromTotal[t] = turn;
            if (!turn) {
                System.arraycopy(idx, from, stepRows, cursor, active);
                cursor += active;
                continue;
            }
            int stepStamp = ++stamp;
            for (int e = from; e < to; e++) mark[idx[e]] = stepStamp;
            for (int j = 0; j < p; j++) {
                int i = sampleInputs[j];
                stepRows[cursor] = i;
                cursor += mark[i] != stepStamp ? 1 : 0;
            }
        }
        stepStart[steps] = cursor;
        java.util.Arrays.fill(total, 0f);
        Kernels.get().addRows(weights.value, sampleInputs, 0, p, total, 0, out);
        return cursor + p;
    }

    /**
     * {@link #listSampleSteps} when the producer listed each step's silent inputs within the sample's universe:
     * no marking, just the choice per step and a copy of the shorter list.
     */
    private int listGivenComplements(SpikeEvents ev, int b) {
        if (!COMPLEMENT) return -1;
        final int p = ev.universeTo(b) - ev.universeFrom(b);
        long saving = -p;
        for (int t = 0; t < steps; t++) saving += Math.max(0, 2 * (ev.to(t, b) - ev.from(t, b)) - p);
        if (saving <= 0) return -1;
        ensureComplementScratch();
        final int[] idx = ev.indices();
        final int[] silent = ev.silent();
        int cursor = 0;
        for (int t = 0; t < steps; t++) {
            int active = ev.to(t, b) - ev.from(t, b);
            stepStart[t] = cursor;
            boolean turn = 2 * active > p;
            fromTotal[t] = turn;
            int from = turn ? ev.silentFrom(t, b) : ev.from(t, b);
            int n = turn ? ev.silentTo(t, b) - from : active;
            System.arraycopy(turn ? silent : idx, from, stepRows, cursor, n);
            cursor += n;
        }
        stepStart[steps] = cursor;
        java.util.Arrays.fill(total, 0f);
        Kernels.get().addRows(weights.value, ev.universe(), ev.universeFrom(b), ev.universeTo(b), total, 0, out);
        return cursor + p;
    }

    /** The weights with each row padded with zeros to stride floats, copied once per batch. */
    private float[] paddedWeights(int stride) {
        if (paddedFresh) return padded;
        if (padded == null || padded.length != in * stride) padded = new float[in * stride];
        final float[] w = weights.value;
        for (int i = 0; i < in; i++) System.arraycopy(w, i * out, padded, i * stride, out);
        paddedFresh = true;
        return padded;
    }

    private void ensureComplementScratch() {
        if (stepStart == null || stepStart.length != steps + 1) {
            stepStart = new int[steps + 1];
            fromTotal = new boolean[steps];
        }
        if (stepRows == null || stepRows.length < steps * in) stepRows = new int[steps * in];
        if (total == null || total.length != out) total = new float[out];
    }

    @Override
    protected void accumulateWeightGrad(int t, float[] x, int inOff, boolean binaryInput, SpikeEvents inEvents,
                                        float[] g, EngineCounters c) {
        final float[] dw = weights.grad;
        final Kernels k = Kernels.get();
        long n = 0;
        SpikeEvents ev = inEvents != null ? inEvents : binaryInput && usingOwnEvents ? ownEvents : null;
        if (ev != null) {
            // the forward pass listed every step before backward began: summed once all steps are back
            keepErrors(t, ev, g);
            return;
        }
        if (denseReference) {
            keepReferenceErrors(t, x, inOff, g);
            c.backwardMacs += (long) batch * in * out;
            return;
        }
        for (int b = 0; b < batch; b++) {
            final int xRow = inOff + b * in;
            for (int i = 0; i < in; i++) {
                final float v = x[xRow + i];
                if (v == 0f) continue;
                n++;
                k.axpy(dw, i * out, v, g, b * out, out);
            }
        }
        c.backwardMacs += n * out;
    }

    /**
     * Keeps step t's dL/dI for the whole-batch weight gradient. Narrow layers keep rows padded to a vector
     * (zeros after the last output), so the kernel adds a row with one vector load.
     */
    private void keepErrors(int t, SpikeEvents ev, float[] g) {
        int lanes = Kernels.get().lanes();
        int stride = lanes > 1 && out < lanes ? lanes : out;
        int size = (steps + 1) * batch * stride;
        if (errorSteps == null || errorSteps.length != size || errorStride != stride) {
            errorSteps = new float[size];
            errorStride = stride;
        }
        if (stride == out) {
            System.arraycopy(g, 0, errorSteps, t * batch * out, batch * out);
        } else {
            for (int b = 0; b < batch; b++) System.arraycopy(g, b * out, errorSteps, (t * batch + b) * stride, out);
        }
        keptEvents = ev;
    }

    /**
     * The dense reference route keeps step t's input and dL/dI too, and {@link #finishBackward} sums them per input
     * in the order the event route's grouping adds them (sample by sample, steps ascending, from zero): on 0/1 input
     * the two give the same gradient to the bit.
     */
    private void keepReferenceErrors(int t, float[] x, int inOff, float[] g) {
        if (referenceErrors == null || referenceErrors.length != steps * batch * out) {
            referenceErrors = new float[steps * batch * out];
            referenceInOff = new int[steps];
        }
        System.arraycopy(g, 0, referenceErrors, t * batch * out, batch * out);
        referenceInOff[t] = inOff;
        referenceInput = x;
    }

    private void sumReferenceErrors() {
        final float[] x = referenceInput;
        referenceInput = null;
        if (referenceSums == null || referenceSums.length != in * out) referenceSums = new float[in * out];
        else java.util.Arrays.fill(referenceSums, 0f);
        final Kernels k = Kernels.get();
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t < steps; t++) {
                final int xRow = referenceInOff[t] + b * in;
                final int gRow = (t * batch + b) * out;
                for (int i = 0; i < in; i++) {
                    final float v = x[xRow + i];
                    if (v != 0f) k.axpy(referenceSums, i * out, v, referenceErrors, gRow, out);
                }
            }
        }
        k.add(weights.grad, 0, referenceSums, 0, in * out);
    }

    private float[] referenceInput;
    private int[] referenceInOff;
    private float[] referenceErrors;
    private float[] referenceSums;

    /**
     * dW[i] += Σ over all (t, b) where input i spiked of dL/dI[t][b], grouped by input over the whole batch
     * (see {@link InputErrorRows}): each weight row is read and written once per batch instead of once per step,
     * and with rate-coded input a busy input costs its sample's error sum minus its silent steps.
     */
    @Override
    public void finishBackward(EngineCounters c) {
        if (referenceInput != null) sumReferenceErrors();
        if (keptEvents == null) return;
        final SpikeEvents ev = keptEvents;
        keptEvents = null;
        final Kernels k = Kernels.get();
        final int stride = errorStride;
        errorRows.group(ev, steps, batch, in, COMPLEMENT);
        if (errorRows.usesSums()) {
            for (int b = 0; b < batch; b++) {
                int row = (steps * batch + b) * stride;
                java.util.Arrays.fill(errorSteps, row, row + stride, 0f);
                for (int t = 0; t < steps; t++) k.add(errorSteps, row, errorSteps, (t * batch + b) * stride, stride);
            }
        }
        final boolean padded = stride != out;
        final float[] dst;
        if (padded) {
            if (paddedGrad == null || paddedGrad.length != in * stride) paddedGrad = new float[in * stride];
            else java.util.Arrays.fill(paddedGrad, 0f);
            dst = paddedGrad;
        } else {
            dst = weights.grad;
        }
        final int[] plus = errorRows.plus;
        final int[] minus = errorRows.minus;
        long rows = 0;
        for (int i = 0; i < in; i++) {
            int pf = errorRows.plusFrom(i);
            int pt = errorRows.plusEnd[i];
            int mf = errorRows.minusFrom(i);
            int mt = errorRows.minusEnd[i];
            if (pf == pt && mf == mt) continue;
            k.addRowsDiff(errorSteps, stride, plus, pf, pt, minus, mf, mt, dst, i * stride, stride);
            rows += pt - pf + mt - mf;
        }
        if (padded) {
            final float[] dw = weights.grad;
            for (int i = 0; i < in; i++) k.add(dw, i * out, paddedGrad, i * stride, out);
        }
        c.backwardMacs += rows * out;
    }

    @Override
    protected void propagate(float[] g, float[] fb, float[] gradIn, EngineCounters c) {
        c.backwardMacs += (long) batch * in * out;
        if ((long) batch * in * out >= ND4J_MIN_MACS) {
            if (backwardGemm == null) backwardGemm = new Nd4jGemm();
            backwardGemm.multiplyTransposed(g, batch, out, fb, in, gradIn);
            return;
        }
        // dX[b] = Σₒ g[b,o]·Fᵀ[o]: rows of the transposed feedback matrix are contiguous runs of length in.
        final float[] ft = transposedFeedback(fb);
        final Kernels k = Kernels.get();
        java.util.Arrays.fill(gradIn, 0, batch * in, 0f);
        for (int b = 0; b < batch; b++) {
            final int gRow = b * out;
            final int xRow = b * in;
            for (int o = 0; o < out; o++) {
                float go = g[gRow + o];
                if (go != 0f) k.axpy(gradIn, xRow, go, ft, o * in, in);
            }
        }
    }

    /** Fᵀ, recomputed once per batch (feedback weights change only between batches). */
    private float[] transposedFeedback(float[] fb) {
        if (feedbackT == null) feedbackT = new float[in * out];
        if (feedbackTSource != fb || !feedbackTFresh) {
            for (int i = 0; i < in; i++)
                for (int o = 0; o < out; o++) feedbackT[o * in + i] = fb[i * out + o];
            feedbackTSource = fb;
            feedbackTFresh = true;
        }
        return feedbackT;
    }
}
