package io.spikeworks.session;

/**
 * Paces batch starts so that at most N begin in any second: each batch may start no sooner than one period after
 * the previous one started. A batch that took longer than a period is followed at once, with no catching up, so
 * the ceiling holds over every window, not just on average. Worker-confined.
 */
final class BatchGovernor {
    private Speed speed = Speed.FULL;
    private long lastStart;
    private boolean started;

    void setSpeed(Speed speed) {
        this.speed = speed;
    }

    Speed speed() {
        return speed;
    }

    /** Nanoseconds to wait before the next batch may start, 0 if it may start now. */
    long waitNanos(long now) {
        if (!started || speed.unlimited()) return 0;
        long due = lastStart + speed.periodNanos();
        return Math.max(0, due - now);
    }

    void batchStarted(long now) {
        lastStart = now;
        started = true;
    }
}
