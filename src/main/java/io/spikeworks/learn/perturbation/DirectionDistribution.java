package io.spikeworks.learn.perturbation;

import io.spikeworks.sim.kernel.FastRandom;

/**
 * Where the random perturbation directions v come from. Both have E[v vᵀ] = I, which is what makes the averaged
 * estimate (∇L·v)·v unbiased; Rademacher directions have the smaller variance (E[v_i⁴] = 1 against 3).
 */
public enum DirectionDistribution {
    /** v_i ~ N(0, 1), independent. */
    GAUSSIAN("gaussian") {
        @Override
        public void fill(float[] v, FastRandom rng) {
            for (int i = 0; i < v.length; i++) v[i] = (float) rng.nextGaussian();
        }
    },
    /** v_i = ±1 with equal odds, independent. */
    RADEMACHER("rademacher") {
        @Override
        public void fill(float[] v, FastRandom rng) {
            for (int i = 0; i < v.length; i++) v[i] = (rng.nextLong() & 1) == 0 ? -1f : 1f;
        }
    };

    private final String id;

    DirectionDistribution(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Overwrites v with a fresh draw. */
    public abstract void fill(float[] v, FastRandom rng);

    public static DirectionDistribution fromId(String id) {
        for (DirectionDistribution d : values()) if (d.id.equals(id)) return d;
        throw new IllegalArgumentException("unknown direction distribution '" + id + "'; known: gaussian, rademacher");
    }
}
