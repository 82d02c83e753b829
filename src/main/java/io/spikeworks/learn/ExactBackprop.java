package io.spikeworks.learn;

import io.spikeworks.sim.FeedbackSource;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;

/** Surrogate-gradient BPTT with exact weight symmetry: errors travel back through Wᵀ itself. */
public final class ExactBackprop implements LearningRule {
    @Override
    public String id() {
        return "bptt";
    }

    @Override
    public String feedbackNote() {
        return "sends errors back through Wᵀ itself: B = Wᵀ always, so there is no asymmetry";
    }

    @Override
    public void attach(Network network) {
        for (SpikingLayer l : network.spikingLayers()) l.setFeedback(FeedbackSource.TRANSPOSE);
    }
}
