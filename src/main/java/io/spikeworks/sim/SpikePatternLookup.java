package io.spikeworks.sim;

import io.spikeworks.sim.kernel.Kernels;
import java.util.Arrays;

/**
 * A convolution of 0/1 input by table lookup. Along one window row (one ky, one input channel) the k inputs under
 * the window are k bits, and for each of the 2^k patterns a table holds the sum of the weights its set bits select.
 * An output position then costs k·cin vector loads and adds instead of k²·cin scalar broadcasts and multiply-adds,
 * whatever the density, with none of the event route's scattered stores. The sums are the direct convolution's,
 * added in the order the other routes keep for 0/1 input (window row by window row), so all agree to the bit.
 * <p>
 * Only the forward pass goes this way; the weight gradient of the same steps gathers the errors spike by spike
 * ({@link SpikeErrorGather}). Two ways of turning the lookup round for it were measured slower than the dense route
 * on this machine (conv1 and conv2 of bench D, density 0.27): each position's error added into
 * the bucket of the pattern it saw, buckets shared out to the weights once per batch (a vector read-modify-write per
 * window row and position: 8.2 against 7.3 µs per sample-step for conv1); and sums of the errors over every subset
 * of four positions along a row, looked up per weight (11.4 against 7.3 µs for conv1, 14.7 against 13.9 for conv2).
 * A lookup whose address hangs on bits just read costs several cycles here, more than the multiply-adds it saves.
 */
final class SpikePatternLookup {
    /** Widest kernel the tables are built for: 2^k entries per window row. */
    static final int MAX_KERNEL = 8;
    /** One input row, its zero border included, is held as the bits of one long. */
    static final int MAX_ROW = 64;
    /** Largest table built, in floats: beyond it the lookups would no longer stay in L2. */
    static final int MAX_TABLE_FLOATS = 1 << 18;

    /** Whether a convolution of this shape can go by lookup. */
    static boolean fits(int cin, int w, int k, int pad, int cp) {
        return k <= MAX_KERNEL && w + 2 * pad <= MAX_ROW && (long) k * cin * (1 << k) * cp <= MAX_TABLE_FLOATS;
    }

    private final int cin;
    private final int k;
    private final int stride;
    private final int ho;
    private final int wo;
    private final int cout;
    private final int cp;
    /** Window rows (ky, ci): j = ky·cin + ci. */
    private final int rows;
    /** [j][pattern][cp]: the sum of window row j's weights that the pattern's bits select. */
    private final float[] table;
    /** One sample's input, [padded row][ci], bit x + pad set where the input at (row, x, ci) is not zero. */
    private final long[] bits;
    /** For input i = (y·w + x)·cin + ci: its word in bits, (y + pad)·cin + ci, and its bit there, 1 << (x + pad). */
    private final int[] markWord;
    private final long[] mark;
    private boolean tableFresh;
    /**
     * One sample's sums on the sparse route, [oy][ox][co] with a vector of slack, all zeros between calls: a row of
     * it is cleared as it is added into the output.
     */
    private final float[] sums;
    /** Which output rows of sums the sample reached. */
    private final boolean[] rowReached;
    /** One input row's windows that hold a spike: each one's output offset ox·cout and table offset pattern·cp. */
    private final int[] windowOut;
    private final int[] windowPattern;

    SpikePatternLookup(int cin, int h, int w, int cout, int cp, int k, int stride, int pad, int ho, int wo) {
        this.cin = cin;
        this.cout = cout;
        this.cp = cp;
        this.k = k;
        this.stride = stride;
        this.ho = ho;
        this.wo = wo;
        this.rows = k * cin;
        this.table = new float[rows * (1 << k) * cp];
        this.bits = new long[(h + 2 * pad) * cin];
        this.markWord = new int[h * w * cin];
        this.mark = new long[markWord.length];
        this.sums = new float[ho * wo * cout + cp];
        this.rowReached = new boolean[ho];
        this.windowOut = new int[wo];
        this.windowPattern = new int[wo];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                for (int ci = 0; ci < cin; ci++) {
                    markWord[(y * w + x) * cin + ci] = (y + pad) * cin + ci;
                    mark[(y * w + x) * cin + ci] = 1L << (x + pad);
                }
    }

    /** The weights changed: the table is rebuilt at the next forward step. */
    void weightsChanged() {
        tableFresh = false;
    }

    /** One sample's 0/1 input, given by its spikes, through the kernel into out[ob …] ([oy][ox][co]). */
    void forward(SampleSpikes spikes, float[] paddedWeights, float[] out, int ob) {
        if (!tableFresh) build(paddedWeights);
        readBits(spikes);
        final Kernels simd = Kernels.get();
        for (int oy = 0; oy < ho; oy++)
            simd.lookupConvolveRow(bits, oy * stride * cin, rows, k, stride, table, cp, out, ob + oy * wo * cout, cout, wo);
    }

    /**
     * {@link #forward} for sparse spikes: only the windows that hold a spike are looked up, input row by input row,
     * so a silent stretch of input costs nothing. Each window's rows still reach its sum in the order (ky, ci) from
     * zero, and the sum is added into the output once: to the bit what {@link #forward} and the dense route give.
     */
    void forwardSparse(SampleSpikes spikes, float[] paddedWeights, float[] out, int ob) {
        if (!tableFresh) build(paddedWeights);
        readBits(spikes);
        final Kernels simd = Kernels.get();
        final int mask = (1 << k) - 1;
        final int rowFloats = wo * cout;
        for (int word = 0; word < bits.length; word++) {
            final long row = bits[word];
            if (row == 0) continue;
            final int windows = windowsWithSpikes(row, mask);
            final int yp = word / cin;
            final int ci = word - yp * cin;
            // output rows oy whose window row ky = yp − oy·stride lies in [0, k)
            final int oyFirst = Math.max(0, (yp - k + stride) / stride);
            final int oyLast = Math.min(ho - 1, yp / stride);
            for (int oy = oyFirst; oy <= oyLast; oy++) {
                final int ky = yp - oy * stride;
                simd.addTaps(sums, oy * rowFloats, windowOut, table, ((ky * cin + ci) << k) * cp, windowPattern, 0,
                        windows, cp);
                rowReached[oy] = true;
            }
        }
        for (int oy = 0; oy < ho; oy++) {
            if (!rowReached[oy]) continue;
            final int s = oy * rowFloats;
            simd.add(out, ob + s, sums, s, rowFloats);
            Arrays.fill(sums, s, s + rowFloats, 0f);
            rowReached[oy] = false;
        }
    }

    /** Lists the windows along one input row (its bits) that hold a spike into windowOut / windowPattern. */
    private int windowsWithSpikes(long row, int mask) {
        int n = 0;
        if (stride == 1) {
            long any = row;
            for (int t = 1; t < k; t++) any |= row >>> t;
            for (; any != 0; any &= any - 1) {
                final int ox = Long.numberOfTrailingZeros(any);
                if (ox >= wo) break;
                windowOut[n] = ox * cout;
                windowPattern[n++] = ((int) (row >>> ox) & mask) * cp;
            }
        } else {
            for (int ox = 0; ox < wo; ox++) {
                final int pattern = (int) (row >>> (ox * stride)) & mask;
                if (pattern == 0) continue;
                windowOut[n] = ox * cout;
                windowPattern[n++] = pattern * cp;
            }
        }
        return n;
    }

    /** Each pattern's sum from a pattern with one bit fewer: one vector add per entry. */
    private void build(float[] paddedWeights) {
        final int patterns = 1 << k;
        for (int ky = 0; ky < k; ky++) {
            for (int ci = 0; ci < cin; ci++) {
                final int base = ((ky * cin + ci) << k) * cp;
                Arrays.fill(table, base, base + cp, 0f);
                for (int pattern = 1; pattern < patterns; pattern++) {
                    final int kx = Integer.numberOfTrailingZeros(pattern);
                    final int to = base + pattern * cp;
                    System.arraycopy(table, base + (pattern & (pattern - 1)) * cp, table, to, cp);
                    Kernels.get().add(table, to, paddedWeights, ((ky * k + kx) * cin + ci) * cp, cp);
                }
            }
        }
        tableFresh = true;
    }

    private void readBits(SampleSpikes spikes) {
        Arrays.fill(bits, 0L);
        final int[] listed = spikes.indices;
        for (int e = spikes.from; e < spikes.to; e++) {
            final int i = listed[e];
            bits[markWord[i]] |= mark[i];
        }
    }
}
