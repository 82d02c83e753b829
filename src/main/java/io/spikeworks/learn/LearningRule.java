package io.spikeworks.learn;

import io.spikeworks.learn.state.StateFloats;
import io.spikeworks.learn.optim.Optimizer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;

import java.util.List;

import java.util.Map;

/**
 * A training algorithm: how it obtains each batch's gradient ({@link #gradientMethod()}: BPTT through the feedback
 * weights it installs, by default), the parameters it owns besides the network's, and what it does around each
 * update. What a rule offers beyond this (feedback weights to show, transport to meter) it says by implementing a
 * capability interface such as {@code WeightSymmetryRule}; views and telemetry look for those, never for ids.
 */
public interface LearningRule {
    String id();

    /**
     * How errors reach the hidden layers, as the asymmetry views say it when they have no W − Bᵀ to show, completing
     * "&lt;rule&gt; …": e.g. "sends errors back through Wᵀ itself: B = Wᵀ always, so there is no asymmetry".
     */
    default String feedbackNote() {
        return "keeps no feedback weights B shaped like W, so there is no W − Bᵀ to show";
    }

    /** Wires feedback sources into the network's layers; called once before training. */
    void attach(Network network);

    /** How a batch's gradient is obtained; BPTT through the layers' feedback sources unless the rule says otherwise. */
    default GradientMethod gradientMethod() {
        return GradientMethod.BPTT;
    }

    /**
     * Parameters the rule owns (e.g. a local loss's readout weights), stepped by the optimiser after the network's
     * and kept in checkpoints by name; their names must not clash with the network's. Valid after {@link #attach}.
     */
    default List<Param> params() {
        return List.of();
    }

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
