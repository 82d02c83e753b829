package io.spikeworks.edit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.NodePosition;
import io.spikeworks.model.ParamSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.model.TensorShape;
import io.spikeworks.model.TrainingSpec;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole {@link Draft} as JSON, for the recovery file: the project in the project-file format plus the canvas
 * links under {@code "builderLinks"}. Unlike opening a project file, reading does not validate — work in progress
 * is often not a valid project yet, and the point of recovery is to get it back as it was. Unknown component types
 * or unknown parameters still fail (with {@link IllegalArgumentException}).
 */
public final class DraftJson {
    public static final String LINKS = "builderLinks";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ComponentCatalog catalog;

    public DraftJson(ComponentCatalog catalog) {
        this.catalog = catalog;
    }

    public String write(Draft d) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(new ProjectJson(catalog).toJson(d.project()));
            ArrayNode links = root.putArray(LINKS);
            for (Link l : d.links()) links.addArray().add(l.from()).add(l.to());
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    public Draft read(String json) {
        JsonNode root;
        try {
            root = StrictJson.parse(json);
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException("not valid: " + e.error(), e);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("not a project object");
        JsonNode ds = root.path("dataset");
        DatasetSpec dataset = new DatasetSpec(ds.path("name").asText(), text(ds.get("path")), integer(ds.get("limitTrain")),
                integer(ds.get("limitTest")), integer(ds.get(DatasetSpec.HOLD_OUT)));
        JsonNode net = root.path("network");
        TensorShape input = null;
        if (net.get("inputShape") != null && net.get("inputShape").isArray()) {
            List<Integer> dims = new ArrayList<>();
            net.get("inputShape").forEach(n -> dims.add(n.asInt()));
            input = new TensorShape(dims);
        }
        List<LayerSpec> layers = new ArrayList<>();
        for (JsonNode l : net.path("layers")) {
            Component neuron = l.hasNonNull("neuron") ? component(ComponentFamily.NEURON, l.get("neuron")) : null;
            layers.add(new LayerSpec(l.path("id").asText(), component(ComponentFamily.LAYER, l), neuron));
        }
        NetworkSpec network = new NetworkSpec(input, layers, component(ComponentFamily.READOUT, net.path("readout")));
        JsonNode tr = root.path("training");
        TrainingSpec training = new TrainingSpec(
                tr.path(TrainingSpec.EPOCHS).asInt(1), tr.path(TrainingSpec.BATCH_SIZE).asInt(64),
                tr.path(TrainingSpec.TIME_STEPS).asInt(25), tr.path(TrainingSpec.SEED).asLong(42),
                tr.path(TrainingSpec.LEARNING_RATE).asDouble(1e-3),
                component(ComponentFamily.OPTIMIZER, tr.path("optimizer")),
                component(ComponentFamily.SCHEDULE, tr.path("schedule")));
        Map<String, NodePosition> layout = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("layout").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            layout.put(e.getKey(), new NodePosition(e.getValue().path("x").asDouble(), e.getValue().path("y").asDouble()));
        }
        Project p = new Project(root.path("name").asText(""), root.path("description").asText(""), dataset,
                component(ComponentFamily.ENCODER, root.path("encoder")), network,
                component(ComponentFamily.ALGORITHM, root.path("algorithm")),
                component(ComponentFamily.LOSS, root.path("loss")), text(root.get("chipProfile")), training, layout,
                text(root.get("weights")));
        Set<Link> links = new LinkedHashSet<>();
        for (JsonNode l : root.path(LINKS)) links.add(new Link(l.path(0).asText(), l.path(1).asText()));
        return new Draft(p, links).synced();
    }

    private Component component(ComponentFamily family, JsonNode node) {
        ComponentSpec spec = catalog.require(family, node.path("type").asText());
        Map<String, Object> params = new LinkedHashMap<>();
        for (ParamSpec ps : spec.params()) {
            JsonNode v = node.get(ps.key());
            if (v == null || v.isNull()) continue;
            Object value;
            if (v.isIntegralNumber()) value = v.asLong();
            else if (v.isNumber()) value = v.asDouble();
            else if (v.isBoolean()) value = v.asBoolean();
            else value = v.asText();
            params.put(ps.key(), value);
        }
        return new Component(spec, params);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Integer integer(JsonNode n) {
        return n == null || n.isNull() ? null : n.asInt();
    }
}
