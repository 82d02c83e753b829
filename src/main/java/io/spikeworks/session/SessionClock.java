package io.spikeworks.session;

import java.util.concurrent.locks.Condition;

/**
 * The time source of the speed governor and of telemetry timestamps, and the one place the worker waits for time
 * to pass. Injectable so that pacing can be tested without real waiting.
 */
public interface SessionClock {
    SessionClock SYSTEM = new SessionClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void awaitNanos(Condition condition, long nanos) throws InterruptedException {
            condition.awaitNanos(nanos);
        }
    };

    long nanoTime();

    /**
     * Waits up to {@code nanos} on {@code condition}, whose lock the caller holds; commands signal it, so a pause or
     * stop cuts the wait short. May return early.
     */
    void awaitNanos(Condition condition, long nanos) throws InterruptedException;
}
