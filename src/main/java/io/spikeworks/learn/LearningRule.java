package io.spikeworks.learn;

import io.spikeworks.sim.Network;

import java.util.Map;

/**
 * How a training algorithm differs from plain BPTT: which feedback weights carry errors backward and
 * what happens to them after each update. The BPTT machinery itself is shared.
 */
public interface LearningRule {
    String id();

    /** Wires feedback sources into the network's layers; called once before training. */
    void attach(Network network);

    /**
     * Called after the backward pass and before the optimiser step: Param.grad holds the rule's gradient. A rule
     * may snapshot weights before they change, or re-run backward to compare with exact BP.
     */
    default void beforeUpdate(PendingUpdate update) {
    }

    /** Called after every optimiser step (iteration counts from 1). */
    default void afterUpdate(Network network, long iteration) {
    }

    /**
     * Copies of everything the rule carries from one iteration to the next (feedback weights, transport cursors,
     * random state, running figures), keyed by name, for checkpoints; like {@link Optimizer#state()}. Integers and
     * doubles go in exactly through {@link StateFloats}. Empty for a rule that carries nothing.
     */
    default Map<String, float[][]> state() {
        return Map.of();
    }

    /**
     * Puts back what {@link #state()} gave on a rule attached to the same network; independent of the network's
     * current weights. Throws IllegalArgumentException, naming what is missing or of the wrong size, for a state that
     * does not fit.
     */
    default void restore(Map<String, float[][]> state) {
    }

    /** Algorithm-specific figures for metrics.csv and summary.json (e.g. transport counts). */
    default Map<String, Double> metrics() {
        return Map.of();
    }
}
