package io.spikeworks.session;

/**
 * How fast a session may train: as fast as it can, or at most N batches per second (for teaching, so that a class
 * can follow the rasters change).
 *
 * @param batchesPerSecond the ceiling, or +∞ for full speed
 */
public record Speed(double batchesPerSecond) {
    public static final Speed FULL = new Speed(Double.POSITIVE_INFINITY);

    public Speed {
        if (!(batchesPerSecond > 0)) throw new IllegalArgumentException("batches per second must be > 0, got " + batchesPerSecond);
    }

    public static Speed batchesPerSecond(double n) {
        return new Speed(n);
    }

    public boolean unlimited() {
        return Double.isInfinite(batchesPerSecond);
    }

    /** Least time between the starts of two batches. */
    long periodNanos() {
        return unlimited() ? 0 : (long) Math.ceil(1e9 / batchesPerSecond);
    }

    @Override
    public String toString() {
        return unlimited() ? "full speed" : batchesPerSecond + " batches/s";
    }
}
