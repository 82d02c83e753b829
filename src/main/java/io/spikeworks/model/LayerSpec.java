package io.spikeworks.model;

import java.util.Objects;

/**
 * One layer of the network: a stable id (also the layout key and what messages and edge labels name),
 * the layer component (type + geometry) and, for spiking layers only, its neuron model.
 *
 * <p>Engine use: {@code layer.component().getInt("units")}, and for the neuron
 * {@code layer.neuron().getDouble("threshold")} — every parameter with a default is always present, so the
 * getters never need a fallback; see {@link DerivedParams} for values that follow from others.
 *
 * @param neuron null for layers without neurons (pooling, flatten)
 */
public record LayerSpec(String id, Component component, Component neuron) {

    public LayerSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(component, "component");
        if (component.family() != ComponentFamily.LAYER) {
            throw new IllegalArgumentException("not a layer component: " + component.type());
        }
        if (neuron != null && neuron.family() != ComponentFamily.NEURON) {
            throw new IllegalArgumentException("not a neuron component: " + neuron.type());
        }
    }

    public String type() {
        return component.type();
    }

    /** Whether this layer's type is made of spiking neurons (and so must carry a neuron). */
    public boolean isSpiking() {
        return component.spec().has(ComponentTrait.SPIKING);
    }

    public boolean hasNeuron() {
        return neuron != null;
    }

    public LayerSpec withId(String newId) {
        return new LayerSpec(newId, component, neuron);
    }

    public LayerSpec withComponent(Component newComponent) {
        return new LayerSpec(id, newComponent, neuron);
    }

    public LayerSpec withNeuron(Component newNeuron) {
        return new LayerSpec(id, component, newNeuron);
    }

    /** A copy with one layer parameter changed, e.g. {@code withParam("units", 128)}. */
    public LayerSpec withParam(String key, Object value) {
        return new LayerSpec(id, component.with(key, value), neuron);
    }
}
