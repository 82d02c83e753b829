package io.spikeworks.sim;

/**
 * Fully connected synapses: I[b] = bias + x[b]·W with W stored [in][out]. Any input shape is flattened.
 * Zero inputs are skipped, so spike inputs cost events × fan-out instead of in × out.
 */
public final class DenseLayer extends SpikingLayer {
    private final int in;
    private final int out;

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
    protected void integrate(float[] x, int inOff, boolean binaryInput, float[] current, EngineCounters c) {
        final float[] w = weights.value;
        long events = 0;
        for (int b = 0; b < batch; b++) {
            final int row = b * out;
            final int xRow = inOff + b * in;
            for (int i = 0; i < in; i++) {
                final float v = x[xRow + i];
                if (v == 0f) continue;
                events++;
                final int wRow = i * out;
                if (v == 1f) {
                    for (int o = 0; o < out; o++) current[row + o] += w[wRow + o];
                } else {
                    for (int o = 0; o < out; o++) current[row + o] += v * w[wRow + o];
                }
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
        long events = 0;
        for (int b = 0; b < batch; b++) {
            final int gRow = b * out;
            final int xRow = inOff + b * in;
            for (int i = 0; i < in; i++) {
                final float v = x[xRow + i];
                if (v == 0f) continue;
                events++;
                final int wRow = i * out;
                for (int o = 0; o < out; o++) dw[wRow + o] += v * g[gRow + o];
            }
        }
        c.backwardMacs += events * out;
    }

    @Override
    protected void propagate(float[] g, float[] fb, float[] gradIn, EngineCounters c) {
        for (int b = 0; b < batch; b++) {
            final int gRow = b * out;
            final int xRow = b * in;
            for (int i = 0; i < in; i++) {
                final int wRow = i * out;
                float s = 0f;
                for (int o = 0; o < out; o++) s += fb[wRow + o] * g[gRow + o];
                gradIn[xRow + i] = s;
            }
        }
        c.backwardMacs += (long) batch * in * out;
    }
}
