package io.spikeworks.learn;

import io.spikeworks.sim.Network;

/**
 * A training batch between its backward pass and the optimiser step, as a learning rule sees it: Param.grad of
 * the network's parameters holds the batch gradient the rule's feedback produced.
 */
public interface PendingUpdate {
    Network network();

    /** The iteration the optimiser step is about to complete (from 1). */
    long iteration();

    /**
     * Runs the batch's backward pass again (every slice), with the layers' current feedback sources and error
     * routing, and leaves the new batch gradient in Param.grad. Its work is not added to the engine counters.
     * Used to compare a rule's gradient with exact BP's on the same batch.
     */
    void rerunBackward();
}
