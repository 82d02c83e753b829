package io.spikeworks.sim;

import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.SpikeFunction;
import java.util.Arrays;
import java.util.List;

/**
 * The output neuron of a spiking DeepONet: one non-spiking unit with no leak (β = 0), so its membrane at every
 * step is its input current, G = drive + b0. The drive (Σₖ bₖ·Πₐ tᵃₖ, one value per sample) is set by the composite
 * that owns it before the forward pass; the backward pass sums dL/dG over the steps for the composite to take.
 * It has no synaptic weights: the product of branch and trunk is the whole connection (a zero-length weight tensor
 * keeps the spiking-layer contract).
 */
final class ProductUnit extends SpikingLayer {
    private final int latent;
    private float[] drive;
    private float[] driveGrad;

    ProductUnit(String name, int[] inShape, int latent, boolean bias, SpikeFunction f) {
        super(name, inShape, new int[]{1}, new Param(name + ".weight", 0), bias, NeuronModel.leakyIntegrator(0), f);
        this.latent = latent;
    }

    private ProductUnit(ProductUnit primary) {
        super(primary);
        this.latent = primary.latent;
    }

    /** The drive of each sample of the coming forward pass (b values); kept, not copied. */
    void setDrive(float[] drive) {
        this.drive = drive;
    }

    /** dL/d(drive) per sample, summed over the steps of the last backward pass; cleared by {@link #clearDriveGrad}. */
    float[] driveGrad() {
        return driveGrad;
    }

    void clearDriveGrad() {
        if (driveGrad != null) Arrays.fill(driveGrad, 0f);
    }

    @Override
    protected void onBatchStart() {
        if (driveGrad == null || driveGrad.length < batch) driveGrad = new float[batch];
        clearDriveGrad();
    }

    @Override
    protected void integrate(int t, float[] in, int inOff, boolean binaryInput, SpikeEvents events, float[] current,
                             EngineCounters c) {
        for (int b = 0; b < batch; b++) current[b] += drive[b];
    }

    @Override
    protected void accumulateWeightGrad(int t, float[] in, int inOff, boolean binaryInput, SpikeEvents events,
                                        float[] gradCurrent, EngineCounters c) {
        for (int b = 0; b < batch; b++) driveGrad[b] += gradCurrent[b];
    }

    @Override
    protected void propagate(float[] gradCurrent, float[] feedbackWeights, float[] gradIn, EngineCounters c) {
        throw new IllegalStateException(name() + ": the product unit sends its error to the branch and trunks, "
                + "not to an input");
    }

    @Override
    public int fanIn() {
        return latent;
    }

    @Override
    public int fanOut() {
        return 1;
    }

    /** Only the bias b0: the zero-length weight tensor is not a parameter to step or save. */
    @Override
    public List<Param> params() {
        return bias() == null ? List.of() : List.of(bias());
    }

    @Override
    public Layer replicate() {
        return new ProductUnit((ProductUnit) primary());
    }
}
