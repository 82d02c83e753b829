package io.spikeworks.model;

import io.spikeworks.model.file.JsonPaths;
import io.spikeworks.model.file.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.spikeworks.model.file.JsonPaths.child;
import static io.spikeworks.model.file.JsonPaths.index;

/**
 * What a {@code deeponet} layer asks of the rest of the project: to be the network's only layer (it takes the raw
 * rows and gives G(f)(y), and runs all steps at once, so not ttl-bptt's blocks and windows either), a membrane
 * readout (its output unit never spikes), spiking
 * neurons for the stacks' hidden layers, and inner layers small enough for one Java array. Shapes (sensors and
 * coordinates against the row) are checked by {@link ShapeInference}.
 */
final class OperatorNetCheck implements ProjectCheck {
    /** The id of learn.ttl's rule; the model package does not see learn. */
    private static final String TRUNCATED_LOCAL_BPTT = "ttl-bptt";

    @Override
    public List<ValidationError> problems(Project p) {
        List<ValidationError> out = new ArrayList<>();
        List<LayerSpec> layers = p.network().layers();
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            if (!layer.type().equals(BuiltInComponents.DEEPONET)) continue;
            String path = index(ProjectValidator.LAYERS, i);
            if (layers.size() > 1) {
                out.add(new ValidationError(path, "layer '" + layer.id() + "' is a deeponet: it splits the rows [f at m "
                        + "sensors, coordinates] itself and gives G(f)(y), so it must be the network's only layer; remove "
                        + "the other " + (layers.size() - 1) + " layer" + (layers.size() == 2 ? "" : "s")));
            }
            String readout = p.network().readout().type();
            if (!readout.equals(BuiltInComponents.MEMBRANE_MEAN) && !readout.equals(BuiltInComponents.MEMBRANE_SUM)) {
                out.add(new ValidationError("$.network.readout", "readout '" + readout + "' cannot read deeponet '"
                        + layer.id() + "': its output G is the membrane of a unit that never spikes; use membrane-mean"));
            }
            if (p.algorithm().type().equals(TRUNCATED_LOCAL_BPTT)) {
                out.add(new ValidationError("$.algorithm.type", "ttl-bptt trains blocks of layers over windows of steps, "
                        + "but deeponet '" + layer.id() + "' is one layer that needs all steps at once; use bptt or "
                        + "weight-perturbation"));
            }
            Component c = layer.component();
            boolean hidden = positive(c, "branchLayers") || positive(c, "trunkLayers");
            if (hidden && layer.neuron() != null && layer.neuron().spec().has(ComponentTrait.NON_SPIKING)) {
                out.add(new ValidationError(child(child(path, "neuron"), "type"), "deeponet '" + layer.id() + "' gives "
                        + "its neuron to the hidden layers of its branch and trunks, and " + layer.neuron().type()
                        + " neurons never spike; pick a spiking neuron (e.g. lif)"));
            }
            sizeProblem(p, layer, path).ifPresent(out::add);
        }
        return out;
    }

    private static boolean positive(Component c, String key) {
        return c.value(key).filter(v -> v instanceof Long n && n > 0).isPresent();
    }

    /** The first inner layer whose weights or history would not fit one Java array. */
    private static Optional<ValidationError> sizeProblem(Project p, LayerSpec layer, String path) {
        Component c = layer.component();
        for (String key : List.of("sensors", "coordinates", "branchLayers", "branchUnits", "trunkLayers", "trunkUnits",
                "latent")) {
            if (!(c.value(key).orElse(null) instanceof Long n) || n < 0 || n > Integer.MAX_VALUE) return Optional.empty();
        }
        if (!(c.value("separable").orElse(null) instanceof Boolean)) return Optional.empty();
        OperatorNetGeometry g = OperatorNetGeometry.of(c);
        long samplesAndSteps = (long) p.training().batchSize() * p.training().timeSteps();
        List<int[]> stacks = new ArrayList<>();
        stacks.add(g.branch());
        stacks.addAll(g.trunks());
        for (int[] sizes : stacks) {
            for (int i = 1; i < sizes.length; i++) {
                long in = sizes[i - 1];
                long units = sizes[i];
                if (in > ProjectValidator.MAX_ARRAY / units || units > ProjectValidator.MAX_ARRAY / Math.max(1, samplesAndSteps)) {
                    String key = sizes == g.branch() ? (i == sizes.length - 1 ? "latent" : "branchUnits")
                            : (i == sizes.length - 1 ? "latent" : "trunkUnits");
                    return Optional.of(new ValidationError(child(path, key), String.format(Locale.ROOT,
                            "deeponet '%s' would have an inner layer of %,d × %,d weights, keeping %,d steps × %,d samples "
                                    + "of history; one layer holds at most %,d values (reduce %s)", layer.id(), in, units,
                            p.training().timeSteps(), p.training().batchSize(), ProjectValidator.MAX_ARRAY, key)));
                }
            }
        }
        return Optional.empty();
    }
}
