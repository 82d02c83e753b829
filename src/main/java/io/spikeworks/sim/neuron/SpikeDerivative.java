package io.spikeworks.sim.neuron;

/**
 * What a tangent (forward-mode) pass uses as dS/dU of the spike S = H(U − θ), whose true derivative is zero almost
 * everywhere. An instance belongs to one pass on one thread (a noisy one draws from its own random stream).
 */
@FunctionalInterface
public interface SpikeDerivative {
    /** dS/dU at membrane-minus-threshold x. */
    float at(float x);

    /** The surrogate derivative BPTT uses, so that a tangent pass computes exactly BPTT's linearisation. */
    static SpikeDerivative surrogate(SpikeFunction f) {
        return f::derivative;
    }
}
