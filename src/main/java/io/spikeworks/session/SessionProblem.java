package io.spikeworks.session;

import io.spikeworks.learn.memory.RunMemoryEstimate;

/**
 * Why a session paused itself or failed.
 *
 * @param layer     where NaN/Inf first appeared: the layer whose membranes went bad at the earliest time step of the
 *                  batch (the earlier layer on a tie), else the first layer whose parameters hold NaN/Inf; null
 *                  when no layer is to blame (e.g. a write error)
 * @param timeStep  the first simulation step (0-based) at which that layer's membranes were not finite in the batch
 *                  that diverged, or -1 when they stayed finite (the weights went bad in the update)
 * @param epoch     1-based epoch of the batch, 0 when not tied to one
 * @param batch     1-based batch within that epoch, 0 when not tied to one
 * @param iteration optimiser steps taken when the problem was found
 */
public record SessionProblem(Kind kind, String message, String layer, int timeStep, int epoch, int batch,
                             long iteration) {
    public enum Kind {
        /** NaN or infinity in the loss, weights or membranes; the session is paused and inspectable. */
        DIVERGED,
        /** An unexpected exception; the session has FAILED. */
        ERROR,
        /** metrics.csv / summary.json could not be written; training goes on. */
        OUTPUT
    }

    public boolean diverged() {
        return kind == Kind.DIVERGED;
    }

    static SessionProblem error(Throwable t, long iteration) {
        String m;
        if (t instanceof OutOfMemoryError) {
            m = "out of memory: the run needed more than the " + RunMemoryEstimate.size(Runtime.getRuntime().maxMemory())
                    + " heap Java was given; reduce time steps, batch size or layer sizes, or start Spikeworks with more "
                    + "heap (java -Xmx…)";
        } else {
            // a message the user can act on when there is one; never a bare exception class name
            m = t.getMessage() == null || t.getMessage().isBlank() ? "an internal error without a message" : t.getMessage();
        }
        return new SessionProblem(Kind.ERROR, "training failed: " + m, null, -1, 0, 0, iteration);
    }

    static SessionProblem output(String message, long iteration) {
        return new SessionProblem(Kind.OUTPUT, message, null, -1, 0, 0, iteration);
    }
}
