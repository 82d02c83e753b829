package io.spikeworks.session;

/**
 * Where a training session is. Commands take effect between batches, so a state reports what the worker is doing,
 * not what was last asked for.
 */
public enum SessionState {
    /** Built, not started; restore and inspection are possible. */
    IDLE,
    /** Training batch after batch, at the governor's pace. */
    RUNNING,
    /** Between batches, waiting; weights, telemetry and inspection are consistent. Also where a diverged run waits. */
    PAUSED,
    /** Training exactly one batch, then back to PAUSED. */
    STEPPING,
    /** Stopped on request after a whole batch; the worker has ended. */
    STOPPED,
    /** All epochs done; the worker has ended. */
    FINISHED,
    /** An unexpected error ended the worker; see the problem. */
    FAILED;

    /** Whether training is over for good: the worker has ended and no command changes that. */
    public boolean terminal() {
        return this == STOPPED || this == FINISHED || this == FAILED;
    }

    /** Whether the worker is inside or about to start a batch. */
    public boolean training() {
        return this == RUNNING || this == STEPPING;
    }
}
