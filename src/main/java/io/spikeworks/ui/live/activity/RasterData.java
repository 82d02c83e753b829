package io.spikeworks.ui.live.activity;

import java.util.Objects;

/**
 * One layer's spikes for one sample, as a live view draws them: {@code steps × neurons} flags, [t][n] flattened.
 * Immutable by contract: whoever builds one hands over the array and never writes it again.
 *
 * @param layer   layer name ("input" for the encoded input)
 * @param spiking whether the layer has membranes (so its neurons can be traced)
 * @param analog  an input of real values (a direct-current encoder): {@code spikes} holds each value as a signed
 *                level, −127 … 127 of the sample's largest magnitude, and {@link #spike} says where it is not 0
 * @param channels how many channels the neurons interleave (images are channels-last: neuron (y, x, c) is
 *                 (y·W + x)·C + c); 1 for a flat layer
 */
public record RasterData(String layer, boolean spiking, int neurons, int steps, byte[] spikes, boolean analog,
                         int channels) {
    public RasterData {
        Objects.requireNonNull(layer, "layer");
        if (neurons < 0 || steps < 0) throw new IllegalArgumentException("negative size");
        if (channels < 1) throw new IllegalArgumentException("channels " + channels + " < 1");
        if (spikes.length != neurons * steps)
            throw new IllegalArgumentException("spikes has " + spikes.length + " entries, expected " + neurons * steps);
    }

    /** A flat layer's spikes (0 or 1). */
    public RasterData(String layer, boolean spiking, int neurons, int steps, byte[] spikes) {
        this(layer, spiking, neurons, steps, spikes, false);
    }

    /** A flat layer's spikes or levels. */
    public RasterData(String layer, boolean spiking, int neurons, int steps, byte[] spikes, boolean analog) {
        this(layer, spiking, neurons, steps, spikes, analog, 1);
    }

    /** The signed level at step t of input n (analog inputs; 1 for a spike otherwise). */
    public int level(int t, int n) {
        return spikes[t * neurons + n];
    }

    public boolean spike(int t, int n) {
        return spikes[t * neurons + n] != 0;
    }

    /** Cells that spiked (for an analog input: that are not 0). */
    public int spikeCount() {
        int c = 0;
        for (byte b : spikes) if (b != 0) c++;
        return c;
    }

    /** Spikes of neuron {@code n} over all steps (for an analog input: steps it is not 0). */
    public int spikeCount(int n) {
        int c = 0;
        for (int t = 0; t < steps; t++) if (spikes[t * neurons + n] != 0) c++;
        return c;
    }
}
