package io.spikeworks.sim.encode;

/**
 * Deterministic rate coding: an input of intensity x spikes round(gain·x·T) times, evenly spaced
 * (an accumulator that fires each time it crosses 1), with no randomness at all.
 */
public final class RateEncoder implements SpikeEncoder {
    private final float gain;

    public RateEncoder(double gain) {
        if (gain < 0 || gain > 1) throw new IllegalArgumentException("rate gain must be in [0, 1], got " + gain);
        this.gain = (float) gain;
    }

    @Override
    public String id() {
        return "rate";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void encode(float[] x, int xOff, int batch, int features, int steps, long seed, int firstSample, float[] out) {
        int n = batch * features;
        for (int i = 0; i < n; i++) {
            float r = gain * x[xOff + i];
            for (int t = 0; t < steps; t++) {
                // spikes at the steps where floor((t+1)·r + ½) increases: evenly spaced, count = round(r·T)
                int before = (int) Math.floor(t * r + 0.5f);
                int after = (int) Math.floor((t + 1) * r + 0.5f);
                out[t * n + i] = after > before ? 1f : 0f;
            }
        }
    }
}
