package io.spikeworks.sim;

import io.spikeworks.sim.kernel.Kernels;

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
    private final int ho;
    private final int wo;
    private final int cout;
    private final int cp;
    private final int border;
    private final int gridWidth;
    /** Errors of one sample, [oy + border][ox + border][co], the border zeros. */
    private final float[] grid;
    /** For input position p = y·w + x: the grid offset of the output its window's corner tap (0, 0) reaches. */
    private final int[] baseOf;
    /** For tap q = ky·k + kx: how far before the spike's base its output lies in the grid. */
    private final int[] tapOffset;
    /** For tap q: the first padded weight row of its taps, (ky·k + kx)·cin·cp; channel ci's row is ci·cp further. */
    private final int[] tapRow;
    /** Grid bases of one sample's spikes, grouped by channel as {@link SampleSpikes#groupByChannel} leaves them. */
    private final int[] bases;

    SpikeErrorGather(int cin, int h, int w, int cout, int cp, int k, int pad, int ho, int wo) {
        this.cout = cout;
        this.cp = cp;
        this.ho = ho;
        this.wo = wo;
        this.border = k - 1;
        this.gridWidth = wo + 2 * border;
        this.grid = new float[(ho + 2 * border) * gridWidth * cout + cp];
        this.baseOf = new int[h * w];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) baseOf[y * w + x] = ((y + pad + border) * gridWidth + x + pad + border) * cout;
        this.tapOffset = new int[k * k];
        this.tapRow = new int[k * k];
        for (int ky = 0; ky < k; ky++)
            for (int kx = 0; kx < k; kx++) {
                tapOffset[ky * k + kx] = (ky * gridWidth + kx) * cout;
                tapRow[ky * k + kx] = (ky * k + kx) * cin * cp;
            }
        this.bases = new int[h * w * cin];
    }

    /** Whether a convolution of this shape can go this way: each spike's outputs lie at fixed offsets at stride 1. */
    static boolean fits(int stride) {
        return stride == 1;
    }

    /**
     * One sample's contribution, dw (padded rows of cp floats) += its errors (g at g0, [oy][ox][co]) times its 0/1
     * input, given by its spikes grouped by channel.
     */
    void accumulate(SampleSpikes spikes, float[] g, int g0, float[] dw) {
        for (int oy = 0; oy < ho; oy++)
            System.arraycopy(g, g0 + oy * wo * cout, grid, ((oy + border) * gridWidth + border) * cout, wo * cout);
        final int[] positions = spikes.byChannel;
        final int[] channelStart = spikes.channelStart;
        final int cin = channelStart.length - 1;
        for (int e = 0, n = spikes.count(); e < n; e++) bases[e] = baseOf[positions[e]];
        final Kernels simd = Kernels.get();
        for (int ci = 0; ci < cin; ci++)
            if (channelStart[ci + 1] > channelStart[ci])
                simd.gatherTaps(grid, bases, channelStart[ci], channelStart[ci + 1], tapOffset, tapRow, tapOffset.length,
                        dw, ci * cp, cp);
    }
}
