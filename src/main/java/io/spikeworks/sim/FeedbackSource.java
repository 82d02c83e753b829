package io.spikeworks.sim;

/**
 * Where the backward pass gets the weights it sends errors through. Exact backprop uses the forward
 * weights themselves (errors travel through Wᵀ); frozen, partial, random or mirrored feedback weights
 * are supplied by learning rules. The returned array has the forward weights' layout.
 */
@FunctionalInterface
public interface FeedbackSource {
    float[] feedbackWeights(SpikingLayer layer);

    FeedbackSource TRANSPOSE = SpikingLayer::weightValues;
}
