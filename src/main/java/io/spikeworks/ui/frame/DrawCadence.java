package io.spikeworks.ui.frame;

/**
 * The least time between two drawings of each live view. A view of the current sample follows every frame; a
 * series over a whole run moves by a fraction of a pixel per batch, so it is drawn a few times a second: the same
 * picture for a fraction of the frames' cost (each drawing is stroked and composited again by the renderer).
 * <p>
 * Within a frame, at most one of the views drawn now and then draws ({@link #beginFrame}): the one that waited
 * longest. At a low frame rate (the {@link FrameBudget} in a big window) every one of them was due in every frame,
 * and a frame that redrew the curves, cost meters and weights on top of the sample's views took the renderer so long
 * that the FX thread waited 50–97 ms for it.
 */
public final class DrawCadence {
    /** For a view with no interval of its own: every frame. */
    public static final long EVERY_FRAME = 0;
    /** For series over a run (curves, cost meters): four times a second, like the status line. */
    public static final long SERIES_NANOS = 250_000_000L;
    /** For weights and W − Bᵀ, twice a second: each drawing first copies every weight out of the engine. */
    public static final long WEIGHTS_NANOS = 500_000_000L;

    private final long[] intervals;
    private final long[] drawnAt;
    /** The one view with an interval that may draw this frame; -1 for none. */
    private int turn = -1;

    DrawCadence(long... intervalNanos) {
        intervals = intervalNanos.clone();
        drawnAt = new long[intervals.length];
        reset();
    }

    /**
     * Starts a frame: of the views with an interval that are due and {@code showing}, the one drawn longest ago (never
     * drawn counts as longest) gets this frame's turn; the others wait for a later frame.
     */
    void beginFrame(long nowNanos, java.util.function.IntPredicate showing) {
        turn = -1;
        long oldest = Long.MAX_VALUE;
        for (int i = 0; i < intervals.length; i++) {
            if (intervals[i] == EVERY_FRAME || !intervalPassed(i, nowNanos) || !showing.test(i)) continue;
            if (turn < 0 || drawnAt[i] < oldest) {
                turn = i;
                oldest = drawnAt[i];
            }
        }
    }

    /** True when view i may draw in the frame begun last. */
    boolean due(int i) {
        return intervals[i] == EVERY_FRAME || i == turn;
    }

    private boolean intervalPassed(int i, long nowNanos) {
        return drawnAt[i] == Long.MIN_VALUE || nowNanos - drawnAt[i] >= intervals[i];
    }

    void drawn(int i, long nowNanos) {
        drawnAt[i] = nowNanos;
    }

    /** Every view is due at once (a new source). */
    void reset() {
        java.util.Arrays.fill(drawnAt, Long.MIN_VALUE);
    }
}
