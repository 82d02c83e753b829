package io.spikeworks.ui;

import java.util.Objects;

/**
 * Membrane potentials of some neurons of one spiking layer over the steps of a sample.
 *
 * @param neurons   the traced neurons
 * @param membrane  [t][k] flattened: membrane of {@code neurons[k]} at step t, before its reset
 * @param threshold the layer's firing threshold
 */
public record TraceData(String layer, int[] neurons, int steps, float[] membrane, double threshold) {
    public TraceData {
        Objects.requireNonNull(layer, "layer");
        if (membrane.length != neurons.length * steps)
            throw new IllegalArgumentException("membrane has " + membrane.length + " entries, expected " + neurons.length * steps);
    }

    /** Column of neuron {@code n} in {@link #membrane}, or -1 when it is not traced. */
    public int indexOf(int n) {
        for (int k = 0; k < neurons.length; k++) if (neurons[k] == n) return k;
        return -1;
    }

    public float value(int t, int k) {
        return membrane[t * neurons.length + k];
    }
}
