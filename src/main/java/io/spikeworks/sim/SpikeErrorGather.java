package io.spikeworks.sim;

/**
 * The weight gradient of a convolution of 0/1 input (stride 1), spike by spike: the weight of tap (ky, kx) from
 * input channel ci gets the sum, over the inputs of channel ci that spiked, of the error of the output that spike
 * reached through that tap. Each spike gathers those errors into sums held in registers, a few taps at a time, so
 * nothing is stored per spike (the event route's scattered read-modify-writes) and silent inputs cost nothing (the
 * dense route's multiply-adds by zero).
 * <p>
 * The errors are first copied into a grid with a zero border k − 1 wide, so a spike near the edge reads zeros for
 * the taps that reach no output, and every spike takes the same path.
 * <p>
 * Spikes are taken in ascending input order, so each weight's errors are added in ascending output order, as the
 * dense route's multiply-adds by 1 and 0 add them: the two give the same gradient to the bit.
 */
final class SpikeErrorGather {
    private final int cin;
    private final int h;
    private final int w;
    private final int ho;
    private final int wo;
    private final int cout;
    private final int cp;
    private final int border;
    private final int gridWidth;
    /** Errors of one sample, [oy + border][ox + border][co], the border zeros. */
    private final float[] grid;
    /** For input i = (y·w + x)·cin + ci: the grid offset of the output its window corner tap (0, 0) reaches. */
    private final int[] baseOf;
    /** For tap q = ky·k + kx: how far before the spike's base its output lies in the grid. */
    private final int[] tapOffset;
    /** For tap q: the first padded weight row of its taps, (ky·k + kx)·cin·cp; channel ci's row is ci·cp further. */
    private final int[] tapRow;
    private final int[] spiking;
    /** Grid bases of one sample's spikes, grouped by channel: channel ci's at channelStart[ci] …. */
    private final int[] bases;
    private final int[] channelStart;
    private final int[] fill;

    SpikeErrorGather(int cin, int h, int w, int cout, int cp, int k, int pad, int ho, int wo) {
        this.cin = cin;
        this.h = h;
        this.w = w;
        this.cout = cout;
        this.cp = cp;
        this.ho = ho;
        this.wo = wo;
        this.border = k - 1;
        this.gridWidth = wo + 2 * border;
        this.grid = new float[(ho + 2 * border) * gridWidth * cout + cp];
        this.baseOf = new int[h * w * cin];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                for (int ci = 0; ci < cin; ci++)
                    baseOf[(y * w + x) * cin + ci] = ((y + pad + border) * gridWidth + x + pad + border) * cout;
        this.tapOffset = new int[k * k];
        this.tapRow = new int[k * k];
        for (int ky = 0; ky < k; ky++)
            for (int kx = 0; kx < k; kx++) {
                tapOffset[ky * k + kx] = (ky * gridWidth + kx) * cout;
                tapRow[ky * k + kx] = (ky * k + kx) * cin * cp;
            }
        this.spiking = new int[baseOf.length + 8];
        this.bases = new int[baseOf.length];
        this.channelStart = new int[cin + 1];
        this.fill = new int[cin];
    }

    /** Whether a convolution of this shape can go this way: each spike's outputs lie at fixed offsets at stride 1. */
    static boolean fits(int stride) {
        return stride == 1;
    }

    /**
     * One sample's contribution, dw (padded rows of cp floats) += its errors (g at g0, [oy][ox][co]) times its 0/1
     * input (x at xb; or, when ev is not null, the spikes listed in its slot (t, b), ascending), if it has at most
     * maxSpikes spikes; returns false, having done nothing, if it has more.
     */
    boolean accumulate(float[] x, int xb, SpikeEvents ev, int t, int b, float[] g, int g0, float[] dw, int maxSpikes) {
        final Kernels simd = Kernels.get();
        final int[] listed;
        final int from;
        final int n;
        if (ev != null) {
            listed = ev.indices();
            from = ev.from(t, b);
            n = ev.to(t, b) - from;
        } else {
            listed = spiking;
            from = 0;
            n = simd.listNonZero(x, xb, baseOf.length, spiking, 0);
        }
        if (n > maxSpikes) return false;
        for (int oy = 0; oy < ho; oy++)
            System.arraycopy(g, g0 + oy * wo * cout, grid, ((oy + border) * gridWidth + border) * cout, wo * cout);
        if (cin == 1) {
            for (int e = 0; e < n; e++) bases[e] = baseOf[listed[from + e]];
            simd.gatherTaps(grid, bases, 0, n, tapOffset, tapRow, tapOffset.length, dw, 0, cp);
            return true;
        }
        java.util.Arrays.fill(channelStart, 0);
        for (int e = from; e < from + n; e++) channelStart[listed[e] % cin + 1]++;
        for (int ci = 0; ci < cin; ci++) channelStart[ci + 1] += channelStart[ci];
        System.arraycopy(channelStart, 0, fill, 0, cin);
        for (int e = from; e < from + n; e++) {
            final int i = listed[e];
            bases[fill[i % cin]++] = baseOf[i];
        }
        for (int ci = 0; ci < cin; ci++)
            if (channelStart[ci + 1] > channelStart[ci])
                simd.gatherTaps(grid, bases, channelStart[ci], channelStart[ci + 1], tapOffset, tapRow, tapOffset.length,
                        dw, ci * cp, cp);
        return true;
    }

    /** Input floats per sample. */
    int inputs() {
        return h * w * cin;
    }
}
