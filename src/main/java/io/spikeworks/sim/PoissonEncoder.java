package io.spikeworks.sim;

import java.util.Arrays;

/**
 * Bernoulli rate coding: at every step each input spikes with probability gain × intensity
 * (the discrete-time Poisson process snnTorch calls rate coding). Probabilities are resolved to 1/65536,
 * finer than 8-bit pixels, so one 64-bit draw serves four spike decisions; dark inputs cost nothing.
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
    public void encode(float[] x, int xOff, int batch, int features, int steps, long seed, int firstSample, float[] out) {
        int n = batch * features;
        Arrays.fill(out, 0, steps * n, 0f);
        FastRandom rng = new FastRandom(0);
        for (int b = 0; b < batch; b++) {
            rng.reseed(SpikeEncoder.sampleSeed(seed, firstSample + b));
            int row = b * features;
            for (int i = 0; i < features; i++) {
                float p = gain * x[xOff + row + i];
                if (p <= 0f) continue;
                int threshold = (int) Math.min(65536f, p * 65536f + 0.5f);
                long bits = 0;
                for (int t = 0; t < steps; t++) {
                    if ((t & 3) == 0) bits = rng.nextLong();
                    if ((int) (bits & 0xFFFF) < threshold) out[t * n + row + i] = 1f;
                    bits >>>= 16;
                }
            }
        }
    }
}
