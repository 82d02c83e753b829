package io.spikeworks.sim;

/**
 * Bernoulli rate coding: at every step each input spikes with probability gain × intensity
 * (the discrete-time Poisson process snnTorch calls rate coding).
 */
public final class PoissonEncoder implements SpikeEncoder {
    private final float gain;

    public PoissonEncoder(double gain) {
        if (gain < 0 || gain > 1) throw new IllegalArgumentException("poisson gain must be in [0, 1], got " + gain);
        this.gain = (float) gain;
    }

    @Override
    public String id() {
        return "poisson";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void encode(float[] x, int batch, int features, int steps, long seed, float[] out) {
        int n = batch * features;
        FastRandom rng = new FastRandom(seed);
        for (int t = 0; t < steps; t++) {
            int base = t * n;
            for (int i = 0; i < n; i++) {
                float p = gain * x[i];
                out[base + i] = p > 0f && rng.nextFloat() < p ? 1f : 0f;
            }
        }
    }
}
