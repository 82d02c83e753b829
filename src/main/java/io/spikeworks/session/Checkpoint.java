package io.spikeworks.session;

import io.spikeworks.learn.RunPosition;
import io.spikeworks.sim.EngineCounters;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to continue a run exactly where it was: every parameter's values, the optimiser state, the
 * position in the run (epoch, batch, iteration, evaluation rows so far), the engine counters and the project it
 * belongs to. Training on from a restored checkpoint gives bit for bit the weights the original run would have.
 * Arrays are shared, not copied: treat them as read-only. Save and load with {@link CheckpointFiles}.
 *
 * @param projectJson    the project, as its JSON file would hold it
 * @param params         parameter values by name, in network order
 * @param optimizerState as {@code Optimizer.state()} gives it
 */
public record Checkpoint(String projectJson, RunPosition position, Map<String, float[]> params,
                         Map<String, float[][]> optimizerState, EngineCounters counters) {
    public Checkpoint {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        optimizerState = Collections.unmodifiableMap(new LinkedHashMap<>(optimizerState));
        counters = counters.copy();
    }

    @Override
    public EngineCounters counters() {
        return counters.copy();
    }

    /** Optimiser steps taken when the checkpoint was made. */
    public long iteration() {
        return position.iteration();
    }
}
