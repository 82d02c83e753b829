package io.spikeworks.sim;

/**
 * Fully connected synapses: I[b] = bias + x[b]·W with W stored [in][out]. Any input shape is flattened.
 * Zero inputs are skipped, so spike inputs cost events × fan-out instead of in × out.
 */
public final class DenseLayer extends SpikingLayer {
    private final int in;
    private final int out;
    /** Below this many multiply-adds a JNI call costs more than the plain loop saves. */
    static final long ND4J_MIN_MACS = 1L << 20;
    private Nd4jGemm forwardGemm;
    private Nd4jGemm backwardGemm;
    /** Spike inputs listed here when their producer did not list them. */
    private final SpikeEvents ownEvents = new SpikeEvents();
    /** Scratch for regrouping a step's spikes by input in the weight gradient. */
    private int[] inputCount;
    private int[] samplesOfInput;
    private boolean usingOwnEvents;
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
    protected boolean integrateAllSteps(SpikeEvents ev, float[] currents, EngineCounters c) {
        if (weights.value.length == 0) return false;
        final Kernels k = Kernels.get();
        final int[] idx = ev.indices();
        final int[] starts = ev.slotStarts();
        final int per = batch * out;
        for (int b = 0; b < batch; b++) k.addRowsSteps(weights.value, idx, starts, b, batch, steps, currents, b * out, per, out);
        long n = starts[steps * batch] - starts[0];
        c.synapticOps += n * out;
        c.skippedMacs += (long) steps * batch * in * out - n * out;
        return true;
    }

    @Override
    protected void accumulateWeightGrad(int t, float[] x, int inOff, boolean binaryInput, SpikeEvents inEvents,
                                        float[] g, EngineCounters c) {
        final float[] dw = weights.grad;
        final Kernels k = Kernels.get();
        long n = 0;
        SpikeEvents ev = inEvents != null ? inEvents : binaryInput && usingOwnEvents ? ownEvents : null;
        if (ev != null) {
            n = accumulateListed(t, ev, g, dw, k);
        } else {
            for (int b = 0; b < batch; b++) {
                final int xRow = inOff + b * in;
                for (int i = 0; i < in; i++) {
                    final float v = x[xRow + i];
                    if (v == 0f) continue;
                    n++;
                    k.axpy(dw, i * out, v, g, b * out, out);
                }
            }
        }
        c.backwardMacs += n * out;
    }

    /**
     * dW[i] += Σ over samples b where input i spiked at t of dL/dI[b]. The events are regrouped by input so
     * that each weight row is read and written once per step, with the sum of its samples' error rows built
     * in registers, instead of once per spike.
     */
    private long accumulateListed(int t, SpikeEvents ev, float[] g, float[] dw, Kernels k) {
        int total = groupByInput(t, ev);
        if (total == 0) return 0;
        int from = 0;
        for (int i = 0; i < in; i++) {
            int to = inputCount[i];
            if (to > from) k.addRows(g, samplesOfInput, from, to, dw, i * out, out);
            from = to;
        }
        return total;
    }

    /**
     * Regroups step t's spikes by input: afterwards the samples in which input i spiked are
     * samplesOfInput[inputCount[i−1] … inputCount[i]) (from 0 for i = 0). Returns the number of spikes.
     */
    private int groupByInput(int t, SpikeEvents ev) {
        final int[] idx = ev.indices();
        if (inputCount == null) {
            inputCount = new int[in + 1];
            samplesOfInput = new int[1024];
        }
        java.util.Arrays.fill(inputCount, 0);
        int total = 0;
        for (int b = 0; b < batch; b++) {
            for (int e = ev.from(t, b), end = ev.to(t, b); e < end; e++) inputCount[idx[e] + 1]++;
            total += ev.to(t, b) - ev.from(t, b);
        }
        if (samplesOfInput.length < total) samplesOfInput = new int[Math.max(total, samplesOfInput.length * 2)];
        for (int i = 0; i < in; i++) inputCount[i + 1] += inputCount[i];
        // inputCount[i] is now where input i's samples start; fill, advancing it to where they end
        for (int b = 0; b < batch; b++) {
            for (int e = ev.from(t, b), end = ev.to(t, b); e < end; e++) samplesOfInput[inputCount[idx[e]]++] = b;
        }
        return total;
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
