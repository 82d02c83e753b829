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

    public DenseLayer(String name, int[] inShape, int units, boolean bias, NeuronModel neuron, SpikeFunction f) {
        super(name, inShape, new int[]{units}, new Param(name + ".weight", Shapes.size(inShape), units), bias, neuron, f);
        this.in = Shapes.size(inShape);
        this.out = units;
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
    }

    private boolean routeToNd4j(boolean binaryInput) {
        return !binaryInput && (long) batch * in * out >= ND4J_MIN_MACS;
    }

    @Override
    protected void integrate(float[] x, int inOff, boolean binaryInput, float[] current, EngineCounters c) {
        if (routeToNd4j(binaryInput)) {
            if (forwardGemm == null) forwardGemm = new Nd4jGemm();
            forwardGemm.multiplyAdd(x, inOff, batch, in, weights.value, out, current);
            c.denseMacs += (long) batch * in * out;
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
                final int wRow = i * out;
                if (v == 1f) k.add(current, row, w, wRow, out);
                else k.axpy(current, row, v, w, wRow, out);
            }
        }
        long dense = (long) batch * in * out;
        if (binaryInput) c.synapticOps += events * out;
        else c.denseMacs += events * out;
        c.skippedMacs += dense - events * out;
    }

    @Override
    protected void accumulateWeightGrad(float[] x, int inOff, boolean binaryInput, float[] g, EngineCounters c) {
        final float[] dw = weights.grad;
        final Kernels k = Kernels.get();
        long events = 0;
        for (int b = 0; b < batch; b++) {
            final int gRow = b * out;
            final int xRow = inOff + b * in;
            for (int i = 0; i < in; i++) {
                final float v = x[xRow + i];
                if (v == 0f) continue;
                events++;
                final int wRow = i * out;
                k.axpy(dw, wRow, v, g, gRow, out);
            }
        }
        c.backwardMacs += events * out;
    }

    @Override
    protected void propagate(float[] g, float[] fb, float[] gradIn, EngineCounters c) {
        c.backwardMacs += (long) batch * in * out;
        if ((long) batch * in * out >= ND4J_MIN_MACS) {
            if (backwardGemm == null) backwardGemm = new Nd4jGemm();
            backwardGemm.multiplyTransposed(g, batch, out, fb, in, gradIn);
            return;
        }
        final Kernels k = Kernels.get();
        for (int b = 0; b < batch; b++) {
            final int gRow = b * out;
            final int xRow = b * in;
            for (int i = 0; i < in; i++) {
                final int wRow = i * out;
                gradIn[xRow + i] = k.dot(fb, wRow, g, gRow, out);
            }
        }
    }
}
