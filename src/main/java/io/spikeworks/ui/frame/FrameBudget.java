package io.spikeworks.ui.frame;

/**
 * Keeps the live views' drawing under a share of the machine's CPU, so a big window or many views on a slow renderer
 * cost training a bounded part of its speed instead of whatever the frames happen to cost. A token bucket: time
 * earns the UI threads {@code share × cores} CPU-seconds per second, up to one second's worth; the CPU they used is
 * spent from it; a frame is drawn only while the bucket is not in debt. The debt is capped at one second's worth too,
 * and a gap of over {@link #RESTART_NANOS} between questions (the budget did not apply) starts afresh: a dialog that
 * kept the FX thread busy for seconds, or work done while paused, must not hold frames back for long after. Cheap frames (a small window, a paused run,
 * a GPU pipeline) never reach the limit and keep the chosen rate; dear ones come less often, and the views still show
 * the newest sample each time. Whatever the debt, a frame is let through once {@link #MAX_WAIT_NANOS} has passed
 * since the last one: the UI threads' CPU also counts work that is not drawing (an animated progress bar, the X
 * server's event loop on a loaded machine), and when that alone uses more than the share the views would otherwise
 * never be drawn again while training runs. Not thread-safe: the frame clock's thread asks it. No JavaFX here.
 */
final class FrameBudget {
    /** The share the View menu turns on: on 2 cores, 80 ms of UI-thread CPU a second. */
    static final double STANDARD_SHARE = 0.04;
    /** The share at start-up: {@link #STANDARD_SHARE} unless {@code -Dspikeworks.ui.cpuBudget=SHARE} (0: no limit). */
    static final double DEFAULT_SHARE =
            Double.parseDouble(System.getProperty("spikeworks.ui.cpuBudget", Double.toString(STANDARD_SHARE)));

    static final long RESTART_NANOS = 2_000_000_000L;
    /** The longest the budget holds frames back: at least one frame a second is drawn, however far in debt. */
    static final long MAX_WAIT_NANOS = 1_000_000_000L;

    private final double share;
    private final int cores;
    private long lastNanos = Long.MIN_VALUE;
    private long lastDrawnNanos = Long.MIN_VALUE;
    private long lastCpuNanos;
    /** CPU-nanoseconds the UI threads may still use; negative while in debt. */
    private double tokens;

    /** @param share of all cores, 0–1; 0 allows every frame */
    FrameBudget(double share, int cores) {
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("CPU share must be 0–1, got " + share);
        if (cores < 1) throw new IllegalArgumentException("cores must be ≥ 1, got " + cores);
        this.share = share;
        this.cores = cores;
    }

    /**
     * Whether a frame may be drawn now, given the UI threads' total CPU time so far (a clock that only grows; a
     * negative value means it cannot be read, and then every frame is allowed).
     */
    boolean mayDraw(long nowNanos, long uiCpuNanos) {
        if (share == 0 || uiCpuNanos < 0) return true;
        double cap = share * cores * 1e9;
        if (lastNanos == Long.MIN_VALUE || nowNanos - lastNanos > RESTART_NANOS) {
            tokens = cap;
        } else {
            tokens += (nowNanos - lastNanos) * share * cores - (uiCpuNanos - lastCpuNanos);
            tokens = Math.max(-cap, Math.min(tokens, cap));
        }
        lastNanos = nowNanos;
        lastCpuNanos = uiCpuNanos;
        boolean draw = tokens >= 0 || lastDrawnNanos == Long.MIN_VALUE || nowNanos - lastDrawnNanos >= MAX_WAIT_NANOS;
        if (draw) lastDrawnNanos = nowNanos;
        return draw;
    }

    double share() {
        return share;
    }
}
