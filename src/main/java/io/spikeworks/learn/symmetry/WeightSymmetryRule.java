package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.LearningRule;

import java.util.Optional;

/** A learning rule with a separate feedback network: what a dashboard can read while it trains. */
public interface WeightSymmetryRule extends LearningRule {
    TransportMeter transportMeter();

    /** B per feedback layer in W's layout; empty when B does not have W's shape (direct feedback alignment). */
    Optional<FeedbackWeights> feedbackWeights();

    GradientAlignmentMeter gradientAlignment();
}
