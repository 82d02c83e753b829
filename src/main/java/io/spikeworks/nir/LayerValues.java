package io.spikeworks.nir;

import io.spikeworks.sim.neuron.NeuronValues;

import java.util.Objects;

/**
 * What a spiking layer holds beyond its description: weights and bias in the engine's layout and, when its
 * neurons differ, their α, β and θ (engine order).
 *
 * @param bias    null for a layer without bias
 * @param neurons null when every neuron has the layer's neuron model values
 */
public record LayerValues(String layerId, float[] weights, float[] bias, NeuronValues neurons) {
    public LayerValues {
        Objects.requireNonNull(layerId, "layerId");
        Objects.requireNonNull(weights, "weights");
    }
}
