package io.spikeworks.ui.live.activity;

import java.util.Objects;

/**
 * Membrane potentials of some neurons of one spiking layer over the steps of a sample, and optionally the input
 * current into them.
 *
 * @param neurons   the traced neurons
 * @param membrane  [t][k] flattened: membrane of {@code neurons[k]} at step t, before its reset
 * @param threshold the layer's firing threshold
 * @param current   [t][k] flattened: synaptic input current into {@code neurons[k]} at step t; null when it was not
 *                  recorded
 */
public record TraceData(String layer, int[] neurons, int steps, float[] membrane, double threshold, float[] current) {
    public TraceData {
        Objects.requireNonNull(layer, "layer");
        if (membrane.length != neurons.length * steps)
            throw new IllegalArgumentException("membrane has " + membrane.length + " entries, expected " + neurons.length * steps);
        if (current != null && current.length != membrane.length)
            throw new IllegalArgumentException("current has " + current.length + " entries, expected " + membrane.length);
    }

    /** Traces without input current. */
    public TraceData(String layer, int[] neurons, int steps, float[] membrane, double threshold) {
        this(layer, neurons, steps, membrane, threshold, null);
    }

    /** Column of neuron {@code n} in {@link #membrane}, or -1 when it is not traced. */
    public int indexOf(int n) {
        for (int k = 0; k < neurons.length; k++) if (neurons[k] == n) return k;
        return -1;
    }

    public float value(int t, int k) {
        return membrane[t * neurons.length + k];
    }

    public boolean hasCurrent() {
        return current != null;
    }

    /** Input current into the k-th neuron at step t; only when {@link #hasCurrent()}. */
    public float current(int t, int k) {
        return current[t * neurons.length + k];
    }
}
