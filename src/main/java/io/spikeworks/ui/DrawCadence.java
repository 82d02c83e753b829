package io.spikeworks.ui;

/**
 * The least time between two drawings of each live view. A view of the current sample follows every frame; a
 * series over a whole run moves by a fraction of a pixel per batch, so it is drawn a few times a second: the same
 * picture for a fraction of the frames' cost (each drawing is stroked and composited again by the renderer).
 */
final class DrawCadence {
    /** For a view with no interval of its own: every frame. */
    static final long EVERY_FRAME = 0;
    /** For series over a run (curves, cost meters): four times a second, like the status line. */
    static final long SERIES_NANOS = 250_000_000L;
    /** For weights and W − Bᵀ, twice a second: each drawing first copies every weight out of the engine. */
    static final long WEIGHTS_NANOS = 500_000_000L;

    private final long[] intervals;
    private final long[] drawnAt;

    DrawCadence(long... intervalNanos) {
        intervals = intervalNanos.clone();
        drawnAt = new long[intervals.length];
        reset();
    }

    /** True when view i may draw at frame time nowNanos. */
    boolean due(int i, long nowNanos) {
        return intervals[i] == EVERY_FRAME || drawnAt[i] == Long.MIN_VALUE || nowNanos - drawnAt[i] >= intervals[i];
    }

    void drawn(int i, long nowNanos) {
        drawnAt[i] = nowNanos;
    }

    /** Every view is due at once (a new source). */
    void reset() {
        java.util.Arrays.fill(drawnAt, Long.MIN_VALUE);
    }
}
