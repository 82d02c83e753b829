package io.spikeworks.learn;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.EnergyMeter;
import io.spikeworks.chip.QuantizedFeedback;
import io.spikeworks.chip.StraightThroughWeights;
import io.spikeworks.chip.WeightQuantizer;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;

import java.util.Map;

/**
 * Makes training respect a chip profile: forward weights quantised to the profile's bits with a
 * straight-through estimator (the optimiser updates float shadows), feedback weights quantised to theirs,
 * and an energy meter fed with the work of every batch.
 */
public final class ChipBinding implements BatchHooks {
    private final ChipProfile profile;
    private final StraightThroughWeights weights;
    private final EnergyMeter meter;
    private final long weightCount;
    private io.spikeworks.chip.Mapping mapping;

    /** Rounds as the profile's weight formats say (nearest unless a profile asks for stochastic rounding). */
    public ChipBinding(ChipProfile profile, Network network, int steps, long seed) {
        this(profile, network, steps, steps, seed);
    }

    /** As above, for a model whose training sample takes other chip steps than its inference (nBP: 12 and 4). */
    public ChipBinding(ChipProfile profile, Network network, int inferenceSteps, int trainingSteps, long seed) {
        this.profile = profile;
        this.weights = StraightThroughWeights.forNetwork(network,
                WeightQuantizer.of(profile.forwardWeights(), profile.forwardWeights().rounding(), seed));
        this.meter = new EnergyMeter(profile, inferenceSteps, trainingSteps);
        this.weightCount = EnergyMeter.weightCount(network);
    }

    /** Wraps the feedback sources the learning rule installed; call after the rule attached. */
    public void quantizeFeedback(Network network, long seed) {
        WeightQuantizer q = WeightQuantizer.of(profile.feedbackWeights(), profile.feedbackWeights().rounding(), seed ^ 0xFEEDL);
        if (q.isIdentity()) return;
        for (SpikingLayer l : network.spikingLayers()) l.setFeedback(new QuantizedFeedback(l.feedback(), q));
    }

    @Override
    public void beforeForward() {
        weights.quantizeForForward();
    }

    @Override
    public void afterPasses() {
        weights.restoreForUpdate();
    }

    @Override
    public void afterTraining(EngineCounters work, boolean optimizerStepped) {
        // weights written: the optimiser's step, if it ran, plus a rule's own on-chip updates (nBP's ±2 steps)
        long optimizerWrites = !optimizerStepped ? 0
                : weights.quantizer().isIdentity() ? weightCount : weights.takeWeightWrites();
        long writes = optimizerWrites + work.plasticUpdates;
        meter.recordTraining(work, writes);
    }

    @Override
    public void afterInference(EngineCounters work) {
        meter.recordInference(work);
    }

    public ChipProfile profile() {
        return profile;
    }

    public EnergyMeter meter() {
        return meter;
    }

    /** The meter's figures, plus the cores and memory per core the network maps to when that is known. */
    public Map<String, Object> summary() {
        return mapping == null ? meter.summary() : meter.summary(mapping);
    }

    /** The network's placement on the chip's cores, for summary.json (set by whoever ran the design-rule check). */
    public void setMapping(io.spikeworks.chip.Mapping mapping) {
        this.mapping = mapping;
    }
}
