package io.spikeworks.model;

import io.spikeworks.model.file.JsonPaths;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.model.file.ValueText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.spikeworks.model.file.JsonPaths.child;
import static io.spikeworks.model.file.JsonPaths.index;

/**
 * Checks a project's values and how its parts fit together, reporting each problem with the JSON path it
 * would have in the file. {@link #validate} serves the builder (live error list for an in-memory project);
 * the loader calls the same fine-grained checks part by part while reading, so a file and its in-memory
 * twin get the same messages.
 */
public final class ProjectValidator {

    private static final Pattern LAYER_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String ROOT = JsonPaths.ROOT;
    static final String LAYERS = "$.network.layers";

    private final ComponentCatalog catalog;

    public ProjectValidator() {
        this(ComponentCatalog.standard());
    }

    public ProjectValidator(ComponentCatalog catalog) {
        this.catalog = catalog;
    }

    /** Every problem in the project, in file order; empty when it is ready to train. */
    public List<ValidationError> validate(Project p) {
        List<ValidationError> out = new ArrayList<>();
        checkName(p.name(), out);
        checkDataset(p.dataset(), out);
        checkComponent(p.encoder(), "$.encoder", out);
        NetworkSpec network = p.network();
        if (network.inputShape() != null) checkInputShape(network.inputShape(), out);
        for (int i = 0; i < network.layers().size(); i++) {
            LayerSpec layer = network.layers().get(i);
            String path = index(LAYERS, i);
            checkLayerId(layer.id(), path, out);
            checkComponent(layer.component(), path, out);
            checkNeuronPresence(layer, path, out);
            if (layer.neuron() != null) checkComponent(layer.neuron(), child(path, "neuron"), out);
        }
        checkComponent(network.readout(), "$.network.readout", out);
        checkComponent(p.algorithm(), "$.algorithm", out);
        checkComponent(p.loss(), "$.loss", out);
        checkChipProfile(p.chipProfile(), out);
        TrainingSpec training = p.training();
        for (ParamSpec setting : TrainingSpec.PARAMS) {
            checkSetting(setting, training.get(setting.key()), child("$.training", setting.key()), out);
        }
        checkComponent(training.optimizer(), "$.training.optimizer", out);
        checkComponent(training.schedule(), "$.training.schedule", out);
        checkConsistency(p, out);
        return out;
    }

    void checkName(String name, List<ValidationError> out) {
        if (name.isBlank()) out.add(new ValidationError("$.name", "must not be empty"));
    }

    void checkChipProfile(String chipProfile, List<ValidationError> out) {
        if (chipProfile.isBlank()) out.add(new ValidationError("$.chipProfile", "must not be empty"));
    }

    /** Missing required parameters, values of the wrong kind or out of range, and rules across parameters. */
    void checkComponent(Component c, String path, List<ValidationError> out) {
        for (ParamSpec param : c.spec().params()) {
            Object value = c.params().get(param.key());
            if (value == null) {
                if (param.required()) out.add(missingField(path, param.key()));
            } else {
                param.problemWith(value).ifPresent(why -> out.add(new ValidationError(child(path, param.key()), why)));
            }
        }
        if (c.type().equals(BuiltInComponents.MSE_COUNT) && c.family() == ComponentFamily.LOSS) {
            Object correct = c.params().get("targetCorrect");
            Object wrong = c.params().get("targetWrong");
            if (correct instanceof Double hi && wrong instanceof Double lo && hi <= lo) {
                out.add(new ValidationError(child(path, "targetCorrect"), "must be greater than targetWrong ("
                        + ValueText.number(lo) + "), got " + ValueText.number(hi)));
            }
        }
    }

    void checkSetting(ParamSpec setting, Object value, String path, List<ValidationError> out) {
        setting.problemWith(value).ifPresent(why -> out.add(new ValidationError(path, why)));
    }

    /** {@code layerPath} is the layer's own path; id problems are reported at its "id" field. */
    void checkLayerId(String id, String layerPath, List<ValidationError> out) {
        String path = child(layerPath, "id");
        if (id.isEmpty()) {
            out.add(new ValidationError(path, "must not be empty"));
        } else if (!LAYER_ID.matcher(id).matches()) {
            out.add(new ValidationError(path, "must start with a letter and hold only letters, digits, '_' and '-', got '"
                    + id + "'"));
        } else if (id.equals(Project.INPUT_NODE) || id.equals(Project.READOUT_NODE)) {
            out.add(new ValidationError(path, "'" + id + "' is reserved for the builder's " + id
                    + " node; choose another id"));
        }
    }

    /** Spiking layers need a neuron model, the others must not have one. */
    void checkNeuronPresence(LayerSpec layer, String layerPath, List<ValidationError> out) {
        if (layer.isSpiking() && layer.neuron() == null) {
            out.add(new ValidationError(layerPath, "missing field 'neuron' (" + layer.type()
                    + " layers are made of spiking neurons; known neuron types: "
                    + String.join(", ", catalog.typeIds(ComponentFamily.NEURON)) + ")"));
        } else if (!layer.isSpiking() && layer.neuron() != null) {
            out.add(new ValidationError(child(layerPath, "neuron"), layer.type()
                    + " layers have no neurons; remove 'neuron'"));
        }
    }

    void checkDataset(DatasetSpec dataset, List<ValidationError> out) {
        checkDatasetName(dataset.name(), out);
        checkDatasetSettings(dataset, out);
    }

    void checkDatasetName(String name, List<ValidationError> out) {
        if (catalog.find(ComponentFamily.DATASET, name).isEmpty()) {
            out.add(new ValidationError("$.dataset.name", catalog.unknownTypeMessage(ComponentFamily.DATASET, name)));
        }
    }

    void checkDatasetSettings(DatasetSpec dataset, List<ValidationError> out) {
        Optional<ComponentSpec> spec = catalog.find(ComponentFamily.DATASET, dataset.name());
        if (spec.isPresent() && spec.get().has(ComponentTrait.NEEDS_PATH)) {
            String why = dataset.name() + " is not bundled; give the directory of its extracted files ("
                    + spec.get().displayName() + ")";
            if (dataset.path() == null) {
                out.add(new ValidationError("$.dataset", "missing field 'path': " + why));
            } else if (dataset.path().isBlank()) {
                out.add(new ValidationError("$.dataset.path", "must not be empty: " + why));
            }
        }
        for (ParamSpec setting : DatasetSpec.PARAMS)
            if (setting.kind() == ParamKind.INT)
                checkSetting(setting, dataset.get(setting.key()), "$.dataset." + setting.key(), out);
        if (dataset.holdOut() != null && dataset.limitTrain() != null && dataset.holdOut() >= dataset.limitTrain())
            out.add(new ValidationError("$.dataset.holdOut", "must be less than limitTrain (" + dataset.limitTrain()
                    + "): at least one training sample must be left to train on, got " + dataset.holdOut()));
    }

    void checkInputShape(TensorShape shape, List<ValidationError> out) {
        if (!ShapeInference.isValidInput(shape)) {
            out.add(new ValidationError("$.network.inputShape",
                    "must be [C, H, W] or [N] with every size at least 1, got " + shape.dims()));
        }
    }

    /**
     * How the parts fit together: unique layer ids, layer shapes, output size against the class count,
     * readout against the last layer, input shape against the dataset, layout keys against layers.
     */
    void checkConsistency(Project p, List<ValidationError> out) {
        NetworkSpec network = p.network();
        List<LayerSpec> layers = network.layers();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            String id = layers.get(i).id();
            Integer earlier = id.isEmpty() ? null : firstIndex.putIfAbsent(id, i);
            if (earlier != null) {
                out.add(new ValidationError(child(index(LAYERS, i), "id"),
                        "duplicate layer id '" + id + "' (also layers[" + earlier + "])"));
            }
        }
        if (layers.isEmpty()) {
            out.add(new ValidationError("$.network.layers", "needs at least one layer"));
            return;
        }
        Optional<DatasetFacts> facts = catalog.find(ComponentFamily.DATASET, p.dataset().name())
                .map(ComponentSpec::datasetFacts);
        TensorShape declared = network.inputShape();
        if (declared != null && facts.isPresent() && ShapeInference.isValidInput(declared)
                && declared.elementCount() != facts.get().inputShape().elementCount()) {
            TensorShape expected = facts.get().inputShape();
            out.add(new ValidationError("$.network.inputShape", p.dataset().name() + " samples are " + expected
                    + " (" + expected.elementCount() + " values) but inputShape " + declared + " has "
                    + declared.elementCount()));
        }
        ShapeReport shapes = ShapeInference.infer(p, catalog);
        out.addAll(shapes.errors());
        checkSizes(p, shapes, out);
        int last = layers.size() - 1;
        LayerSpec lastLayer = layers.get(last);
        if (facts.isPresent()) checkTask(p, facts.get(), shapes, out);
        checkEventInput(p, out);
        if (!lastLayer.isSpiking()) {
            out.add(new ValidationError("$.network.readout", network.readout().type()
                    + " reads the last layer's neurons, but '" + lastLayer.id() + "' is a " + lastLayer.type()
                    + " layer without neurons"));
        }
        checkNonSpikingNeurons(p, out);
        Set<String> checkedTypes = new HashSet<>();
        for (LayerSpec layer : layers) {
            if (checkedTypes.add(layer.type())) out.addAll(layer.component().spec().projectCheck().problems(p));
        }
        if (out.isEmpty()) out.addAll(p.algorithm().spec().projectCheck().problems(p));
        Set<String> nodeIds = new HashSet<>(firstIndex.keySet());
        nodeIds.add(Project.INPUT_NODE);
        nodeIds.add(Project.READOUT_NODE);
        for (String key : p.layout().keySet()) {
            if (!nodeIds.contains(key)) {
                out.add(new ValidationError(child("$.layout", key), "no layer with id '" + key + "'"));
            }
        }
    }

    /**
     * Sizes no run can allocate, whatever the heap: the engine keeps a layer's weights, and its history of one batch
     * (steps × samples × neurons), in single Java arrays, which hold at most {@value #MAX_ARRAY} values. Longs
     * throughout, so 10⁹ units give a message and not an overflowed number. Whether a run fits the heap is the memory
     * estimate's business (it depends on the machine).
     */
    void checkSizes(Project p, ShapeReport shapes, List<ValidationError> out) {
        List<LayerSpec> layers = p.network().layers();
        long samplesAndSteps = (long) p.training().batchSize() * p.training().timeSteps();
        for (int i = 0; i < shapes.layers().size() && i < layers.size(); i++) {
            LayerShape shape = shapes.layers().get(i);
            LayerSpec layer = layers.get(i);
            String path = layer.component().spec().findParam("units").isPresent() ? child(index(LAYERS, i), "units")
                    : index(LAYERS, i);
            long in = shape.input().elementCount();
            long outputs = shape.output().elementCount();
            if (layer.type().equals(BuiltInComponents.DENSE) && in > MAX_ARRAY / Math.max(1, outputs)) {
                out.add(new ValidationError(path, String.format(java.util.Locale.ROOT, "layer '%s' would have %,d × %,d "
                        + "= %,d weights; a layer holds at most %,d (reduce its units or its input)", layer.id(), in, outputs,
                        in * outputs, MAX_ARRAY)));
            } else if (outputs > MAX_ARRAY / Math.max(1, samplesAndSteps)) {
                out.add(new ValidationError(path, String.format(java.util.Locale.ROOT, "layer '%s' would keep %,d steps × "
                        + "%,d samples × %,d neurons = %,d values of history; at most %,d fit (reduce timeSteps, batchSize "
                        + "or the layer's size)", layer.id(), p.training().timeSteps(), p.training().batchSize(), outputs,
                        samplesAndSteps * outputs, MAX_ARRAY)));
            }
        }
    }

    /** The most values one Java array holds (a few below 2³¹ − 1 on HotSpot). */
    public static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

    /**
     * The task the dataset sets (classes or real values) against the loss, the readout and the output size: a
     * classification loss needs class labels and one output per class; a regression loss needs real-valued targets,
     * one output per target value, and a readout that gives a real value.
     */
    private void checkTask(Project p, DatasetFacts facts, ShapeReport shapes, List<ValidationError> out) {
        String data = p.dataset().name();
        ComponentSpec loss = p.loss().spec();
        if (facts.hasClassLabels() && loss.has(ComponentTrait.REGRESSION)) {
            out.add(new ValidationError("$.loss.type", "loss '" + loss.type() + "' needs real-valued targets, but "
                    + data + " has class labels; pick a classification loss (e.g. ce-count) or a regression data set"));
            return;
        }
        if (!facts.hasClassLabels() && !loss.has(ComponentTrait.REGRESSION)) {
            out.add(new ValidationError("$.loss.type", "loss '" + loss.type() + "' scores classes, but " + data
                    + " has real-valued targets; use mse-regression"));
            return;
        }
        String readout = p.network().readout().type();
        if (!facts.hasClassLabels() && (readout.equals(BuiltInComponents.FIRST_SPIKE_TIME)
                || readout.equals(BuiltInComponents.SPIKE_COUNT) && lastIsNonSpiking(p))) {
            out.add(new ValidationError("$.network.readout", "readout '" + readout + "' cannot give " + data
                    + "'s real-valued targets from this output layer; use membrane-mean (with a leaky-integrator "
                    + "output layer) or membrane-sum"));
        }
        if (shapes.output().isEmpty()) return;
        TensorShape output = shapes.output().get();
        int wanted = facts.outputCount();
        if (output.elementCount() == wanted) return;
        List<LayerSpec> layers = p.network().layers();
        int last = layers.size() - 1;
        LayerSpec lastLayer = layers.get(last);
        String lastPath = index(LAYERS, last);
        String because = facts.hasClassLabels() ? " but " + data + " has " + wanted + " classes"
                : " but " + data + " has " + wanted + " target value" + (wanted == 1 ? "" : "s") + " per sample";
        if (output.rank() == 1 && lastLayer.component().spec().findParam("units").isPresent()) {
            out.add(new ValidationError(child(lastPath, "units"), "output layer '" + lastLayer.id()
                    + "' has " + output.dim(0) + " units" + because));
        } else {
            out.add(new ValidationError(lastPath, "output layer '" + lastLayer.id() + "' outputs " + output
                    + (output.rank() > 1 ? " = " + output.elementCount() + " values" : " values") + because));
        }
    }

    /** Event-stream data come as spikes and need the events encoder; that encoder has nothing to pass otherwise. */
    private void checkEventInput(Project p, List<ValidationError> out) {
        boolean eventData = catalog.find(ComponentFamily.DATASET, p.dataset().name())
                .map(s -> s.has(ComponentTrait.EVENT_STREAM)).orElse(false);
        boolean eventEncoder = p.encoder().type().equals(BuiltInComponents.EVENTS);
        if (eventData && !eventEncoder)
            out.add(new ValidationError("$.encoder.type", p.dataset().name() + " samples are spikes already (an event "
                    + "stream); use the events encoder, not " + p.encoder().type()));
        if (!eventData && eventEncoder)
            out.add(new ValidationError("$.encoder.type", "the events encoder passes a data set's own spikes, but "
                    + p.dataset().name() + " has none; pick poisson, rate, ttfs or direct"));
    }

    private static boolean lastIsNonSpiking(Project p) {
        List<LayerSpec> layers = p.network().layers();
        LayerSpec last = layers.get(layers.size() - 1);
        return last.neuron() != null && last.neuron().spec().has(ComponentTrait.NON_SPIKING);
    }

    /** A neuron that never spikes can only be the output layer: a layer after it would never receive a spike. */
    private static void checkNonSpikingNeurons(Project p, List<ValidationError> out) {
        List<LayerSpec> layers = p.network().layers();
        for (int i = 0; i < layers.size() - 1; i++) {
            LayerSpec l = layers.get(i);
            if (l.neuron() != null && l.neuron().spec().has(ComponentTrait.NON_SPIKING))
                out.add(new ValidationError(child(child(index(LAYERS, i), "neuron"), "type"), "layer '" + l.id() + "' has "
                        + l.neuron().type() + " neurons, which never spike, so the layers after it would get no "
                        + "input; only the output layer may use them"));
        }
    }

    static ValidationError missingField(String path, String key) {
        return new ValidationError(path, "missing field '" + key + "'");
    }

}
