package io.spikeworks.learn.optim;

import io.spikeworks.sim.Param;

import java.util.List;

/** Applies accumulated gradients to parameters. */
public interface Optimizer {
    void step(List<Param> params, double learningRate);

    /** Copies of the optimiser state, keyed by parameter name, for checkpoints. */
    java.util.Map<String, float[][]> state();

    void restore(java.util.Map<String, float[][]> state);
}
