package io.spikeworks.sim;

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

    /** The random stream of one sample. */
    static long sampleSeed(long seed, int sample) {
        long z = seed + 0x9E3779B97F4A7C15L * (sample + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 31);
    }
}
