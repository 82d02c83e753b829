package io.spikeworks.sim.encode;

import io.spikeworks.sim.kernel.SpikeEvents;

/**
 * Turns a batch of intensities in [0, 1] (b×features) into T steps of network input ([t][b][features]).
 * Randomness is drawn per sample from (seed, firstSample + b), so a sample gets the same spikes whether it
 * is encoded alone, in a batch, or in a slice of a batch handled by another thread. Implementations are
 * thread-safe: slices of one batch are encoded at the same time.
 */
public interface SpikeEncoder {
    String id();

    /** Whether the output holds only 0 and 1. */
    boolean binary();

    /**
     * @param x           intensities, sample b at x[xOff + b·features …]
     * @param firstSample global index of the first sample, for the per-sample random streams
     * @param out         [t][b][features]; fully overwritten
     */
    void encode(float[] x, int xOff, int batch, int features, int steps, long seed, int firstSample, float[] out);

    default void encode(float[] x, int batch, int features, int steps, long seed, float[] out) {
        encode(x, 0, batch, features, steps, seed, 0, out);
    }

    /**
     * Whether {@link #encode(float[], int, int, int, int, long, int, float[], SpikeEvents)} accepts a null out and
     * then only lists the spikes: a dense first layer reads the lists alone, so the [t][b][features] tensor (and
     * clearing it) would be wasted work.
     */
    default boolean listsWithoutTensor() {
        return false;
    }

    /** As {@link #encode}, and also lists the spikes in events when the output is binary. */
    default void encode(float[] x, int xOff, int batch, int features, int steps, long seed, int firstSample, float[] out,
                        SpikeEvents events) {
        encode(x, xOff, batch, features, steps, seed, firstSample, out);
        if (events != null && binary()) SpikeEncoder.listEvents(x, xOff, batch, features, steps, out, events);
    }

    /**
     * Lists the spikes of a binary encoding. Only inputs with non-zero intensity can spike, so only those are
     * looked at: for MNIST about a fifth of the pixels.
     */
    static void listEvents(float[] x, int xOff, int batch, int features, int steps, float[] out, SpikeEvents events) {
        events.reset(steps, batch);
        int[] candidates = new int[features];
        int[][] perSample = new int[batch][];
        int[] counts = new int[batch];
        for (int b = 0; b < batch; b++) {
            int c = 0;
            int row = xOff + b * features;
            for (int i = 0; i < features; i++) {
                candidates[c] = i;
                c += x[row + i] != 0f ? 1 : 0;
            }
            perSample[b] = java.util.Arrays.copyOf(candidates, c);
            counts[b] = c;
        }
        int n = batch * features;
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                events.open(t, b);
                events.ensure(counts[b]);
                int base = t * n + b * features;
                int[] cand = perSample[b];
                for (int k = 0; k < counts[b]; k++) events.addIf(cand[k], out[base + cand[k]] != 0f);
                events.close();
            }
        }
    }

    /** The random stream of one sample. */
    static long sampleSeed(long seed, int sample) {
        long z = seed + 0x9E3779B97F4A7C15L * (sample + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 31);
    }
}
