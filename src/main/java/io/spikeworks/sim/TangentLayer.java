package io.spikeworks.sim;

import io.spikeworks.sim.neuron.SpikeDerivative;

/**
 * A layer that can run in tangent (forward-mode, Jacobian-vector product) mode: alongside its ordinary forward step
 * it carries, for D directions at once, the derivative of its output along a direction in parameter space, without
 * keeping any history for a backward pass. A layer without this capability (convolution, pooling) cannot be trained
 * by forward-mode gradients; a composite layer (sub-networks inside one layer) implements it by stepping its parts.
 */
public interface TangentLayer extends Layer {
    /**
     * A stepper for a pass of {@code batch} samples carrying {@code directions} tangents, starting from rest. The
     * stepper reads this layer's current parameter values at every step and never changes them.
     *
     * @param derivative dS/dU of the spike the tangents go through (BPTT's surrogate, or a noisy estimate)
     */
    TangentStepper tangentStepper(int batch, int directions, SpikeDerivative derivative);
}
