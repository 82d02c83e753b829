package io.spikeworks.sim;

/**
 * 2-D convolution synapses with stride and zero padding. Input C×H×W is held channels-last; weights are
 * [ky][kx][cin][cout] so each input event adds a contiguous run of cout weights. Zero inputs are skipped.
 */
public final class Conv2dLayer extends SpikingLayer {
    private final int cin;
    private final int h;
    private final int w;
    private final int cout;
    private final int ho;
    private final int wo;
    private final int k;
    private final int stride;
    private final int pad;

    public Conv2dLayer(String name, int[] inShape, int channels, int kernel, int stride, int padding, boolean bias,
                       NeuronModel neuron, SpikeFunction f) {
        super(name, inShape, outShape(inShape, channels, kernel, stride, padding),
                new Param(name + ".weight", kernel, kernel, inShape[0], channels), bias, neuron, f);
        this.cin = inShape[0];
        this.h = inShape[1];
        this.w = inShape[2];
        this.cout = channels;
        this.k = kernel;
        this.stride = stride;
        this.pad = padding;
        this.ho = outShape[1];
        this.wo = outShape[2];
        buildTaps();
    }

    private Conv2dLayer(Conv2dLayer p) {
        super(p);
        this.cin = p.cin;
        this.h = p.h;
        this.w = p.w;
        this.cout = p.cout;
        this.k = p.k;
        this.stride = p.stride;
        this.pad = p.pad;
        this.ho = p.ho;
        this.wo = p.wo;
        this.tapStart = p.tapStart;
        this.tapWeight = p.tapWeight;
        this.tapOut = p.tapOut;
    }

    @Override
    public Conv2dLayer replicate() {
        return new Conv2dLayer(primary() == this ? this : (Conv2dLayer) primary());
    }

    public static int[] outShape(int[] in, int channels, int kernel, int stride, int padding) {
        if (in.length != 3) throw new IllegalArgumentException("conv2d needs a C×H×W input, got " + Shapes.format(in));
        int ho = (in[1] + 2 * padding - kernel) / stride + 1;
        int wo = (in[2] + 2 * padding - kernel) / stride + 1;
        if (ho < 1 || wo < 1)
            throw new IllegalArgumentException("conv2d kernel " + kernel + " does not fit input " + Shapes.format(in));
        return new int[]{channels, ho, wo};
    }

    @Override
    public int fanIn() {
        return k * k * cin;
    }

    @Override
    public int fanOut() {
        return k * k * cout;
    }

    /**
     * For input position p = y·W + x, taps[tapStart[p] … tapStart[p+1]) list the kernel offsets (ky·k + kx)·cin·cout
     * and output offsets (oy·Wo + ox)·cout it reaches. Precomputed so the hot loops have no index arithmetic.
     */
    private int[] tapStart;
    private int[] tapWeight;
    private int[] tapOut;

    private void buildTaps() {
        int[] start = new int[h * w + 1];
        int[] tw = new int[h * w * k * k];
        int[] to = new int[h * w * k * k];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                start[y * w + x] = n;
                for (int ky = 0; ky < k; ky++) {
                    int oyNum = y + pad - ky;
                    if (oyNum < 0 || oyNum % stride != 0 || oyNum / stride >= ho) continue;
                    for (int kx = 0; kx < k; kx++) {
                        int oxNum = x + pad - kx;
                        if (oxNum < 0 || oxNum % stride != 0 || oxNum / stride >= wo) continue;
                        tw[n] = (ky * k + kx) * cin * cout;
                        to[n] = (oyNum / stride * wo + oxNum / stride) * cout;
                        n++;
                    }
                }
            }
        }
        start[h * w] = n;
        tapStart = start;
        tapWeight = java.util.Arrays.copyOf(tw, n);
        tapOut = java.util.Arrays.copyOf(to, n);
    }

    @Override
    protected void integrate(int t, float[] x, int inOff, boolean binaryInput, SpikeEvents inEvents, float[] current,
                             EngineCounters c) {
        final float[] wt = weights.value;
        final int inSize = cin * h * w;
        final int outSize = cout * ho * wo;
        final Kernels simd = Kernels.get();
        long ops = 0;
        for (int b = 0; b < batch; b++) {
            final int xb = inOff + b * inSize;
            final int ob = b * outSize;
            for (int p = 0; p < h * w; p++) {
                for (int ci = 0; ci < cin; ci++) {
                    final float v = x[xb + p * cin + ci];
                    if (v == 0f) continue;
                    for (int tp = tapStart[p]; tp < tapStart[p + 1]; tp++) {
                        final int wOff = tapWeight[tp] + ci * cout;
                        final int oOff = ob + tapOut[tp];
                        simd.axpy(current, oOff, v, wt, wOff, cout);
                    }
                    ops += (long) (tapStart[p + 1] - tapStart[p]) * cout;
                }
            }
        }
        long dense = (long) batch * ho * wo * cout * k * k * cin;
        if (binaryInput) c.synapticOps += ops;
        else c.denseMacs += ops;
        c.skippedMacs += Math.max(0, dense - ops);
    }

    @Override
    protected void accumulateWeightGrad(int t, float[] x, int inOff, boolean binaryInput, SpikeEvents inEvents,
                                        float[] g, EngineCounters c) {
        final float[] dw = weights.grad;
        final int inSize = cin * h * w;
        final int outSize = cout * ho * wo;
        final Kernels simd = Kernels.get();
        long ops = 0;
        for (int b = 0; b < batch; b++) {
            final int xb = inOff + b * inSize;
            final int ob = b * outSize;
            for (int p = 0; p < h * w; p++) {
                for (int ci = 0; ci < cin; ci++) {
                    final float v = x[xb + p * cin + ci];
                    if (v == 0f) continue;
                    for (int tp = tapStart[p]; tp < tapStart[p + 1]; tp++) {
                        final int wOff = tapWeight[tp] + ci * cout;
                        final int oOff = ob + tapOut[tp];
                        simd.axpy(dw, wOff, v, g, oOff, cout);
                    }
                    ops += (long) (tapStart[p + 1] - tapStart[p]) * cout;
                }
            }
        }
        c.backwardMacs += ops;
    }

    @Override
    protected void propagate(float[] g, float[] fb, float[] gradIn, EngineCounters c) {
        final int inSize = cin * h * w;
        final int outSize = cout * ho * wo;
        final Kernels simd = Kernels.get();
        long ops = 0;
        for (int b = 0; b < batch; b++) {
            final int xb = b * inSize;
            final int ob = b * outSize;
            for (int p = 0; p < h * w; p++) {
                for (int ci = 0; ci < cin; ci++) {
                    float s = 0f;
                    for (int tp = tapStart[p]; tp < tapStart[p + 1]; tp++) {
                        final int wOff = tapWeight[tp] + ci * cout;
                        final int oOff = ob + tapOut[tp];
                        s += simd.dot(fb, wOff, g, oOff, cout);
                    }
                    ops += (long) (tapStart[p + 1] - tapStart[p]) * cout;
                    gradIn[xb + p * cin + ci] = s;
                }
            }
        }
        c.backwardMacs += ops;
    }
}
