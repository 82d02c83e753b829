package io.spikeworks.model;

import io.spikeworks.model.file.ValidationError;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link ShapeInference}: shapes of the layers up to the first one that cannot be inferred,
 * and the geometry errors found.
 *
 * @param input    the network input shape, null if unknown (unknown dataset, invalid input shape)
 * @param layers   one entry per layer, in order, up to where inference stopped
 * @param complete true when every layer got a shape
 */
public record ShapeReport(TensorShape input, List<LayerShape> layers, List<ValidationError> errors,
                          boolean complete) {

    public ShapeReport {
        layers = List.copyOf(layers);
        errors = List.copyOf(errors);
    }

    /** The last layer's output, when every layer got a shape. */
    public Optional<TensorShape> output() {
        return complete && !layers.isEmpty() ? Optional.of(layers.get(layers.size() - 1).output()) : Optional.empty();
    }

    /** The summary the builder shows: "1×28×28 → 784 → 256 → 10"; a dense layer's implicit flatten is a step. */
    public String summary() {
        if (input == null) return "";
        StringBuilder sb = new StringBuilder(input.toString());
        for (LayerShape layer : layers) {
            if (layer.type().equals(BuiltInComponents.DENSE) && layer.input().rank() > 1) {
                sb.append(" → ").append(layer.input().elementCount());
            }
            sb.append(" → ").append(layer.output());
        }
        return sb.toString();
    }
}
