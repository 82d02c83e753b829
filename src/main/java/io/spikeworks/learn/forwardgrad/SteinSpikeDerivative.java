package io.spikeworks.learn.forwardgrad;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.SpikeDerivative;

/**
 * The spike's derivative by Stein's lemma, from Gaussian noise instead of an analytic surrogate. For ξ ~ N(0, 1),
 * d/dx E[H(x + σξ)] = E[H(x + σξ)·ξ]/σ = φ(x/σ)/σ, the Gaussian density of width σ at x. Each call draws M fresh
 * antithetic pairs and returns
 * <pre>
 *   ĥ(x) = (1/M) Σ_m [H(x + σξ_m) − H(x − σξ_m)]·ξ_m / (2σ)
 * </pre>
 * whose mean is that density (the pair's difference halves the spread of the one-sided form at the same draws).
 * Where |x| &gt; 10σ every H term cancels except with odds below 1e-23, so no noise is drawn and 0 is returned.
 * One instance per pass and thread.
 */
public final class SteinSpikeDerivative implements SpikeDerivative {
    /** Beyond this many σ the estimate is 0 but for odds below 1e-23. */
    static final float CUTOFF_SIGMAS = 10f;

    private final float sigma;
    private final int samples;
    private final FastRandom rng;

    public SteinSpikeDerivative(double sigma, int samples, long seed) {
        if (!(sigma > 0) || !Double.isFinite(sigma))
            throw new IllegalArgumentException("Stein noise σ must be a positive number, got " + sigma);
        if (samples < 1) throw new IllegalArgumentException("Stein samples M must be at least 1, got " + samples);
        this.sigma = (float) sigma;
        this.samples = samples;
        this.rng = new FastRandom(seed);
    }

    /** Starts the noise stream again from a seed (one per batch, slice and pass keeps runs reproducible). */
    public void reseed(long seed) {
        rng.reseed(seed);
    }

    @Override
    public float at(float x) {
        if (Math.abs(x) > CUTOFF_SIGMAS * sigma) return 0f;
        double sum = 0;
        for (int m = 0; m < samples; m++) {
            float xi = (float) rng.nextGaussian();
            float up = x + sigma * xi >= 0f ? 1f : 0f;
            float down = x - sigma * xi >= 0f ? 1f : 0f;
            sum += (up - down) * xi;
        }
        return (float) (sum / (2.0 * sigma * samples));
    }

    /** The mean of {@link #at}: the Gaussian density of width σ at x. */
    public static double smoothedDerivative(double x, double sigma) {
        return Math.exp(-0.5 * (x / sigma) * (x / sigma)) / (sigma * Math.sqrt(2 * Math.PI));
    }
}
