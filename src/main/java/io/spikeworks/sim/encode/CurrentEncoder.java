package io.spikeworks.sim.encode;

/** Direct coding: the intensity itself, times gain, is injected as input current at every step. */
public final class CurrentEncoder implements SpikeEncoder {
    private final float gain;

    public CurrentEncoder(double gain) {
        if (!(gain > 0)) throw new IllegalArgumentException("direct gain must be > 0, got " + gain);
        this.gain = (float) gain;
    }

    @Override
    public String id() {
        return "direct";
    }

    @Override
    public boolean binary() {
        return false;
    }

    @Override
    public void encode(float[] x, int xOff, int batch, int features, int steps, long seed, int firstSample, float[] out) {
        int n = batch * features;
        for (int i = 0; i < n; i++) out[i] = gain * x[xOff + i];
        for (int t = 1; t < steps; t++) System.arraycopy(out, 0, out, t * n, n);
    }
}
