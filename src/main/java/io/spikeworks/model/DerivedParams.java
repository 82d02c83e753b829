package io.spikeworks.model;

/**
 * Parameter values that follow from other parameters. The one place both the engine and the UI compute
 * them, so a tooltip can never disagree with what training does.
 */
public final class DerivedParams {
    private DerivedParams() {}

    /**
     * The per-step membrane decay of a neuron: for "lif" with {@code tau} set, {@code exp(-dt/tau)};
     * otherwise its {@code beta} ("if" has no leak: 1).
     */
    public static double membraneDecay(Component neuron) {
        if (neuron.family() != ComponentFamily.NEURON) {
            throw new IllegalArgumentException("not a neuron: " + neuron.type());
        }
        if (neuron.spec().findParam("tau").isPresent() && neuron.isSet("tau")) {
            return Math.exp(-neuron.getDouble("dt") / neuron.getDouble("tau"));
        }
        return neuron.spec().findParam("beta").isPresent() ? neuron.getDouble("beta") : 1.0;
    }

    /** A pooling layer's stride: the {@code stride} parameter, or the kernel when unset. */
    public static int poolStride(Component pool) {
        return pool.findInt("stride").orElseGet(() -> pool.getInt("kernel"));
    }
}
