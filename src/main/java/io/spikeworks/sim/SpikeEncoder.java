package io.spikeworks.sim;

/**
 * Turns a batch of intensities in [0, 1] (b×features) into T steps of network input ([t][b][features]).
 * Encoders are deterministic given the seed passed in, so the same seed gives the same spikes.
 */
public interface SpikeEncoder {
    String id();

    /** Whether the output holds only 0 and 1. */
    boolean binary();

    void encode(float[] intensities, int batch, int features, int steps, long seed, float[] out);
}
