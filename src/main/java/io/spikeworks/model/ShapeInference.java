package io.spikeworks.model;

import io.spikeworks.model.file.JsonPaths;
import io.spikeworks.model.file.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static io.spikeworks.model.BuiltInComponents.AVGPOOL;
import static io.spikeworks.model.BuiltInComponents.CONV2D;
import static io.spikeworks.model.BuiltInComponents.DEEPONET;
import static io.spikeworks.model.BuiltInComponents.DENSE;
import static io.spikeworks.model.BuiltInComponents.FLATTEN;
import static io.spikeworks.model.BuiltInComponents.MAXPOOL;

/**
 * Works out every layer's input and output shape from the network input, and finds layers that do not fit
 * together. Rules:
 * <ul>
 *   <li>dense accepts any shape and flattens it first (so no flatten layer is needed before it); output [units]</li>
 *   <li>conv2d needs C×H×W; output [channels, (H+2p−k)/s+1, (W+2p−k)/s+1], floor division</li>
 *   <li>maxpool/avgpool need C×H×W; output [C, (H−k)/s+1, (W−k)/s+1], no padding, stride defaults to kernel</li>
 *   <li>flatten turns any shape into [C·H·W]</li>
 *   <li>deeponet reads rows of m sensor values and d coordinates (m + d values); output [1], G(f)(y)</li>
 * </ul>
 * A layer whose own parameters are unset or out of range stops inference without an error here: the
 * {@link ProjectValidator} reports those parameters, and one message per mistake is enough.
 */
public final class ShapeInference {
    private ShapeInference() {}

    private static final String LAYERS_PATH = "$.network.layers";

    /** Infers from the network's own input shape, or else from the dataset's sample shape in the catalog. */
    public static ShapeReport infer(Project project, ComponentCatalog catalog) {
        TensorShape input = project.network().inputShape();
        if (input == null) {
            input = catalog.find(ComponentFamily.DATASET, project.dataset().name())
                    .map(spec -> spec.datasetFacts().inputShape()).orElse(null);
        }
        if (input == null || !isValidInput(input)) {
            return new ShapeReport(null, List.of(), List.of(), project.network().layers().isEmpty());
        }
        return infer(project.network(), input);
    }

    public static ShapeReport infer(NetworkSpec network, TensorShape input) {
        List<LayerShape> shapes = new ArrayList<>();
        List<ValidationError> errors = new ArrayList<>();
        TensorShape current = input;
        for (int i = 0; i < network.layers().size(); i++) {
            LayerSpec layer = network.layers().get(i);
            String source = i == 0 ? "the network input is " + current
                    : "'" + network.layers().get(i - 1).id() + "' outputs " + current;
            Step step = step(layer, current, source);
            if (step.error != null) errors.add(new ValidationError(JsonPaths.index(LAYERS_PATH, i), step.error));
            if (step.output == null) return new ShapeReport(input, shapes, errors, false);
            shapes.add(new LayerShape(layer.id(), layer.type(), current, step.output));
            current = step.output;
        }
        return new ShapeReport(input, shapes, errors, true);
    }

    /** [C, H, W] or [N], every size at least 1. */
    public static boolean isValidInput(TensorShape shape) {
        return (shape.rank() == 1 || shape.rank() == 3) && shape.dims().stream().allMatch(d -> d >= 1);
    }

    /** Output of one layer; output null = stop (with or without an error). */
    private record Step(TensorShape output, String error) {
        static Step ok(TensorShape output) {
            return new Step(output, null);
        }

        static Step fail(String error) {
            return new Step(null, error);
        }

        static Step stop() {
            return new Step(null, null);
        }
    }

    private static Step step(LayerSpec layer, TensorShape in, String source) {
        Component c = layer.component();
        String who = layer.type() + " '" + layer.id() + "'";
        switch (layer.type()) {
            case DENSE -> {
                OptionalInt units = positive(c, "units");
                return units.isPresent() ? Step.ok(TensorShape.of(units.getAsInt())) : Step.stop();
            }
            case DEEPONET -> {
                Optional<String> wrong = OperatorNetGeometry.mismatch(who, c, in.elementCount());
                if (wrong.isPresent()) return Step.fail(wrong.get());
                return Step.ok(TensorShape.of(1));
            }
            case FLATTEN -> {
                long n = in.elementCount();
                return n <= Integer.MAX_VALUE ? Step.ok(TensorShape.of((int) n))
                        : Step.fail(who + ": " + in + " has too many values to flatten");
            }
            case CONV2D -> {
                if (in.rank() != 3) return Step.fail(who + " needs a 3-D input C×H×W but " + source);
                OptionalInt channels = positive(c, "channels");
                OptionalInt kernel = positive(c, "kernel");
                OptionalInt stride = positive(c, "stride");
                OptionalInt padding = intParam(c, "padding");
                if (channels.isEmpty() || kernel.isEmpty() || stride.isEmpty() || padding.isEmpty()
                        || padding.getAsInt() < 0) {
                    return Step.stop();
                }
                return window(who, in, source, channels.getAsInt(), kernel.getAsInt(), stride.getAsInt(),
                        padding.getAsInt());
            }
            case MAXPOOL, AVGPOOL -> {
                if (in.rank() != 3) return Step.fail(who + " needs a 3-D input C×H×W but " + source);
                OptionalInt kernel = positive(c, "kernel");
                if (kernel.isEmpty()) return Step.stop();
                OptionalInt stride = c.isSet("stride") ? positive(c, "stride") : kernel;
                if (stride.isEmpty()) return Step.stop();
                return window(who, in, source, in.dim(0), kernel.getAsInt(), stride.getAsInt(), 0);
            }
            default -> {
                // A layer type registered later without shape rules: shapes beyond it are unknown.
                return Step.stop();
            }
        }
    }

    private static Step window(String who, TensorShape in, String source, int channels, int kernel, int stride,
                               int padding) {
        int h = in.dim(1) + 2 * padding;
        int w = in.dim(2) + 2 * padding;
        if (h < kernel || w < kernel) {
            String padded = padding == 0 ? "" : " (" + h + "×" + w + " with padding " + padding + ")";
            return Step.fail(who + ": kernel " + kernel + " does not fit its input, " + source + padded
                    + "; the output would be empty");
        }
        return Step.ok(TensorShape.of(channels, (h - kernel) / stride + 1, (w - kernel) / stride + 1));
    }

    private static OptionalInt positive(Component c, String key) {
        OptionalInt v = intParam(c, key);
        return v.isPresent() && v.getAsInt() >= 1 ? v : OptionalInt.empty();
    }

    /** The value if it is set and a whole number in int range; anything else is the validator's to report. */
    private static OptionalInt intParam(Component c, String key) {
        Optional<Object> v = c.spec().findParam(key).isPresent() ? c.value(key) : Optional.empty();
        if (v.isPresent() && v.get() instanceof Long n && n == n.intValue()) return OptionalInt.of(n.intValue());
        return OptionalInt.empty();
    }
}
