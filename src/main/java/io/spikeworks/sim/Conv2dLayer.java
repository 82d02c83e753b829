package io.spikeworks.sim;

import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.SpikeFunction;

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
    /** For weight row r = (ky·k + kx)·cin + ci, its input's offset from the window's corner in the padded input. */
    private final int[] rowOff;
    /** For output position q = oy·Wo + ox, the offset of its window's corner in the padded input. */
    private final int[] corners;
    /**
     * The forward taps in the order every route sums them, window row by window row, rows (ky, ci) ascending and
     * kx descending within a row ({@link SpikePatternLookup}'s tables add in that order): each tap's input offset from
     * the window's corner in the padded input, and its padded weight run.
     */
    private final int[] forwardTapIn;
    private final int[] forwardTapWeight;
    /** Whether this shape's spike input can go by pattern lookup, and its weight gradient by gathering. */
    private final boolean lookupFits;
    private final boolean gatherFits;

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
        this.rowOff = windowOffsets();
        this.corners = windowCorners();
        this.forwardTapIn = new int[k * k * cin];
        this.forwardTapWeight = new int[k * k * cin];
        forwardTaps();
        this.lookupFits = SpikePatternLookup.fits(cin, w, k, pad, paddedCout());
        this.gatherFits = SpikeErrorGather.fits(stride);
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
        this.rowOff = p.rowOff;
        this.corners = p.corners;
        this.forwardTapIn = p.forwardTapIn;
        this.forwardTapWeight = p.forwardTapWeight;
        this.lookupFits = p.lookupFits;
        this.gatherFits = p.gatherFits;
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
        if (lookup != null) lookup.weightsChanged();
        if (stepEventOps.length != steps) stepEventOps = new long[steps];
        else java.util.Arrays.fill(stepEventOps, 0);
    }

    /** Per step of this pass: the synapses its event-route samples reached, counted forward, read again backward. */
    private long[] stepEventOps = new long[0];

    /** How a sample-step's input reaches the outputs (and the weight gradient). */
    public enum Route {
        /**
         * Only what the spikes reach is worked, for sparse spikes: where the shape has pattern tables, the windows
         * holding a spike are looked up input row by input row ({@link SpikePatternLookup#forwardSparse}) and the
         * weight gradient gathers errors per spike ({@link SpikeErrorGather}), so the results are the other routes'
         * to the bit; elsewhere each spike adds its kernel slices into the outputs it reaches.
         */
        EVENTS,
        /**
         * Window rows of 0/1 input looked up as bit patterns ({@link SpikePatternLookup}): for denser spikes. The
         * weight gradient of these steps gathers errors spike by spike ({@link SpikeErrorGather}) where that is cheaper.
         */
        PATTERNS,
        /**
         * A direct convolution, every multiply-add done: for real-valued input, summed straight through. On 0/1 input
         * (and on the dense reference route) it sums each window row on its own and then the rows, as the pattern
         * tables do, so it gives their results to the bit.
         */
        DENSE
    }

    /**
     * Spike lists sparser than this go the event route; denser spikes go by pattern lookup where the shape allows it
     * (else the dense route). Measured on this machine with {@code bench --config kernels}.
     */
    static final double EVENT_ROUTE_MAX_DENSITY = 0.15;

    /** -Dspikeworks.conv.route=events, patterns or dense: one route for every step that can take it, for comparisons. */
    private static final Route FORCED = forcedRoute();

    private static Route forcedRoute() {
        return switch (System.getProperty("spikeworks.conv.route", "auto")) {
            case "events" -> Route.EVENTS;
            case "patterns" -> Route.PATTERNS;
            case "dense" -> Route.DENSE;
            default -> null;
        };
    }

    /** For tests and benchmarks: one route wherever it can be taken, or null to choose by input. */
    Route routeOverride;

    /**
     * Step t's forward route (the weight gradient goes the event route on the event route's steps): events need
     * spike lists, patterns 0/1 input and a shape whose tables fit; real-valued input always goes dense.
     */
    private Route route(int t, boolean binaryInput, SpikeEvents ev) {
        if (!binaryInput) return Route.DENSE;
        final Route wanted = wanted();
        if (wanted == Route.EVENTS && ev != null) return Route.EVENTS;
        if (wanted == Route.PATTERNS && lookupFits) return Route.PATTERNS;
        if (wanted == Route.DENSE) return Route.DENSE;
        if (ev != null && ev.countAt(t) <= EVENT_ROUTE_MAX_DENSITY * batch * cin * h * w) return Route.EVENTS;
        return lookupFits ? Route.PATTERNS : Route.DENSE;
    }

    /** The route a test, benchmark or -Dspikeworks.conv.route asks for, or null. */
    private Route wanted() {
        return routeOverride != null ? routeOverride : FORCED;
    }

    private SpikePatternLookup lookup() {
        if (lookup == null) lookup = new SpikePatternLookup(cin, h, w, cout, paddedCout(), k, stride, pad, ho, wo);
        return lookup;
    }

    private SpikePatternLookup lookup;

    /**
     * A sample's weight gradient gathers its errors spike by spike while its spikes number at most this share of
     * output positions × input channels (each spike then costs k² vector loads and adds where the dense route does
     * k²·cin multiply-adds per output position). Measured on this machine with {@code bench --config kernels}.
     */
    static final double GATHER_MAX_SHARE = 0.5;

    private SpikeErrorGather gather() {
        if (gather == null) gather = new SpikeErrorGather(cin, h, w, cout, paddedCout(), k, pad, ho, wo);
        return gather;
    }

    private SpikeErrorGather gather;

    /**
     * Forward sample-steps by route since the layer was built, indexed by {@link Route#ordinal()}. Replicas on other
     * threads count into their original's; adders, so the threads do not queue for a lock once per sample-step.
     */
    private final java.util.concurrent.atomic.LongAdder[] routeSteps = java.util.stream.Stream
            .generate(java.util.concurrent.atomic.LongAdder::new).limit(Route.values().length)
            .toArray(java.util.concurrent.atomic.LongAdder[]::new);

    /** How many forward sample-steps went each route, indexed by {@link Route#ordinal()}. */
    public long[] routeSteps() {
        Conv2dLayer original = (Conv2dLayer) primary();
        long[] n = new long[routeSteps.length];
        for (int i = 0; i < n.length; i++) n[i] = original.routeSteps[i].sum();
        return n;
    }

    @Override
    protected void integrate(int t, float[] x, int inOff, boolean binaryInput, SpikeEvents inEvents, float[] current,
                             EngineCounters c) {
        final int outSize = cout * ho * wo;
        for (int b = 0; b < batch; b++) integrateOne(t, b, x, inOff, binaryInput, inEvents, current, b * outSize, c);
    }

    @Override
    protected boolean integratesPerSample() {
        return true;
    }

    @Override
    protected void integrateSample(int t, int b, float[] x, int inOff, boolean binaryInput, SpikeEvents inEvents,
                                   float[] current, EngineCounters c) {
        integrateOne(t, b, x, inOff, binaryInput, inEvents, current, 0, c);
    }

    /** Sample b of step t (input at inOff + b·in) into out[ob …], by the step's route. */
    private void integrateOne(int t, int b, float[] x, int inOff, boolean binaryInput, SpikeEvents inEvents, float[] out,
                              int ob, EngineCounters c) {
        final long dense = (long) ho * wo * cout * k * k * cin;
        final Route route = route(t, binaryInput, inEvents);
        if (route == Route.DENSE) {
            convolveDense(x, inOff + b * cin * h * w, out, ob, binaryInput || denseReference);
            c.denseMacs += dense;
            countRoute(route);
            return;
        }
        if (route == Route.PATTERNS) {
            lookup().forward(spikes().read(x, inOff + b * cin * h * w, inEvents, t, b), paddedWeights, out, ob);
            c.denseMacs += dense; // counted as the dense route does: the work meters do not depend on the route
            countRoute(route);
            return;
        }
        final SampleSpikes sp = spikes().read(x, inOff + b * cin * h * w, inEvents, t, b);
        countRoute(route);
        if (lookupFits) {
            lookup().forwardSparse(sp, paddedWeights, out, ob);
            final long ops = synapticEvents(sp);
            stepEventOps[t] += ops;
            c.synapticOps += ops;
            c.skippedMacs += Math.max(0, dense - ops);
            return;
        }
        // shapes without tables: each spike's kernel slices added one by one, in another order than the dense route
        final Kernels simd = Kernels.get();
        final int cp = paddedCout();
        long ops = 0;
        sp.groupByChannel();
        for (int ci = 0; ci < cin; ci++) {
            for (int e = sp.channelStart[ci]; e < sp.channelStart[ci + 1]; e++) {
                final int p = sp.byChannel[e];
                simd.addTaps(out, ob, tapOut, paddedWeights, ci * cp, tapWeight, tapStart[p], tapStart[p + 1], cp);
                ops += (long) (tapStart[p + 1] - tapStart[p]) * cout;
            }
        }
        stepEventOps[t] += ops;
        c.synapticOps += ops;
        c.skippedMacs += Math.max(0, dense - ops);
    }

    /** How many synapses a sample-step's spikes reach: each spike's taps times the output channels. */
    private long synapticEvents(SampleSpikes sp) {
        long taps = 0;
        for (int e = sp.from; e < sp.to; e++) {
            final int p = sp.indices[e] / cin;
            taps += tapStart[p + 1] - tapStart[p];
        }
        return taps * cout;
    }

    private void countRoute(Route route) {
        ((Conv2dLayer) primary()).routeSteps[route.ordinal()].increment();
    }

    /**
     * One sample's input (at xb) through the kernel into out[ob …], every multiply-add done; byWindowRows when the
     * input may be 0/1, so the sums come out as the spike routes make them (short rows cost about a third more on
     * conv2 of bench D than summing the taps straight through, which real-valued input does).
     */
    private void convolveDense(float[] x, int xb, float[] out, int ob, boolean byWindowRows) {
        final float[] src = padded(x, xb);
        final int base = pad > 0 ? 0 : xb;
        final int wp = w + 2 * pad;
        final Kernels simd = Kernels.get();
        for (int oy = 0; oy < ho; oy++) {
            final int corner = base + oy * stride * wp * cin;
            final int o = ob + oy * wo * cout;
            if (byWindowRows)
                simd.convolveRowByWindowRows(src, corner, stride * cin, forwardTapIn, forwardTapWeight, k * cin, k,
                        paddedWeights, paddedCout(), out, o, cout, cout, wo);
            else // one kernel for both cost real-valued input about a third more on conv2 of bench D
                simd.convolveRow(src, corner, stride * cin, rowOff, rowOff.length, paddedWeights, paddedCout(), out, o,
                        cout, cout, wo);
        }
    }

    /** The sample at xb with its zero border, or x itself without padding. */
    private float[] padded(float[] x, int xb) {
        if (pad == 0) return x;
        final int wp = w + 2 * pad;
        final int size = (h + 2 * pad) * wp * cin;
        if (paddedInput == null) paddedInput = new float[size];
        for (int y = 0; y < h; y++)
            System.arraycopy(x, xb + y * w * cin, paddedInput, ((y + pad) * wp + pad) * cin, w * cin);
        return paddedInput;
    }

    private int[] windowOffsets() {
        final int wp = w + 2 * pad;
        int[] off = new int[k * k * cin];
        for (int ky = 0; ky < k; ky++)
            for (int kx = 0; kx < k; kx++)
                for (int ci = 0; ci < cin; ci++) off[(ky * k + kx) * cin + ci] = (ky * wp + kx) * cin + ci;
        return off;
    }

    private void forwardTaps() {
        final int wp = w + 2 * pad;
        int i = 0;
        for (int ky = 0; ky < k; ky++)
            for (int ci = 0; ci < cin; ci++)
                for (int kx = k - 1; kx >= 0; kx--, i++) {
                    forwardTapIn[i] = (ky * wp + kx) * cin + ci;
                    forwardTapWeight[i] = ((ky * k + kx) * cin + ci) * paddedCout();
                }
    }

    private int[] windowCorners() {
        final int wp = w + 2 * pad;
        int[] c = new int[ho * wo];
        for (int oy = 0; oy < ho; oy++)
            for (int ox = 0; ox < wo; ox++) c[oy * wo + ox] = (oy * stride * wp + ox * stride) * cin;
        return c;
    }

    private float[] paddedInput;

    @Override
    protected void accumulateWeightGrad(int t, float[] x, int inOff, boolean binaryInput, SpikeEvents inEvents,
                                        float[] g, EngineCounters c) {
        final Kernels simd = Kernels.get();
        final int cp = paddedCout();
        final int inSize = cin * h * w;
        final int outSize = cout * ho * wo;
        final Route route = route(t, binaryInput, inEvents);
        if (route != Route.EVENTS || gatherFits) {
            // spike input: samples with few enough spikes gather their errors spike by spike (SpikeErrorGather),
            // the rest, and real-valued input, go the dense route; both add each weight's errors in the same order
            final boolean gather = route != Route.DENSE && gatherFits;
            final int maxSpikes = wanted() == Route.PATTERNS ? Integer.MAX_VALUE : (int) (GATHER_MAX_SHARE * ho * wo * cin);
            for (int b = 0; b < batch; b++) {
                if (gather) {
                    final SampleSpikes sp = spikes().read(x, inOff + b * inSize, inEvents, t, b);
                    if (sp.count() <= maxSpikes) {
                        sp.groupByChannel();
                        gather().accumulate(sp, g, b * outSize, paddedGrad);
                        continue;
                    }
                }
                final float[] src = padded(x, inOff + b * inSize);
                simd.convolveWeightGrad(src, pad > 0 ? 0 : inOff + b * inSize, corners, rowOff, rowOff.length, g,
                        b * outSize, cout, ho, wo, paddedGrad, cp, cout);
            }
            // the event route's steps count the synapses their spikes reach, as its forward counted them
            c.backwardMacs += route == Route.EVENTS ? stepEventOps[t] : (long) batch * ho * wo * cout * k * k * cin;
        } else {
            long ops = 0;
            for (int b = 0; b < batch; b++) {
                final int ob = b * outSize;
                final SampleSpikes sp = spikes().read(x, inOff + b * inSize, inEvents, t, b);
                sp.groupByChannel();
                for (int ci = 0; ci < cin; ci++) {
                    for (int e = sp.channelStart[ci]; e < sp.channelStart[ci + 1]; e++) {
                        final int p = sp.byChannel[e];
                        simd.addTaps(paddedGrad, ci * cp, tapWeight, g, ob, tapOut, tapStart[p], tapStart[p + 1], cp);
                        ops += (long) (tapStart[p + 1] - tapStart[p]) * cout;
                    }
                }
            }
            c.backwardMacs += ops;
        }
        if (t == 0) foldPaddedGrad();
    }

    private SampleSpikes spikes() {
        if (spikes == null) spikes = new SampleSpikes(cin * h * w, cin);
        return spikes;
    }

    private SampleSpikes spikes;

    /** The last backward step of a batch: the padded accumulator goes into the weight gradient. */
    private void foldPaddedGrad() {
        final int cp = paddedCout();
        final float[] dw = weights.grad;
        for (int r = 0, rows = k * k * cin; r < rows; r++) {
            for (int co = 0; co < cout; co++) dw[r * cout + co] += paddedGrad[r * cp + co];
        }
        java.util.Arrays.fill(paddedGrad, 0f);
    }

    /** One window row's k·cin input floats rounded up to whole vectors. */
    private int paddedWindowRow() {
        int l = Kernels.get().lanes();
        return (k * cin + l - 1) / l * l;
    }

    /**
     * dX = errors through the feedback kernel, each output position's errors (cout) times the kernel giving the patch
     * of input errors it sends back, added window row by window row straight into a zero-bordered copy of the input
     * (col2im fused into the product, the sums in registers), whose interior is then the sample's dX.
     */
    @Override
    protected void propagate(float[] g, float[] fb, float[] gradIn, EngineCounters c) {
        final int rowPad = paddedWindowRow();
        final float[] ft = windowRowKernel(fb);
        final int inSize = cin * h * w;
        final int outSize = cout * ho * wo;
        final int wp = w + 2 * pad;
        final int rowStride = wp * cin;
        final int paddedSize = (h + 2 * pad) * rowStride;
        if (errorCanvas == null) errorCanvas = new float[paddedSize + rowPad];
        final Kernels simd = Kernels.get();
        for (int b = 0; b < batch; b++) {
            java.util.Arrays.fill(errorCanvas, 0, paddedSize, 0f);
            simd.sendErrorBack(g, b * outSize, cout, ho * wo, corners, ft, k, rowPad, errorCanvas, rowStride);
            final int xb = b * inSize;
            if (pad == 0) {
                System.arraycopy(errorCanvas, 0, gradIn, xb, inSize);
            } else {
                for (int y = 0; y < h; y++)
                    System.arraycopy(errorCanvas, ((y + pad) * wp + pad) * cin, gradIn, xb + y * w * cin, w * cin);
            }
        }
        c.backwardMacs += (long) batch * ho * wo * cout * k * k * cin;
    }

    /** The feedback kernel as [cout][ky][k·cin padded]: what output channel co sends back to window row ky. */
    private float[] windowRowKernel(float[] fb) {
        final int rowPad = paddedWindowRow();
        final int rowLen = k * cin;
        if (feedbackT == null) feedbackT = new float[cout * k * rowPad];
        if (!feedbackFresh || feedbackSource != fb) {
            for (int co = 0; co < cout; co++)
                for (int ky = 0; ky < k; ky++)
                    for (int j = 0; j < rowLen; j++)
                        feedbackT[(co * k + ky) * rowPad + j] = fb[(ky * rowLen + j) * cout + co];
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
    private float[] errorCanvas;
}
