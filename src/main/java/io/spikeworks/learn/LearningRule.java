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

    /** Called after every optimiser step (iteration counts from 1). */
    default void afterUpdate(Network network, long iteration) {
    }

    /** Algorithm-specific figures for metrics.csv and summary.json (e.g. transport counts). */
    default Map<String, Double> metrics() {
        return Map.of();
    }
}
