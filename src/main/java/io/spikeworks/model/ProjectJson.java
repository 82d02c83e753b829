package io.spikeworks.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;

import java.util.List;
import java.util.Map;

/**
 * The project file format: {@code {"format": "spikeworks-project", "version": 1, ...}}.
 *
 * <p>Writing is stable — fixed key order, parameters in catalog order, defaults written out and unset
 * optional parameters written as {@code null} — so a file documents every setting and diffs cleanly.
 * Reading validates everything and either returns a complete {@link Project} or throws a
 * {@link ProjectValidationException} listing every problem with its JSON path.
 */
public final class ProjectJson {

    public static final String FORMAT = "spikeworks-project";
    /** The version this build writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ComponentCatalog catalog;

    /** Reads against the application's {@link ComponentCatalog#standard()} catalog. */
    public ProjectJson() {
        this(ComponentCatalog.standard());
    }

    public ProjectJson(ComponentCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param sourceName shown in front of each error line, usually the file name; may be null
     * @throws ProjectValidationException with all problems, if the text is not a valid project
     */
    public Project parse(String json, String sourceName) {
        JsonNode root;
        try {
            root = StrictJson.parse(json);
        } catch (JsonSyntaxException e) {
            throw new ProjectValidationException(sourceName, List.of(e.error()));
        }
        return read(root, sourceName);
    }

    /** The same for a file's bytes, which must be UTF-8 (see {@link StrictJson#parse(byte[])}). */
    public Project parse(byte[] json, String sourceName) {
        JsonNode root;
        try {
            root = StrictJson.parse(json);
        } catch (JsonSyntaxException e) {
            throw new ProjectValidationException(sourceName, List.of(e.error()));
        }
        return read(root, sourceName);
    }

    /** Reads a tree {@link StrictJson} has accepted. */
    public Project read(JsonNode root, String sourceName) {
        ProjectReader reader = new ProjectReader(catalog);
        Project project = reader.read(root);
        if (!reader.errors().isEmpty()) throw new ProjectValidationException(sourceName, reader.errors());
        if (project == null) throw new IllegalStateException("project not built but no error reported");
        return project;
    }

    /** Pretty-printed, two-space indented, {@code "key": value}, ending with a newline. */
    public String toJson(Project p) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", FORMAT_VERSION);
        root.put("name", p.name());
        root.put("description", p.description());
        ObjectNode dataset = root.putObject("dataset");
        dataset.put("name", p.dataset().name());
        dataset.put(DatasetSpec.PATH, p.dataset().path());
        dataset.put(DatasetSpec.LIMIT_TRAIN, p.dataset().limitTrain());
        dataset.put(DatasetSpec.LIMIT_TEST, p.dataset().limitTest());
        // only when set, so that files of projects without one stay as they were
        if (p.dataset().holdOut() != null) dataset.put(DatasetSpec.HOLD_OUT, p.dataset().holdOut());
        root.set("encoder", component(NODES.objectNode(), p.encoder()));
        ObjectNode network = root.putObject("network");
        if (p.network().inputShape() == null) {
            network.putNull("inputShape");
        } else {
            ArrayNode shape = network.putArray("inputShape");
            p.network().inputShape().dims().forEach(shape::add);
        }
        ArrayNode layers = network.putArray("layers");
        for (LayerSpec layer : p.network().layers()) {
            ObjectNode l = NODES.objectNode();
            l.put("id", layer.id());
            component(l, layer.component());
            if (layer.neuron() != null) l.set("neuron", component(NODES.objectNode(), layer.neuron()));
            layers.add(l);
        }
        network.set("readout", component(NODES.objectNode(), p.network().readout()));
        root.set("algorithm", component(NODES.objectNode(), p.algorithm()));
        root.set("loss", component(NODES.objectNode(), p.loss()));
        root.put("chipProfile", p.chipProfile());
        ObjectNode training = root.putObject("training");
        for (ParamSpec setting : TrainingSpec.PARAMS) {
            training.set(setting.key(), MAPPER.valueToTree(p.training().get(setting.key())));
        }
        training.set("optimizer", component(NODES.objectNode(), p.training().optimizer()));
        training.set("schedule", component(NODES.objectNode(), p.training().schedule()));
        // only when set, so that files of projects without one stay as they were
        if (p.weights() != null) root.put("weights", p.weights());
        ObjectNode layout = root.putObject("layout");
        for (Map.Entry<String, NodePosition> e : p.layout().entrySet()) {
            ObjectNode position = layout.putObject(e.getKey());
            position.put("x", e.getValue().x());
            position.put("y", e.getValue().y());
        }
        try {
            return MAPPER.writer(prettyPrinter()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    /** Writes "type" and every parameter in catalog order into {@code target}. */
    private static ObjectNode component(ObjectNode target, Component c) {
        target.put("type", c.type());
        for (ParamSpec param : c.spec().params()) {
            Object value = c.params().get(param.key());
            if (value != null) target.set(param.key(), MAPPER.valueToTree(value));
            else if (param.optional()) target.putNull(param.key());
            // a required parameter without a value stays out; loading reports it as missing
        }
        return target;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
