package io.spikeworks.learn;

import io.spikeworks.sim.EngineCounters;

/**
 * A capability of rules that run a model of their own instead of the network's forward pass (nBP's integer gated
 * circuit): evaluation then asks the rule, so the test figures are those of the model that was trained.
 */
public interface OwnInference {
    /**
     * Scores a batch of inputs (batch × features, channels-last) against labels or targets and writes the readout
     * (batch × outputs) the confusion matrix and views read; the model's work goes into {@code work}.
     */
    BatchResult evaluate(float[] inputs, int[] labels, float[] targets, int batch, float[] readout, EngineCounters work);

    /** Chip time steps one training sample takes in this model (its phases), for the chip's latency. */
    int chipStepsPerTrainingSample();

    /** Chip time steps one inference sample takes in this model. */
    int chipStepsPerInferenceSample();
}
