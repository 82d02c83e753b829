package io.spikeworks.ui.live.activity;

import java.util.Objects;

/** A neuron of a layer, e.g. picked in the raster to show its membrane. */
public record NeuronRef(String layer, int neuron) {
    public NeuronRef {
        Objects.requireNonNull(layer, "layer");
        if (neuron < 0) throw new IllegalArgumentException("neuron " + neuron);
    }

    @Override
    public String toString() {
        return layer + "[" + neuron + "]";
    }
}
