package io.spikeworks.sim;

import java.util.List;

/**
 * Max or average pooling over k×k windows with a stride, no padding, applied to spikes at each step.
 * Max-pooling 0/1 spikes is an OR and stays binary; the gradient goes to the first maximal input.
 */
public final class PoolLayer implements Layer {
    public enum Kind { MAX, AVG }

    private final String name;
    private final Kind kind;
    private final int[] inShape;
    private final int[] outShape;
    private final int c;
    private final int h;
    private final int w;
    private final int ho;
    private final int wo;
    private final int k;
    private final int stride;
    private int batch;
    private int steps;
    private float[] out;
    private int[] argmax;
    private boolean inputBinary;

    public PoolLayer(String name, Kind kind, int[] inShape, int kernel, int stride) {
        if (inShape.length != 3) throw new IllegalArgumentException(kind.name().toLowerCase() + "pool needs a C×H×W input, got "
                + Shapes.format(inShape));
        this.name = name;
        this.kind = kind;
        this.inShape = inShape.clone();
        this.c = inShape[0];
        this.h = inShape[1];
        this.w = inShape[2];
        this.k = kernel;
        this.stride = stride;
        this.ho = (h - kernel) / stride + 1;
        this.wo = (w - kernel) / stride + 1;
        if (ho < 1 || wo < 1) throw new IllegalArgumentException("pool kernel " + kernel + " does not fit input "
                + Shapes.format(inShape));
        this.outShape = new int[]{c, ho, wo};
    }

    @Override
    public PoolLayer replicate() {
        return new PoolLayer(name, kind, inShape, k, stride);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int[] inputShape() {
        return inShape.clone();
    }

    @Override
    public int[] outputShape() {
        return outShape.clone();
    }

    @Override
    public void prepare(int batch, int steps) {
        if (out == null || this.batch != batch || this.steps != steps) {
            this.batch = batch;
            this.steps = steps;
            out = new float[steps * batch * outputSize()];
            argmax = kind == Kind.MAX ? new int[steps * batch * outputSize()] : null;
        }
    }

    @Override
    public void forward(int t, float[] in, int inOff, boolean binaryInput, SpikeEvents inEvents, EngineCounters counters) {
        inputBinary = binaryInput;
        final int inSize = c * h * w;
        final int outSize = c * ho * wo;
        final float inv = 1f / (k * k);
        for (int b = 0; b < batch; b++) {
            int ib = inOff + b * inSize;
            int ob = t * batch * outSize + b * outSize;
            for (int oy = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    for (int ch = 0; ch < c; ch++) {
                        float best = Float.NEGATIVE_INFINITY;
                        int bestIdx = -1;
                        float sum = 0f;
                        for (int dy = 0; dy < k; dy++) {
                            for (int dx = 0; dx < k; dx++) {
                                int idx = ((oy * stride + dy) * w + ox * stride + dx) * c + ch;
                                float v = in[ib + idx];
                                sum += v;
                                if (v > best) {
                                    best = v;
                                    bestIdx = idx;
                                }
                            }
                        }
                        int o = ob + (oy * wo + ox) * c + ch;
                        if (kind == Kind.MAX) {
                            out[o] = best;
                            argmax[o] = bestIdx;
                        } else {
                            out[o] = sum * inv;
                        }
                    }
                }
            }
        }
    }

    @Override
    public float[] output() {
        return out;
    }

    @Override
    public boolean binaryOutput() {
        return kind == Kind.MAX && inputBinary;
    }

    @Override
    public void backward(int t, float[] in, int inOff, float[] gradOut, float[] gradMem, float[] gradIn,
                         EngineCounters counters) {
        if (gradIn == null) return;
        final int inSize = c * h * w;
        final int outSize = c * ho * wo;
        java.util.Arrays.fill(gradIn, 0, batch * inSize, 0f);
        final float inv = 1f / (k * k);
        for (int b = 0; b < batch; b++) {
            int ib = b * inSize;
            int gb = b * outSize;
            int ob = t * batch * outSize + gb;
            for (int oy = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    for (int ch = 0; ch < c; ch++) {
                        int o = (oy * wo + ox) * c + ch;
                        float g = gradOut[gb + o];
                        if (kind == Kind.MAX) {
                            gradIn[ib + argmax[ob + o]] += g;
                        } else {
                            for (int dy = 0; dy < k; dy++)
                                for (int dx = 0; dx < k; dx++)
                                    gradIn[ib + ((oy * stride + dy) * w + ox * stride + dx) * c + ch] += g * inv;
                        }
                    }
                }
            }
        }
    }

    @Override
    public List<Param> params() {
        return List.of();
    }

    @Override
    public long bytesHeld() {
        return out == null ? 0 : 4L * out.length + (argmax != null ? 4L * argmax.length : 0);
    }
}
