package io.spikeworks.sim;

import java.util.List;

/**
 * Max or average pooling over k×k windows with a stride, no padding, applied to spikes at each step.
 * Max-pooling 0/1 spikes is an OR and stays binary (its active outputs are listed, so the next layer runs
 * event-driven); the gradient goes to the first maximal input.
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
    private boolean inputBinary;
    /** Offsets of a window's inputs from its first one, (dy·W + dx)·C. */
    private final int[] window;
    private final SpikeEvents events = new SpikeEvents();

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
        this.window = new int[kernel * kernel];
        for (int dy = 0; dy < kernel; dy++)
            for (int dx = 0; dx < kernel; dx++) window[dy * kernel + dx] = (dy * w + dx) * c;
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
        }
    }

    @Override
    public void forward(int t, float[] in, int inOff, boolean binaryInput, SpikeEvents inEvents, EngineCounters counters) {
        inputBinary = binaryInput;
        final int inSize = c * h * w;
        final int outSize = c * ho * wo;
        final int taps = window.length;
        final boolean listing = binaryOutput();
        final float inv = 1f / taps;
        if (listing && t == 0) events.reset(steps, batch);
        for (int b = 0; b < batch; b++) {
            final int ib = inOff + b * inSize;
            final int ob = t * batch * outSize + b * outSize;
            if (listing) {
                events.open(t, b);
                events.ensure(outSize);
            }
            for (int oy = 0, o = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    final int corner = (oy * stride * w + ox * stride) * c;
                    for (int ch = 0; ch < c; ch++, o++) {
                        final int first = corner + ch;
                        if (kind == Kind.MAX) {
                            // branch-free: which input won is worked out in backward, where it is needed
                            float best = in[ib + first];
                            for (int q = 1; q < taps; q++) best = Math.max(best, in[ib + first + window[q]]);
                            out[ob + o] = best;
                            if (listing) events.addIf(o, best != 0f);
                        } else {
                            float sum = 0f;
                            for (int q = 0; q < taps; q++) sum += in[ib + first + window[q]];
                            out[ob + o] = sum * inv;
                        }
                    }
                }
            }
            if (listing) events.close();
        }
    }

    @Override
    public SpikeEvents outputEvents() {
        return binaryOutput() ? events : null;
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
        final int taps = window.length;
        final float inv = 1f / taps;
        java.util.Arrays.fill(gradIn, 0, batch * inSize, 0f);
        for (int b = 0; b < batch; b++) {
            final int ib = b * inSize;
            final int gb = b * outSize;
            if (kind == Kind.MAX) {
                maxBackward(t, in, inOff + b * inSize, gradOut, gb, gradIn, ib);
                continue;
            }
            for (int oy = 0, o = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    final int corner = ib + (oy * stride * w + ox * stride) * c;
                    for (int ch = 0; ch < c; ch++, o++) {
                        final float g = gradOut[gb + o];
                        for (int q = 0; q < taps; q++) gradIn[corner + ch + window[q]] += g * inv;
                    }
                }
            }
        }
    }

    /** Each output's error goes to the first input of its window that holds the maximum. */
    private void maxBackward(int t, float[] in, int inBase, float[] gradOut, int gb, float[] gradIn, int ib) {
        final int ob = t * batch * c * ho * wo + gb;
        final int taps = window.length;
        for (int oy = 0, o = 0; oy < ho; oy++) {
            for (int ox = 0; ox < wo; ox++) {
                final int corner = (oy * stride * w + ox * stride) * c;
                for (int ch = 0; ch < c; ch++, o++) {
                    final float g = gradOut[gb + o];
                    if (g == 0f) continue;
                    final float best = out[ob + o];
                    int q = 0;
                    while (q < taps - 1 && in[inBase + corner + ch + window[q]] != best) q++;
                    gradIn[ib + corner + ch + window[q]] += g;
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
        return out == null ? 0 : 4L * out.length;
    }
}
