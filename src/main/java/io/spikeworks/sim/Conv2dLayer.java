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
        this.tapOut = p.tapOut;
        this.tapWeight = p.tapWeight;
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
     * For input position p = y·W + x, taps[tapStart[p] … tapStart[p+1]) list the offset of the first padded weight
     * row (ky·k + kx)·cin·Cp and the output offset (oy·Wo + ox)·cout of each tap it reaches, so the hot loops have
     * no index arithmetic.
     */
    private int[] tapStart;
    private int[] tapOut;
    private int[] tapWeight;

    private void buildTaps() {
        int[] start = new int[h * w + 1];
        int[] tw = new int[h * w * k * k];
        int[] to = new int[h * w * k * k];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                start[y * w + x] = n;
                // column by column: consecutive taps then reach outputs a row apart, so a tap's store never
                // overlaps the next tap's load (the output runs of neighbouring columns share padding floats)
                for (int kx = 0; kx < k; kx++) {
                    int oxNum = x + pad - kx;
                    if (oxNum < 0 || oxNum % stride != 0 || oxNum / stride >= wo) continue;
                    for (int ky = 0; ky < k; ky++) {
                        int oyNum = y + pad - ky;
                        if (oyNum < 0 || oyNum % stride != 0 || oyNum / stride >= ho) continue;
                        tw[n] = (ky * k + kx) * cin * paddedCout();
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

    /** Output channels rounded up to whole vectors: weight copies are padded so kernels never run a tail loop. */
    private int paddedCout() {
        int l = Kernels.get().lanes();
        return (cout + l - 1) / l * l;
    }

    @Override
    protected int bufferSlack() {
        return paddedCout() - cout;
    }

    @Override
    protected void onBatchStart() {
        int cp = paddedCout();
        int rows = k * k * cin;
        if (paddedWeights == null) {
            paddedWeights = new float[rows * cp];
            paddedGrad = new float[rows * cp];
        }
        float[] wt = weights.value;
        for (int r = 0; r < rows; r++) System.arraycopy(wt, r * cout, paddedWeights, r * cp, cout);
        java.util.Arrays.fill(paddedGrad, 0f);
        feedbackFresh = false;
    }

    @Override
    protected void integrate(int t, float[] x, int inOff, boolean binaryInput, SpikeEvents inEvents, float[] current,
                             EngineCounters c) {
        final Kernels simd = Kernels.get();
        final int cp = paddedCout();
        final int inSize = cin * h * w;
        final int outSize = cout * ho * wo;
        long ops = 0;
        for (int b = 0; b < batch; b++) {
            final int ob = b * outSize;
            if (inEvents != null) {
                final int[] idx = inEvents.indices();
                for (int e = inEvents.from(t, b), end = inEvents.to(t, b); e < end; e++) {
                    final int p = idx[e] / cin;
                    final int ci = idx[e] - p * cin;
                    simd.addTaps(current, ob, tapOut, paddedWeights, ci * cp, tapWeight, tapStart[p], tapStart[p + 1], cp);
                    ops += (long) (tapStart[p + 1] - tapStart[p]) * cout;
                }
                continue;
            }
            final int xb = inOff + b * inSize;
            for (int p = 0; p < h * w; p++) {
                for (int ci = 0; ci < cin; ci++) {
                    final float v = x[xb + p * cin + ci];
                    if (v == 0f) continue;
                    if (v == 1f) simd.addTaps(current, ob, tapOut, paddedWeights, ci * cp, tapWeight, tapStart[p], tapStart[p + 1], cp);
                    else simd.axpyTaps(current, ob, tapOut, v, paddedWeights, ci * cp, tapWeight, tapStart[p], tapStart[p + 1], cp);
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
        final Kernels simd = Kernels.get();
        final int cp = paddedCout();
        final int inSize = cin * h * w;
        final int outSize = cout * ho * wo;
        long ops = 0;
        for (int b = 0; b < batch; b++) {
            final int ob = b * outSize;
            if (inEvents != null) {
                final int[] idx = inEvents.indices();
                for (int e = inEvents.from(t, b), end = inEvents.to(t, b); e < end; e++) {
                    final int p = idx[e] / cin;
                    final int ci = idx[e] - p * cin;
                    simd.addTaps(paddedGrad, ci * cp, tapWeight, g, ob, tapOut, tapStart[p], tapStart[p + 1], cp);
                    ops += (long) (tapStart[p + 1] - tapStart[p]) * cout;
                }
                continue;
            }
            final int xb = inOff + b * inSize;
            for (int p = 0; p < h * w; p++) {
                for (int ci = 0; ci < cin; ci++) {
                    final float v = x[xb + p * cin + ci];
                    if (v == 0f) continue;
                    if (v == 1f) simd.addTaps(paddedGrad, ci * cp, tapWeight, g, ob, tapOut, tapStart[p], tapStart[p + 1], cp);
                    else simd.axpyTaps(paddedGrad, ci * cp, tapWeight, v, g, ob, tapOut, tapStart[p], tapStart[p + 1], cp);
                    ops += (long) (tapStart[p + 1] - tapStart[p]) * cout;
                }
            }
        }
        c.backwardMacs += ops;
        if (t == 0) foldPaddedGrad();
    }

    /** The last backward step of a batch: the padded accumulator goes into the weight gradient. */
    private void foldPaddedGrad() {
        final int cp = paddedCout();
        final float[] dw = weights.grad;
        for (int r = 0, rows = k * k * cin; r < rows; r++) {
            for (int co = 0; co < cout; co++) dw[r * cout + co] += paddedGrad[r * cp + co];
        }
        java.util.Arrays.fill(paddedGrad, 0f);
    }

    /** Input channels rounded up to whole vectors, for the error sent back to the input. */
    private int paddedCin() {
        int l = Kernels.get().lanes();
        return (cin + l - 1) / l * l;
    }

    /**
     * dX = errors through the feedback kernel. For each output position and tap, the tap's [cout][cin] block mixes
     * the position's cout errors into one padded run of input channels, summed in registers and added to the input
     * position the tap came from; the padded result is then packed into gradIn.
     */
    @Override
    protected void propagate(float[] g, float[] fb, float[] gradIn, EngineCounters c) {
        final Kernels simd = Kernels.get();
        final int cip = paddedCin();
        final float[] ft = tapBlocks(fb);
        final int inSize = cin * h * w;
        final int outSize = cout * ho * wo;
        final int paddedIn = h * w * cip;
        if (gradInPadded == null || gradInPadded.length < paddedIn) gradInPadded = new float[paddedIn];
        long ops = 0;
        for (int b = 0; b < batch; b++) {
            final int ob = b * outSize;
            java.util.Arrays.fill(gradInPadded, 0, paddedIn, 0f);
            for (int oy = 0; oy < ho; oy++) {
                for (int ky = 0; ky < k; ky++) {
                    final int y = oy * stride + ky - pad;
                    if (y < 0 || y >= h) continue;
                    for (int ox = 0; ox < wo; ox++) {
                        final int go = ob + (oy * wo + ox) * cout;
                        for (int kx = 0; kx < k; kx++) {
                            final int x = ox * stride + kx - pad;
                            if (x < 0 || x >= w) continue;
                            simd.mixColumns(g, go, cout, ft, (ky * k + kx) * cout * cip, gradInPadded, (y * w + x) * cip, cip);
                            ops += (long) cin * cout;
                        }
                    }
                }
            }
            final int xb = b * inSize;
            if (cip == cin) System.arraycopy(gradInPadded, 0, gradIn, xb, inSize);
            else for (int p = 0; p < h * w; p++) System.arraycopy(gradInPadded, p * cip, gradIn, xb + p * cin, cin);
        }
        c.backwardMacs += ops;
    }

    /** The feedback kernel as [ky][kx][cout][cin padded], recomputed once per batch. */
    private float[] tapBlocks(float[] fb) {
        final int cip = paddedCin();
        if (feedbackT == null) feedbackT = new float[k * k * cout * cip];
        if (!feedbackFresh || feedbackSource != fb) {
            for (int tap = 0; tap < k * k; tap++)
                for (int ci = 0; ci < cin; ci++)
                    for (int co = 0; co < cout; co++)
                        feedbackT[(tap * cout + co) * cip + ci] = fb[(tap * cin + ci) * cout + co];
            feedbackSource = fb;
            feedbackFresh = true;
        }
        return feedbackT;
    }

    private float[] paddedWeights;
    private float[] paddedGrad;
    private float[] feedbackT;
    private float[] feedbackSource;
    private boolean feedbackFresh;
    private float[] gradInPadded;
}
