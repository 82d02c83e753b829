package io.spikeworks.chip;

import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What training and inference would cost on a chip: energy per sample split into synaptic ops, neuron
 * updates, weight updates and transport, and latency per sample = steps × the chip's time per step.
 * Fed with deltas of the engine's own counters (work done, not estimated), so it is live during a run:
 * <pre>
 *   EngineCounters before = counters.copy();
 *   ... train one batch ...
 *   meter.recordTraining(EnergyMeter.delta(counters, before), ste.changedWeights());   // or the weight count
 *   meter.addTransport(weightsCopied, profile.feedbackWeights().bitCount());            // fBP transport
 *   ... evaluate ...
 *   meter.recordInference(EnergyMeter.delta(counters, beforeEval));
 *   summary.put("chip", meter.summary(mapping));
 * </pre>
 * Not thread-safe: one meter per run, read by the UI through a snapshot of {@link #summary()}.
 */
public final class EnergyMeter {
    private final ChipProfile profile;
    private final int inferenceSteps;
    private final int trainingSteps;
    private final WorkTally training = new WorkTally();
    private final WorkTally inference = new WorkTally();

    /** Latency counts the same steps per sample for training and inference. */
    public EnergyMeter(ChipProfile profile, int stepsPerSample) {
        this(profile, stepsPerSample, stepsPerSample);
    }

    /**
     * @param trainingStepsPerSample chip steps one training sample takes (T for a forward pass; more when the
     *                               learning rule needs phases of its own, e.g. 12 for nBP against 4 for its inference)
     */
    public EnergyMeter(ChipProfile profile, int inferenceStepsPerSample, int trainingStepsPerSample) {
        if (inferenceStepsPerSample < 1 || trainingStepsPerSample < 1)
            throw new IllegalArgumentException("steps per sample must be ≥ 1");
        this.profile = profile;
        this.inferenceSteps = inferenceStepsPerSample;
        this.trainingSteps = trainingStepsPerSample;
    }

    /** now − before, field by field (the peak is taken from now). */
    public static EngineCounters delta(EngineCounters now, EngineCounters before) {
        return now.since(before);
    }

    /** Synaptic weights of the network: the weight writes of one optimiser step when every weight is updated. */
    public static long weightCount(Network net) {
        long n = 0;
        for (SpikingLayer l : net.spikingLayers()) n += l.weights().size();
        return n;
    }

    /**
     * Training work of one or more batches (forward and backward counters together).
     *
     * @param weightUpdates weights written by the optimiser steps in this delta
     */
    public void recordTraining(EngineCounters delta, long weightUpdates) {
        if (weightUpdates < 0) throw new IllegalArgumentException("weightUpdates must be ≥ 0");
        training.add(delta);
        training.weightUpdates += weightUpdates;
    }

    public void recordInference(EngineCounters delta) {
        inference.add(delta);
    }

    /** Copying weights into a separate feedback network (weight transport); counted as training work. */
    public void addTransport(long weights, int bits) {
        if (weights < 0 || bits < 1) throw new IllegalArgumentException("need weights ≥ 0 and bits ≥ 1");
        training.transportedBits += Math.multiplyExact(weights, bits);
    }

    public WorkTally trainingWork() {
        return training;
    }

    public WorkTally inferenceWork() {
        return inference;
    }

    public EnergyBreakdown trainingEnergy() {
        return training.energy(profile.energy());
    }

    public EnergyBreakdown inferenceEnergy() {
        return inference.energy(profile.energy());
    }

    public EnergyBreakdown trainingEnergyPerSample() {
        return trainingEnergy().per(training.samples);
    }

    public EnergyBreakdown inferenceEnergyPerSample() {
        return inferenceEnergy().per(inference.samples);
    }

    public double trainingLatencyPerSample() {
        return trainingSteps * profile.stepTime().si();
    }

    public double inferenceLatencyPerSample() {
        return inferenceSteps * profile.stepTime().si();
    }

    /** For summary.json and the dashboard: per-sample energy and latency, the counts behind them, the profile. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", profile.name());
        m.put("training", phase(training, trainingEnergyPerSample(), trainingSteps, trainingLatencyPerSample()));
        m.put("inference", phase(inference, inferenceEnergyPerSample(), inferenceSteps, inferenceLatencyPerSample()));
        m.put("estimatedCosts", estimatedCosts());
        return m;
    }

    /** {@link #summary()} plus the mapping's cores and memory per core. */
    public Map<String, Object> summary(Mapping mapping) {
        Map<String, Object> m = summary();
        m.put("mapping", mapping.summary());
        return m;
    }

    private static Map<String, Object> phase(WorkTally work, EnergyBreakdown perSample, int steps, double latency) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("energyPerSample", perSample.toMap());
        m.put("stepsPerSample", steps);
        m.put("latencyPerSampleS", latency);
        m.put("work", work.toMap());
        return m;
    }

    /** Which of the four costs are estimates rather than published figures, so readers weigh the totals. */
    private java.util.List<String> estimatedCosts() {
        java.util.List<String> out = new java.util.ArrayList<>();
        EnergyCosts e = profile.energy();
        if (e.perSynapticOp().isEstimate()) out.add("perSynapticOp");
        if (e.perNeuronUpdate().isEstimate()) out.add("perNeuronUpdate");
        if (e.perWeightUpdate().isEstimate()) out.add("perWeightUpdate");
        if (e.perTransportedBit().isEstimate()) out.add("perTransportedBit");
        if (profile.stepTime().isEstimate()) out.add("stepTime");
        return out;
    }
}
