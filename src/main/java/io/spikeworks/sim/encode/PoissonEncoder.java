package io.spikeworks.sim.encode;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.kernel.SpikeEvents;
import java.util.Arrays;

/**
 * Bernoulli rate coding: at every step each input spikes with probability gain × intensity
 * (the discrete-time Poisson process snnTorch calls rate coding). Probabilities are resolved to 1/65536,
 * finer than 8-bit pixels, so one 64-bit draw serves four spike decisions. Dark inputs cost nothing, and
 * the spikes are listed as they are drawn, step by step, so no one scans for them afterwards.
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
        encode(x, xOff, batch, features, steps, seed, firstSample, out, null);
    }

    @Override
    public boolean listsWithoutTensor() {
        return true;
    }

    @Override
    public void encode(float[] x, int xOff, int batch, int features, int steps, long seed, int firstSample, float[] out,
                       SpikeEvents events) {
        if (out == null && events == null) throw new IllegalArgumentException("nothing to encode into");
        int n = batch * features;
        if (out != null) Arrays.fill(out, 0, steps * n, 0f);
        // per sample: the inputs that can spike, their 16-bit thresholds, and its own random stream
        int[][] inputs = new int[batch][];
        int[][] thresholds = new int[batch][];
        long[] state = new long[batch];
        long[] bits = new long[batch];
        int[] left = new int[batch];
        int[] scratchInputs = new int[features];
        int[] scratchThresholds = new int[features];
        for (int b = 0; b < batch; b++) {
            int c = 0;
            int row = xOff + b * features;
            for (int i = 0; i < features; i++) {
                float p = gain * x[row + i];
                if (p <= 0f) continue;
                scratchInputs[c] = i;
                scratchThresholds[c] = (int) Math.min(65536f, p * 65536f + 0.5f);
                c++;
            }
            inputs[b] = Arrays.copyOf(scratchInputs, c);
            thresholds[b] = Arrays.copyOf(scratchThresholds, c);
            state[b] = SpikeEncoder.sampleSeed(seed, firstSample + b);
        }
        if (events != null) {
            // the inputs that can spike are known here, so the silent ones are listed at the same cost
            events.resetWithComplements(steps, batch);
            for (int b = 0; b < batch; b++) events.addUniverse(b, inputs[b], inputs[b].length);
        }
        int[] scratch = new int[features]; // spikes are listed here when nobody asked for the list
        int[] scratchSilent = new int[features];
        for (int t = 0; t < steps; t++) {
            int slab = t * n;
            for (int b = 0; b < batch; b++) {
                int[] in = inputs[b];
                int[] th = thresholds[b];
                int row = slab + b * features;
                int[] listed = scratch;
                int[] silent = scratchSilent;
                int c = 0;
                int q = 0;
                if (events != null) {
                    events.open(t, b);
                    listed = events.reserve(in.length);
                    c = events.cursor();
                    silent = events.reserveSilent(in.length);
                    q = events.silentCursor();
                }
                final int c0 = c;
                long r = bits[b];
                int k = left[b];
                long st = state[b];
                for (int j = 0; j < in.length; j++) {
                    if (k == 0) {
                        st += FastRandom.GOLDEN;
                        r = FastRandom.mix(st);
                        k = 4;
                    }
                    int spike = (int) (r & 0xFFFF) < th[j] ? 1 : 0;
                    listed[c] = in[j];
                    silent[q] = in[j];
                    c += spike;
                    q += 1 - spike;
                    r >>>= 16;
                    k--;
                }
                if (out != null) for (int e = c0; e < c; e++) out[row + listed[e]] = 1f;
                bits[b] = r;
                left[b] = k;
                state[b] = st;
                if (events != null) {
                    events.commit(c);
                    events.commitSilent(q);
                    events.close();
                }
            }
        }
    }
}
