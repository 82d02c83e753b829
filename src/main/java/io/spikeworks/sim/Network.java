package io.spikeworks.sim;

import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.SpikeFunction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A feed-forward stack of layers run clock-driven over T steps on a batch, with BPTT backward.
 * Forward goes step by step through all layers; backward goes steps in reverse and layers in reverse,
 * so each layer needs only one step's gradient buffer from the layer above.
 */
public final class Network {
    private final int[] inputShape;
    private final List<Layer> layers;
    private final Readout readout;
    private int batch;
    private int steps;
    private float[] input;
    private boolean inputBinary;
    private float[][] gradBuffers;
    private float[] readoutGradSpikes;
    private float[] readoutGradMem;
    private int gradBatch;
    private boolean denseReference;
    private ErrorRouting errorRouting;
    /** Whether forward and backward record each layer's CPU time into the counters (costs ~1 µs per layer and step). */
    private static volatile boolean timingLayers;

    public static void setTimingLayers(boolean on) {
        timingLayers = on;
    }

    private static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The network a replica follows for its error routing; itself for an original. */
    private Network primary = this;

    public Network(int[] inputShape, List<Layer> layers, Readout readout) {
        if (layers.isEmpty()) throw new IllegalArgumentException("a network needs at least one layer");
        Layer last = layers.get(layers.size() - 1);
        if (!(last instanceof SpikingLayer) && !(last instanceof CompositeLayer))
            throw new IllegalArgumentException("the last layer must be a spiking layer, got " + last.name());
        this.inputShape = inputShape.clone();
        this.layers = List.copyOf(layers);
        this.readout = readout;
    }

    /** A network of the same structure sharing this one's parameter values, with its own state and gradients. */
    public Network replicate() {
        List<Layer> copies = new ArrayList<>();
        for (Layer l : layers) copies.add(l.replicate());
        Network n = new Network(inputShape, copies, new Readout(readout.kind()));
        n.denseReference = denseReference;
        n.primary = primary;
        return n;
    }

    /**
     * The reference route: every layer treats its input as dense numbers (BLAS products through ND4J for
     * large layers, plain loops for small ones) and nothing is skipped. Same results up to float rounding;
     * the event-driven route is checked against it.
     */
    public void setDenseReference(boolean on) {
        this.denseReference = on;
    }

    public boolean denseReference() {
        return denseReference;
    }

    /**
     * For replicas that only ever run forward (evaluation): a spiking layer whose next layer reads nothing but its
     * spike lists (non-overlapping max pooling) then keeps two steps of state instead of its whole history.
     */
    public void setForwardOnly(boolean on) {
        this.forwardOnly = on;
    }

    private boolean forwardOnly;

    /**
     * Whether the spike history of every layer is kept for readers after the pass (rasters, recorders, local losses):
     * true by default. Off, a spiking layer whose max pool takes its spikes as they are made keeps two steps of
     * spikes only (see {@link SpikingLayer#setSpikeHistoryNeeded}): plain BPTT reads none of them.
     */
    public void setSpikeHistoryKept(boolean kept) {
        this.spikeHistoryKept = kept;
    }

    private boolean spikeHistoryKept = true;

    /**
     * Tells each spiking layer whether this pass needs its history (see {@link #setForwardOnly}), whether its next
     * layer reads its spike lists slot by slot only (so they need not be put in step order), and whether that layer
     * is a max pool that takes each sample-step's spikes as they are made; tells pools whether a backward pass
     * follows (so they keep their winners).
     */
    private void decideHistories() {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i) instanceof SpikingLayer s) {
                boolean poolReadsLists = i + 1 < layers.size() && layers.get(i + 1) instanceof PoolLayer p
                        && p.readsListedSpikesOnly();
                s.setHistoryNeeded(!(forwardOnly && !denseReference && poolReadsLists));
                s.setOutputReadSampleMajor(poolReadsLists);
                s.setPoolAfter(poolReadsLists && !denseReference ? (PoolLayer) layers.get(i + 1) : null);
                s.setSpikeHistoryNeeded(spikeHistoryKept);
                s.setDenseReference(denseReference);
            }
            if (layers.get(i) instanceof PoolLayer p) p.setWinnersNeeded(!forwardOnly);
        }
    }

    public int[] inputShape() {
        return inputShape.clone();
    }

    public int inputSize() {
        return Shapes.size(inputShape);
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The neurons the readout reads: the last layer's, or those a composite last layer names. */
    public SpikingLayer outputLayer() {
        Layer last = layers.get(layers.size() - 1);
        return last instanceof CompositeLayer c ? c.outputNeurons() : (SpikingLayer) last;
    }

    public Readout readout() {
        return readout;
    }

    public int outputSize() {
        return outputLayer().outputSize();
    }

    public List<Param> params() {
        List<Param> ps = new ArrayList<>();
        for (Layer l : layers) ps.addAll(l.params());
        return Collections.unmodifiableList(ps);
    }

    /** Every spiking layer, those inside composite layers included (see {@link CompositeLayer}), in order. */
    public List<SpikingLayer> spikingLayers() {
        List<SpikingLayer> out = new ArrayList<>();
        for (Layer l : layers) {
            if (l instanceof SpikingLayer s) out.add(s);
            else if (l instanceof CompositeLayer c) out.addAll(c.spikingLayers());
        }
        return out;
    }

    public void setSpikeFunction(SpikeFunction f) {
        for (SpikingLayer l : spikingLayers()) l.setSpikeFunction(f);
    }

    /**
     * Runs T steps. input is [t][b][features] (channels-last for images), binaryInput says it holds only 0/1.
     * The readout values (b×outputs) are written into readoutOut.
     */
    public void forward(float[] input, boolean binaryInput, int batch, int steps, float[] readoutOut, EngineCounters c) {
        forward(input, binaryInput, null, batch, steps, readoutOut, c);
    }

    /** @param inputEvents the input's spikes listed per step and sample (see {@link SpikeEvents}), or null */
    public void forward(float[] input, boolean binaryInput, SpikeEvents inputEvents, int batch, int steps,
                        float[] readoutOut, EngineCounters c) {
        int in = inputSize();
        if (input.length < (long) steps * batch * in)
            throw new IllegalArgumentException("input holds " + input.length + " values, need " + steps + "×" + batch + "×" + in);
        this.batch = batch;
        this.steps = steps;
        this.input = input;
        this.inputBinary = binaryInput;
        decideHistories();
        for (Layer l : layers) l.prepare(batch, steps);
        // layer by layer through all steps (no layer feeds an earlier one): each layer then sees its whole input
        // before its step 0 and can sum every step's synaptic input at once (SpikingLayer.integrateAllSteps)
        float[] x = input;
        boolean bin = binaryInput && !denseReference;
        SpikeEvents ev = bin ? inputEvents : null;
        int width = in;
        final boolean timing = timingLayers;
        for (int li = 0; li < layers.size(); li++) {
            Layer l = layers.get(li);
            long t0 = timing ? cpuNanos() : 0;
            l.forwardAllSteps(steps, batch, x, bin, ev, c);
            if (timing) c.addLayerTime(li, layers.size(), cpuNanos() - t0, false);
            countForwardAccesses(l, steps, batch, c);
            x = l.output();
            width = l.outputSize();
            bin = l.binaryOutput() && !denseReference;
            ev = bin ? l.outputEvents() : null;
        }
        readout.compute(outputLayer().state(), readoutOut);
        c.samples += batch;
        long held = (long) input.length * 4;
        for (Layer l : layers) held += l.bytesHeld();
        c.backwardBytesPeak = Math.max(c.backwardBytesPeak, held);
    }

    /** Routes some layers' errors directly (e.g. direct feedback alignment); null restores layer-by-layer BPTT. */
    public void setErrorRouting(ErrorRouting routing) {
        primary.errorRouting = routing;
    }

    /** Replicas follow their original's routing. */
    public ErrorRouting errorRouting() {
        return primary.errorRouting;
    }

    /** BPTT from dL/d(readout) (b×outputs) through all steps and layers; gradients accumulate into params. */
    public void backward(float[] dLdr, EngineCounters c) {
        backwardSpan(0, steps, 0, layers.size() - 1, dLdr, c);
        finishBackward(0, layers.size() - 1, c);
    }

    /**
     * BPTT over the steps [from, to), descending, through the layers [low, high] only; gradients accumulate into their
     * params. Truncated and block-local training (TTL-BPTT) run their windows and blocks through here; the whole
     * range is plain BPTT. When {@code to} is not the last step, the gradient carried back from step {@code to} is
     * cut first (the state carried on, its gradient does not); layer {@code low} sends no error below itself.
     *
     * @param topError when {@code high} is the output layer: dL/dr of the readout computed over [from, to) (see
     *                 {@link Readout#compute(NeuronState, float[], int, int)}); otherwise dL/d(output of layer
     *                 {@code high}), b×outputs of that layer, the same at every step of the span (a spike-count head)
     * Call {@link #finishBackward} once every step of these layers has gone back.
     */
    public void backwardSpan(int from, int to, int low, int high, float[] topError, EngineCounters c) {
        if (forwardOnly) throw new IllegalStateException("a forward-only network keeps no history for BPTT");
        int nLayers = layers.size();
        if (from < 0 || to > steps || from >= to || low < 0 || high >= nLayers || low > high)
            throw new IllegalArgumentException("backward span steps [" + from + ", " + to + ") layers [" + low + ", "
                    + high + "] is outside " + steps + " steps and " + nLayers + " layers");
        ensureGradBuffers();
        if (to < steps) {
            for (int li = low; li <= high; li++) if (layers.get(li) instanceof SpikingLayer s) s.cutCarriedGradient();
        }
        c.spanBytesPeak = Math.max(c.spanBytesPeak, spanBytes(to - from, low, high));
        ErrorRouting routing = errorRouting();
        boolean[] fromAbove = routing == null ? null : errorFromAbove(routing);
        boolean readoutOnTop = high == nLayers - 1;
        int outN = batch * outputSize();
        final boolean timing = timingLayers;
        for (int t = to - 1; t >= from; t--) {
            float[] gOut;
            float[] gMem;
            if (readoutOnTop) {
                readout.gradientAt(t, from, to, topError, outN, readoutGradSpikes, readoutGradMem);
                gOut = readoutGradSpikes;
                gMem = readout.usesMembrane() ? readoutGradMem : null;
            } else {
                gOut = topError;
                gMem = null;
            }
            for (int li = high; li >= low; li--) {
                Layer l = layers.get(li);
                float[] in;
                int inOff;
                if (li == 0) {
                    in = input;
                    inOff = t * batch * inputSize();
                } else {
                    Layer below = layers.get(li - 1);
                    in = below.output();
                    inOff = t * batch * below.outputSize();
                }
                float[] gIn = li == low ? null : gradBuffers[li - 1];
                if (routing != null) {
                    if (li < nLayers - 1 && routing.routes(li)) {
                        routing.route(li, outputLayer().gradCurrent(), batch, gradBuffers[li], c);
                        gOut = gradBuffers[li];
                    }
                    if (li > 0 && !fromAbove[li - 1]) gIn = null;
                }
                long t0 = timing ? cpuNanos() : 0;
                l.backward(t, in, inOff, gOut, gMem, gIn, c);
                if (timing) c.addLayerTime(li, nLayers, cpuNanos() - t0, true);
                countBackwardAccesses(l, gIn != null, c);
                gOut = gIn;
                gMem = null;
            }
        }
    }

    /** The deferred part of the backward pass of layers [low, high] (see {@link Layer#finishBackward}). */
    public void finishBackward(int low, int high, EngineCounters c) {
        final boolean timing = timingLayers;
        for (int li = low; li <= high; li++) {
            long t0 = timing ? cpuNanos() : 0;
            layers.get(li).finishBackward(c);
            if (timing) c.addLayerTime(li, layers.size(), cpuNanos() - t0, true);
        }
    }

    /**
     * Bytes a backward pass over {@code window} steps of layers [low, high] must have kept from the forward pass: those
     * layers' history for the window and the input of layer low for the window (see docs/ttl-bptt.md).
     */
    public long spanBytes(int window, int low, int high) {
        long perStep = 4L * batch * (low == 0 ? inputSize() : layers.get(low - 1).outputSize());
        for (int li = low; li <= high; li++) perStep += steps == 0 ? 0 : layers.get(li).bytesHeld() / steps;
        return perStep * window;
    }

    private static long weightCount(Layer l) {
        long n = 0;
        for (Param p : l.params()) n += p.size();
        return n;
    }

    /**
     * The memory-access model (docs/ttl-bptt.md), in values: per forward step a layer reads its weights once, its
     * input and (spiking) its membrane of the step before; it writes its output and (spiking) its membrane.
     */
    private static void countForwardAccesses(Layer l, int steps, int batch, EngineCounters c) {
        long in = (long) batch * l.inputSize();
        long out = (long) batch * l.outputSize();
        c.weightReads += steps * weightCount(l);
        c.activationReads += steps * in;
        c.activationWrites += steps * out;
        if (l instanceof SpikingLayer) {
            c.stateReads += steps * out;
            c.stateWrites += steps * out;
        }
    }

    /**
     * Per backward step a layer reads its error from above and its input (for dW); a spiking layer reads its
     * membrane and the carried dL/dU, writes the new dL/dU and adds into every weight's gradient; sending the error
     * below reads the weights once more and writes the error at its input.
     */
    private void countBackwardAccesses(Layer l, boolean sendsBelow, EngineCounters c) {
        long in = (long) batch * l.inputSize();
        long out = (long) batch * l.outputSize();
        long w = weightCount(l);
        c.activationReads += out + in;
        if (l instanceof SpikingLayer) {
            c.stateReads += 2 * out;
            c.stateWrites += out;
            c.weightWrites += w;
        }
        if (sendsBelow) {
            c.weightReads += w;
            c.activationWrites += in;
        }
    }

    /**
     * Which layers need the error at their output sent down from the layer above: spiking layers that are not
     * routed, and pass-through layers (pooling) with such a layer somewhere below. Others skip the propagation.
     */
    private boolean[] errorFromAbove(ErrorRouting routing) {
        boolean[] need = new boolean[layers.size()];
        for (int i = 0; i < need.length; i++) {
            boolean routed = i < need.length - 1 && routing.routes(i);
            need[i] = !routed && (layers.get(i) instanceof SpikingLayer || (i > 0 && need[i - 1]));
        }
        return need;
    }

    private void ensureGradBuffers() {
        int n = layers.size();
        if (gradBuffers == null || gradBatch != batch) {
            gradBatch = batch;
            gradBuffers = new float[n][];
            for (int i = 0; i < n; i++) gradBuffers[i] = new float[batch * layers.get(i).outputSize()];
            readoutGradSpikes = new float[batch * outputSize()];
            readoutGradMem = new float[batch * outputSize()];
        }
    }

    public void zeroGrad() {
        for (Param p : params()) p.zeroGrad();
    }

    public int batch() {
        return batch;
    }

    public int steps() {
        return steps;
    }

    /**
     * Whether a binary input reaches the network only through its spike lists: a dense first layer on the event
     * route reads nothing else, forward or backward. Encoders may then skip writing the input tensor.
     */
    public boolean readsListedInputOnly() {
        return !denseReference && !layers.isEmpty() && layers.get(0) instanceof DenseLayer;
    }

    public boolean inputBinary() {
        return inputBinary;
    }
}
