package io.spikeworks.sim.neuron;

/**
 * The spike nonlinearity of every neuron in a network: Heaviside forward, surrogate derivative backward.
 * In smooth mode (tests only) the forward pass uses the surrogate's primitive instead, so BPTT becomes
 * the exact gradient of a smooth function and can be checked by finite differences.
 */
public final class SpikeFunction {
    private final Surrogate surrogate;
    private final float scale;
    private final boolean smooth;

    public SpikeFunction(Surrogate surrogate, double scale, boolean smooth) {
        if (!(scale > 0)) throw new IllegalArgumentException("surrogate scale must be > 0, got " + scale);
        this.surrogate = surrogate;
        this.scale = (float) scale;
        this.smooth = smooth;
    }

    public static SpikeFunction of(Surrogate surrogate, double scale) {
        return new SpikeFunction(surrogate, scale, false);
    }

    /** Spike output for membrane-minus-threshold x. */
    public float fire(float x) {
        if (smooth) return (float) surrogate.primitive(x, scale);
        return x >= 0f ? 1f : 0f;
    }

    public float derivative(float x) {
        return surrogate.derivative(x, scale);
    }

    public boolean smooth() {
        return smooth;
    }

    public Surrogate surrogate() {
        return surrogate;
    }

    public float scale() {
        return scale;
    }
}
