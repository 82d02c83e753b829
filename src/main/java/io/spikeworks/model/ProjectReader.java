package io.spikeworks.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.file.JsonPaths;
import io.spikeworks.model.file.Suggestions;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.model.file.ValueText;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.spikeworks.model.ProjectValidator.missingField;
import static io.spikeworks.model.file.JsonPaths.ROOT;
import static io.spikeworks.model.file.JsonPaths.child;
import static io.spikeworks.model.file.JsonPaths.index;

/**
 * Turns a parsed JSON tree into a {@link Project}, collecting every problem on the way. It checks the
 * structure itself (format, version, unknown fields, unknown types, JSON kinds of fixed fields) and hands each
 * part to the {@link ProjectValidator} as soon as it is built, so a value error in one layer does not hide an
 * unknown type in another. Parts that cannot be built leave the project unbuilt; the cross-part checks
 * (shapes, classes, layout) run only on a fully built project. One reader per document.
 */
final class ProjectReader {

    private static final List<String> TOP_FIELDS = List.of("format", "version", "name", "description", "dataset",
            "encoder", "network", "algorithm", "loss", "chipProfile", "training", "layout", "weights");
    private static final String NETWORK = "$.network";
    private static final String TRAINING = "$.training";
    /** Converts JSON numbers to whole numbers the way parameters do (3.0 is 3). */
    private static final ParamSpec WHOLE_NUMBER = ParamSpec.ofInt("n", "n");

    private final ComponentCatalog catalog;
    private final ProjectValidator validator;
    private final List<ValidationError> errors = new ArrayList<>();
    /** False once a value had to be replaced by a stand-in; cross-part checks would then judge the stand-in. */
    private boolean faithful = true;

    ProjectReader(ComponentCatalog catalog) {
        this.catalog = catalog;
        this.validator = new ProjectValidator(catalog);
    }

    List<ValidationError> errors() {
        return errors;
    }

    /** The project, or null when some part could not be built; {@link #errors()} says why either way. */
    Project read(JsonNode root) {
        if (!root.isObject()) {
            error(ROOT, "must be a JSON object with \"format\": \"" + ProjectJson.FORMAT + "\", got " + describe(root));
            return null;
        }
        ObjectNode o = (ObjectNode) root;
        if (!formatAndVersionAccepted(o)) return null;
        rejectUnknownFields(o, ROOT, TOP_FIELDS);
        String name = requiredText(o, ROOT, "name");
        if (name != null) validator.checkName(name, errors);
        String description = optionalText(o, ROOT, "description", "");
        DatasetSpec dataset = dataset(o);
        Component encoder = checkedComponent(o, ROOT, "encoder", ComponentFamily.ENCODER);
        NetworkSpec network = network(o);
        Component algorithm = checkedComponent(o, ROOT, "algorithm", ComponentFamily.ALGORITHM);
        Component loss = checkedComponent(o, ROOT, "loss", ComponentFamily.LOSS);
        String chipProfile = optionalText(o, ROOT, "chipProfile", Project.DEFAULT_CHIP_PROFILE);
        validator.checkChipProfile(chipProfile, errors);
        TrainingSpec training = training(o);
        Map<String, NodePosition> layout = layout(o);
        String weights = optionalText(o, ROOT, "weights", null);
        if (weights != null && weights.isBlank()) {
            unfaithful(child(ROOT, "weights"), "must name a weights file (relative to the project's folder), or be null");
            weights = null;
        }
        if (name == null || dataset == null || encoder == null || network == null || algorithm == null
                || loss == null || training == null) {
            return null;
        }
        Project project = new Project(name, description, dataset, encoder, network, algorithm, loss, chipProfile,
                training, layout, weights);
        if (faithful) validator.checkConsistency(project, errors);
        return project;
    }

    /** What to do with a Spikeworks file of another kind that was opened as a project (sample-projects holds both). */
    private static String otherSpikeworksFile(JsonNode format) {
        if (!format.isTextual()) return "";
        return switch (format.textValue()) {
            case "spikeworks-sweep" -> " but a sweep of runs: run it from the command line, spikeworks sweep FILE --out DIR";
            case "spikeworks-sweep-state" -> " but a sweep's saved progress: continue it with spikeworks sweep FILE --out DIR --resume";
            default -> "";
        };
    }

    private boolean formatAndVersionAccepted(ObjectNode o) {
        String expected = "\"format\": \"" + ProjectJson.FORMAT + "\"";
        JsonNode format = o.get("format");
        if (format == null || format.isNull()) {
            error(ROOT, "missing field 'format': not a Spikeworks project (expected " + expected + ")");
            return false;
        }
        if (!format.isTextual() || !format.textValue().equals(ProjectJson.FORMAT)) {
            error("$.format", "expected '" + ProjectJson.FORMAT + "', got " + describe(format)
                    + ": not a Spikeworks project" + otherSpikeworksFile(format));
            return false;
        }
        JsonNode version = o.get("version");
        if (version == null || version.isNull()) {
            errors.add(missingField(ROOT, "version"));
            return false;
        }
        Object whole = WHOLE_NUMBER.canonical(javaValue(version));
        if (!(whole instanceof Long) && !(whole instanceof BigInteger)) {
            error("$.version", "must be a whole number, got " + describe(version));
            return false;
        }
        BigInteger v = whole instanceof Long n ? BigInteger.valueOf(n) : (BigInteger) whole;
        if (v.compareTo(BigInteger.valueOf(ProjectJson.FORMAT_VERSION)) > 0) {
            error("$.version", "written by a newer Spikeworks (format version " + v + "); this build reads version "
                    + ProjectJson.FORMAT_VERSION + " — update Spikeworks");
            return false;
        }
        if (v.signum() <= 0) {
            error("$.version", "must be at least 1, got " + v);
            return false;
        }
        return true;
    }

    // ---- parts ----

    private DatasetSpec dataset(ObjectNode root) {
        ObjectNode d = requiredObject(root, ROOT, "dataset", "{\"name\": \"mnist\"}");
        if (d == null) return null;
        String path = "$.dataset";
        rejectUnknownFields(d, path, List.of("name", DatasetSpec.PATH, DatasetSpec.LIMIT_TRAIN, DatasetSpec.LIMIT_TEST,
                DatasetSpec.HOLD_OUT));
        String name = requiredText(d, path, "name");
        String dir = optionalText(d, path, DatasetSpec.PATH, null);
        Integer limitTrain = optionalInt(d, path, DatasetSpec.LIMIT_TRAIN);
        Integer limitTest = optionalInt(d, path, DatasetSpec.LIMIT_TEST);
        Integer holdOut = optionalInt(d, path, DatasetSpec.HOLD_OUT);
        if (name != null) validator.checkDatasetName(name, errors);
        DatasetSpec dataset = new DatasetSpec(name == null ? "" : name, dir, limitTrain, limitTest, holdOut);
        validator.checkDatasetSettings(dataset, errors);
        return name == null ? null : dataset;
    }

    private NetworkSpec network(ObjectNode root) {
        ObjectNode n = requiredObject(root, ROOT, "network", "{\"layers\": [...], \"readout\": {...}}");
        if (n == null) return null;
        rejectUnknownFields(n, NETWORK, List.of("inputShape", "layers", "readout"));
        TensorShape inputShape = inputShape(n);
        if (inputShape != null) validator.checkInputShape(inputShape, errors);
        List<LayerSpec> layers = layers(n);
        Component readout = checkedComponent(n, NETWORK, "readout", ComponentFamily.READOUT);
        return layers == null || readout == null ? null : new NetworkSpec(inputShape, layers, readout);
    }

    private TensorShape inputShape(ObjectNode network) {
        JsonNode node = network.get("inputShape");
        String path = child(NETWORK, "inputShape");
        if (node == null || node.isNull()) return null;
        if (!node.isArray()) {
            unfaithful(path, "must be a list of sizes such as [1, 28, 28], got " + describe(node));
            return null;
        }
        List<Integer> dims = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Object v = WHOLE_NUMBER.canonical(javaValue(node.get(i)));
            if (v instanceof Long n && n == n.intValue()) {
                dims.add(n.intValue());
            } else {
                unfaithful(index(path, i), "must be a whole number, got " + describe(node.get(i)));
                return null;
            }
        }
        return new TensorShape(dims);
    }

    private List<LayerSpec> layers(ObjectNode network) {
        JsonNode node = network.get("layers");
        String path = ProjectValidator.LAYERS;
        if (node == null || node.isNull()) {
            errors.add(missingField(NETWORK, "layers"));
            return null;
        }
        if (!node.isArray()) {
            unfaithful(path, "must be a list of layers, got " + describe(node));
            return null;
        }
        List<LayerSpec> layers = new ArrayList<>();
        boolean allBuilt = true;
        for (int i = 0; i < node.size(); i++) {
            LayerSpec layer = layer(node.get(i), index(path, i));
            if (layer == null) allBuilt = false;
            else layers.add(layer);
        }
        return allBuilt ? layers : null;
    }

    private LayerSpec layer(JsonNode node, String path) {
        if (!node.isObject()) {
            error(path, "must be an object with \"id\" and \"type\", got " + describe(node));
            return null;
        }
        ObjectNode o = (ObjectNode) node;
        String id = requiredText(o, path, "id");
        if (id != null) validator.checkLayerId(id, path, errors);
        Component component = component(o, path, ComponentFamily.LAYER, List.of("id", "neuron"));
        if (component != null) validator.checkComponent(component, path, errors);
        JsonNode neuronNode = o.get("neuron");
        boolean neuronGiven = neuronNode != null && !neuronNode.isNull();
        Component neuron = neuronGiven ? checkedComponent(o, path, "neuron", ComponentFamily.NEURON) : null;
        if (id == null || component == null || (neuronGiven && neuron == null)) return null;
        LayerSpec layer = new LayerSpec(id, component, neuron);
        validator.checkNeuronPresence(layer, path, errors);
        return layer;
    }

    private TrainingSpec training(ObjectNode root) {
        ObjectNode t = requiredObject(root, ROOT, "training", "{\"epochs\": 1, ...}");
        if (t == null) return null;
        List<String> known = new ArrayList<>(TrainingSpec.PARAMS.stream().map(ParamSpec::key).toList());
        known.add("optimizer");
        known.add("schedule");
        rejectUnknownFields(t, TRAINING, known);
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParamSpec setting : TrainingSpec.PARAMS) {
            String path = child(TRAINING, setting.key());
            Object value = setting.defaultValue();
            JsonNode node = t.get(setting.key());
            if (node != null && !node.isNull()) {
                Object given = setting.canonical(javaValue(node));
                boolean fitsField = setting.kind() == ParamKind.DOUBLE ? given instanceof Double
                        : given instanceof Long n && (setting.key().equals(TrainingSpec.SEED) || n == n.intValue());
                if (fitsField) {
                    value = given;
                    validator.checkSetting(setting, value, path, errors);
                } else {
                    unfaithful(path, setting.problemWith(given).orElse("must be " + setting.kind().expectation()));
                }
            }
            values.put(setting.key(), value);
        }
        Component optimizer = checkedComponent(t, TRAINING, "optimizer", ComponentFamily.OPTIMIZER);
        Component schedule = checkedComponent(t, TRAINING, "schedule", ComponentFamily.SCHEDULE);
        if (optimizer == null || schedule == null) return null;
        return new TrainingSpec(intValue(values, TrainingSpec.EPOCHS), intValue(values, TrainingSpec.BATCH_SIZE),
                intValue(values, TrainingSpec.TIME_STEPS), (Long) values.get(TrainingSpec.SEED),
                (Double) values.get(TrainingSpec.LEARNING_RATE), optimizer, schedule);
    }

    private static int intValue(Map<String, Object> values, String key) {
        return ((Long) values.get(key)).intValue();
    }

    private Map<String, NodePosition> layout(ObjectNode root) {
        JsonNode node = root.get("layout");
        String path = "$.layout";
        Map<String, NodePosition> layout = new LinkedHashMap<>();
        if (node == null || node.isNull()) return layout;
        if (!node.isObject()) {
            unfaithful(path, "must be an object of node positions such as {\"hidden1\": {\"x\": 0, \"y\": 0}}, got "
                    + describe(node));
            return layout;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String nodePath = child(path, entry.getKey());
            if (!entry.getValue().isObject()) {
                unfaithful(nodePath, "must be a position {\"x\": ..., \"y\": ...}, got " + describe(entry.getValue()));
                continue;
            }
            ObjectNode position = (ObjectNode) entry.getValue();
            rejectUnknownFields(position, nodePath, List.of("x", "y"));
            Double x = coordinate(position, nodePath, "x");
            Double y = coordinate(position, nodePath, "y");
            if (x != null && y != null) layout.put(entry.getKey(), new NodePosition(x, y));
        }
        return layout;
    }

    private Double coordinate(ObjectNode position, String path, String key) {
        JsonNode node = position.get(key);
        if (node == null || node.isNull()) {
            errors.add(missingField(path, key));
            faithful = false;
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            unfaithful(child(path, key), "must be a number, got " + describe(node));
            return null;
        }
        return node.doubleValue();
    }

    // ---- components ----

    /** A required component field, read and value-checked. */
    private Component checkedComponent(ObjectNode parent, String parentPath, String key, ComponentFamily family) {
        ObjectNode node = requiredObject(parent, parentPath, key,
                "{\"type\": \"" + String.join("\" | \"", catalog.typeIds(family)) + "\", ...}");
        if (node == null) return null;
        String path = child(parentPath, key);
        Component component = component(node, path, family, List.of());
        if (component != null) validator.checkComponent(component, path, errors);
        return component;
    }

    /** Reads "type" and the parameters beside it; {@code ownFields} belong to the enclosing object (layer id). */
    private Component component(ObjectNode o, String path, ComponentFamily family, List<String> ownFields) {
        JsonNode typeNode = o.get("type");
        if (typeNode == null || typeNode.isNull()) {
            error(path, "missing field 'type' (known " + family.noun() + " types: "
                    + String.join(", ", catalog.typeIds(family)) + ")");
            return null;
        }
        if (!typeNode.isTextual()) {
            error(child(path, "type"), "must be text, got " + describe(typeNode));
            return null;
        }
        Optional<ComponentSpec> spec = catalog.find(family, typeNode.textValue());
        if (spec.isEmpty()) {
            error(child(path, "type"), catalog.unknownTypeMessage(family, typeNode.textValue()));
            return null;
        }
        List<String> known = new ArrayList<>();
        known.add("type");
        known.addAll(ownFields);
        known.addAll(spec.get().paramKeys());
        Map<String, Object> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.equals("type") || ownFields.contains(key)) continue;
            if (spec.get().findParam(key).isEmpty()) {
                error(path, "unknown field '" + key + "'" + Suggestions.forField(key, known));
                continue;
            }
            Object value = javaValue(field.getValue());
            if (value != null) params.put(key, value);
        }
        return new Component(spec.get(), params);
    }

    // ---- JSON helpers ----

    private void rejectUnknownFields(ObjectNode o, String path, Collection<String> known) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) error(path, "unknown field '" + key + "'" + Suggestions.forField(key, known));
        }
    }

    private ObjectNode requiredObject(ObjectNode parent, String parentPath, String key, String example) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            errors.add(missingField(parentPath, key));
            return null;
        }
        if (!node.isObject()) {
            error(child(parentPath, key), "must be an object such as " + example + ", got " + describe(node));
            return null;
        }
        return (ObjectNode) node;
    }

    private String requiredText(ObjectNode o, String path, String key) {
        JsonNode node = o.get(key);
        if (node == null || node.isNull()) {
            errors.add(missingField(path, key));
            return null;
        }
        if (!node.isTextual()) {
            error(child(path, key), "must be text, got " + describe(node));
            return null;
        }
        return node.textValue();
    }

    private String optionalText(ObjectNode o, String path, String key, String fallback) {
        JsonNode node = o.get(key);
        if (node == null || node.isNull()) return fallback;
        if (!node.isTextual()) {
            unfaithful(child(path, key), "must be text, got " + describe(node));
            return fallback;
        }
        return node.textValue();
    }

    private Integer optionalInt(ObjectNode o, String path, String key) {
        JsonNode node = o.get(key);
        if (node == null || node.isNull()) return null;
        Object v = WHOLE_NUMBER.canonical(javaValue(node));
        if (v instanceof Long n && n == n.intValue()) return n.intValue();
        unfaithful(child(path, key), v instanceof Long ? "must be at most " + Integer.MAX_VALUE + ", got " + v
                : "must be a whole number, got " + describe(node));
        return null;
    }

    /** JSON as plain Java: Long/BigInteger, Double, Boolean, String, Map, List; null for JSON null. */
    static Object javaValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (node.isBoolean()) return node.booleanValue();
        if (node.isIntegralNumber()) return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        if (node.isNumber()) return node.doubleValue();
        if (node.isTextual()) return node.textValue();
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(javaValue(element)));
            return list;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), javaValue(e.getValue())));
            return map;
        }
        return node.toString();
    }

    private static String describe(JsonNode node) {
        return ValueText.of(javaValue(node));
    }

    private void error(String path, String message) {
        errors.add(new ValidationError(path, message));
    }

    /** An error after which a stand-in value is used; cross-part checks are skipped since they would judge it. */
    private void unfaithful(String path, String message) {
        error(path, message);
        faithful = false;
    }
}
