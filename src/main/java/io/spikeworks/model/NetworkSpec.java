package io.spikeworks.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The layer stack, input to output, and how the last layer is read out as class scores.
 *
 * @param inputShape null means "the dataset's sample shape"; set it only to feed a different shape
 */
public record NetworkSpec(TensorShape inputShape, List<LayerSpec> layers, Component readout) {

    public NetworkSpec {
        layers = List.copyOf(Objects.requireNonNull(layers, "layers"));
        Objects.requireNonNull(readout, "readout");
        if (readout.family() != ComponentFamily.READOUT) {
            throw new IllegalArgumentException("not a readout component: " + readout.type());
        }
    }

    public Optional<LayerSpec> layer(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Position of the layer with this id, or -1. */
    public int indexOf(String id) {
        for (int i = 0; i < layers.size(); i++) if (layers.get(i).id().equals(id)) return i;
        return -1;
    }

    public NetworkSpec withInputShape(TensorShape shape) {
        return new NetworkSpec(shape, layers, readout);
    }

    public NetworkSpec withLayers(List<LayerSpec> newLayers) {
        return new NetworkSpec(inputShape, newLayers, readout);
    }

    public NetworkSpec withLayer(int index, LayerSpec layer) {
        List<LayerSpec> copy = new ArrayList<>(layers);
        copy.set(index, layer);
        return withLayers(copy);
    }

    /** Inserts before {@code index}; {@code index == layers().size()} appends. */
    public NetworkSpec withLayerInserted(int index, LayerSpec layer) {
        List<LayerSpec> copy = new ArrayList<>(layers);
        copy.add(index, layer);
        return withLayers(copy);
    }

    public NetworkSpec withoutLayer(int index) {
        List<LayerSpec> copy = new ArrayList<>(layers);
        copy.remove(index);
        return withLayers(copy);
    }

    public NetworkSpec withLayerMoved(int from, int to) {
        List<LayerSpec> copy = new ArrayList<>(layers);
        copy.add(to, copy.remove(from));
        return withLayers(copy);
    }

    public NetworkSpec withReadout(Component newReadout) {
        return new NetworkSpec(inputShape, layers, newReadout);
    }
}
