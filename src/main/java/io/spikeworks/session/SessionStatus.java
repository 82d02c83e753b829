package io.spikeworks.session;

/**
 * A consistent picture of a session, replaced as a whole on every change of state, problem or speed. Live
 * progress (loss, batch number) is in {@link Telemetry}; this changes only at transitions.
 *
 * @param problem    why the session paused itself or failed, or null
 * @param iteration  optimiser steps taken at the time of the change
 * @param version    increases with every new status
 */
public record SessionStatus(SessionState state, SessionProblem problem, Speed speed, long iteration,
                            long samplesSeen, long version) {
    /** Whether resume and single steps are possible: paused or idle, and not diverged. */
    public boolean canTrain() {
        return (state == SessionState.PAUSED || state == SessionState.IDLE) && (problem == null || !problem.diverged());
    }
}
