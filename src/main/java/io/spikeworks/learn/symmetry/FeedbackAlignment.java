package io.spikeworks.learn.symmetry;

import io.spikeworks.model.Component;
import io.spikeworks.sim.Network;

/**
 * Feedback alignment (Lillicrap et al., 2016): errors travel back through fixed random B that never changes, so
 * nothing is ever transported; W learns to align with B instead.
 */
public final class FeedbackAlignment extends FeedbackWeightsRule {
    public static final String ID = "fa";

    public FeedbackAlignment(FeedbackSettings settings) {
        super(settings);
    }

    public static FeedbackAlignment from(Component c) {
        return new FeedbackAlignment(FeedbackSettings.from(c));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected FeedbackWeights initialFeedback(Network network) {
        return FeedbackWeights.random(network, settings.seedFor(network), settings.bitsPerWeight(),
                settings.energyPerBitPj());
    }

    @Override
    protected void updateFeedback(Network network, long iteration) {
    }
}
