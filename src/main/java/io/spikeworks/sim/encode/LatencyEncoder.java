package io.spikeworks.sim.encode;

/**
 * Time-to-first-spike coding: each input spikes once, at step round((1 − x)·(T − 1)), so the brightest
 * pixels spike first; inputs at or below minIntensity never spike.
 */
public final class LatencyEncoder implements SpikeEncoder {
    private final float minIntensity;

    public LatencyEncoder(double minIntensity) {
        if (minIntensity < 0 || minIntensity > 1)
            throw new IllegalArgumentException("ttfs minIntensity must be in [0, 1], got " + minIntensity);
        this.minIntensity = (float) minIntensity;
    }

    @Override
    public String id() {
        return "ttfs";
    }

    @Override
    public boolean binary() {
        return true;
    }

    /** The step at which intensity x spikes, or −1 if it never does. */
    public int spikeStep(float x, int steps) {
        if (x <= minIntensity || x <= 0f) return -1;
        return Math.round((1f - Math.min(1f, x)) * (steps - 1));
    }

    @Override
    public void encode(float[] x, int xOff, int batch, int features, int steps, long seed, int firstSample, float[] out) {
        int n = batch * features;
        java.util.Arrays.fill(out, 0, steps * n, 0f);
        for (int i = 0; i < n; i++) {
            int t = spikeStep(x[xOff + i], steps);
            if (t >= 0) out[t * n + i] = 1f;
        }
    }
}
