package io.spikeworks.learn;

import io.spikeworks.sim.EngineCounters;

/** What a trainer does around each batch for things other than the algorithm, such as a chip's limits. */
public interface BatchHooks {
    /** Before the forward pass (training and evaluation). */
    default void beforeForward() {
    }

    /** After the backward pass (or after an evaluation's forward), before weights are updated. */
    default void afterPasses() {
    }

    /**
     * After a training batch, with the engine work it took (a rule's own plastic updates included) and whether the
     * optimiser stepped the weights (false for a rule that changes them itself).
     */
    default void afterTraining(EngineCounters work, boolean optimizerStepped) {
    }

    /** After an evaluation batch, with the engine work it took. */
    default void afterInference(EngineCounters work) {
    }

    BatchHooks NONE = new BatchHooks() {};
}
