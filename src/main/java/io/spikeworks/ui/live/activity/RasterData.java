package io.spikeworks.ui.live.activity;

import java.util.Objects;

/**
 * One layer's spikes for one sample, as a live view draws them: {@code steps × neurons} flags, [t][n] flattened.
 * Immutable by contract: whoever builds one hands over the array and never writes it again.
 *
 * @param layer   layer name ("input" for the encoded input)
 * @param spiking whether the layer has membranes (so its neurons can be traced)
 */
public record RasterData(String layer, boolean spiking, int neurons, int steps, byte[] spikes) {
    public RasterData {
        Objects.requireNonNull(layer, "layer");
        if (neurons < 0 || steps < 0) throw new IllegalArgumentException("negative size");
        if (spikes.length != neurons * steps)
            throw new IllegalArgumentException("spikes has " + spikes.length + " entries, expected " + neurons * steps);
    }

    public boolean spike(int t, int n) {
        return spikes[t * neurons + n] != 0;
    }

    public int spikeCount() {
        int c = 0;
        for (byte b : spikes) c += b;
        return c;
    }

    /** Spikes of neuron {@code n} over all steps. */
    public int spikeCount(int n) {
        int c = 0;
        for (int t = 0; t < steps; t++) c += spikes[t * neurons + n];
        return c;
    }
}
