package io.spikeworks.session;

import io.spikeworks.learn.RunPosition;
import io.spikeworks.sim.EngineCounters;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to continue a run exactly where it was: every parameter's values, the optimiser state, the
 * learning rule's state (feedback weights, transport cursors and random state), the position in the run (epoch,
 * batch, iteration, evaluation rows so far), the engine counters and the project it belongs to. Training on from a
 * restored checkpoint gives bit for bit the weights (and feedback weights) the original run would have. Arrays are
 * shared, not copied: treat them as read-only. Save and load with {@link CheckpointFiles}.
 *
 * @param projectJson    the project, as its JSON file would hold it
 * @param params         parameter values by name, in network order
 * @param optimizerState as {@code Optimizer.state()} gives it
 * @param ruleState      as {@code LearningRule.state()} gives it; null for a checkpoint file of format 1, which did
 *                       not keep it
 */
public record Checkpoint(String projectJson, RunPosition position, Map<String, float[]> params,
                         Map<String, float[][]> optimizerState, Map<String, float[][]> ruleState,
                         EngineCounters counters) {
    public Checkpoint {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        optimizerState = Collections.unmodifiableMap(new LinkedHashMap<>(optimizerState));
        ruleState = ruleState == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(ruleState));
        counters = counters.copy();
    }

    /** Whether the learning rule's state was kept (every checkpoint but those read from format-1 files). */
    public boolean keepsRuleState() {
        return ruleState != null;
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
