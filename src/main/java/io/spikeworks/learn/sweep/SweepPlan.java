package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.ProjectJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep file expanded into its runs. The file names one base project per coding and a list of algorithm
 * blocks; in a block, a parameter given as an array expands into one run per value (the cartesian product over
 * all array-valued parameters, in key order). Every algorithm block runs on every coding.
 * <pre>
 * {"format": "spikeworks-sweep", "version": 1, "name": "...",
 *  "codings": {"rate": "fashion-bp.json", "ttfs": "fashion-bp-ttfs.json"},     paths relative to the sweep file
 *  "training": {"epochs": 20},                                                optional, merged into each project
 *  "algorithms": [{"type": "bptt"}, {"type": "fbp", "phi": [10, 100, 1000]}, ...]}
 * </pre>
 * An algorithm block that leaves out the surrogate takes the base project's, so all runs share one spike
 * derivative. Each expanded project is validated like a project file.
 */
public record SweepPlan(String name, String description, List<SweepEntry> entries) {
    public static final String FORMAT = "spikeworks-sweep";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> SHARED_ALGORITHM_KEYS = List.of("surrogate", "surrogateScale");

    public static SweepPlan load(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        String where = file.getFileName().toString();
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText()))
            throw new IllegalArgumentException(where + ": not a sweep file (\"format\": \"" + FORMAT + "\" expected)");
        JsonNode codings = root.path("codings");
        JsonNode algorithms = root.path("algorithms");
        if (!codings.isObject() || codings.isEmpty())
            throw new IllegalArgumentException(where + ": \"codings\" must map coding names to project files");
        if (!algorithms.isArray() || algorithms.isEmpty())
            throw new IllegalArgumentException(where + ": \"algorithms\" must be a non-empty list");
        Path dir = file.toAbsolutePath().getParent();
        List<SweepEntry> entries = new ArrayList<>();
        ProjectJson json = new ProjectJson();
        for (Iterator<Map.Entry<String, JsonNode>> it = codings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            Path projectFile = dir.resolve(c.getValue().asText());
            String text = Files.readString(projectFile, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            ObjectNode base = (ObjectNode) MAPPER.readTree(text);
            if (root.path("training").isObject()) ((ObjectNode) base.with("training")).setAll((ObjectNode) root.get("training"));
            for (JsonNode block : algorithms) {
                if (!block.isObject() || !block.has("type"))
                    throw new IllegalArgumentException(where + ": every algorithm block needs a \"type\"");
                for (ObjectNode algorithm : expand((ObjectNode) block)) {
                    inheritSurrogate(algorithm, (ObjectNode) base.path("algorithm"));
                    ObjectNode tree = base.deepCopy();
                    tree.set("algorithm", algorithm);
                    String label = c.getKey() + " " + describe(algorithm);
                    entries.add(new SweepEntry(c.getKey(), label, json.parse(tree.toString(), label)));
                }
            }
        }
        return new SweepPlan(root.path("name").asText(where), root.path("description").asText(""), List.copyOf(entries));
    }

    /** The cartesian product over array-valued parameters. */
    static List<ObjectNode> expand(ObjectNode block) {
        List<ObjectNode> out = new ArrayList<>();
        out.add(MAPPER.createObjectNode());
        for (Iterator<Map.Entry<String, JsonNode>> it = block.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            List<JsonNode> values = new ArrayList<>();
            if (f.getValue().isArray()) ((ArrayNode) f.getValue()).forEach(values::add);
            else values.add(f.getValue());
            List<ObjectNode> next = new ArrayList<>();
            for (ObjectNode partial : out)
                for (JsonNode v : values) {
                    ObjectNode copy = partial.deepCopy();
                    copy.set(f.getKey(), v);
                    next.add(copy);
                }
            out = next;
        }
        return out;
    }

    private static void inheritSurrogate(ObjectNode algorithm, ObjectNode baseAlgorithm) {
        ComponentSpec spec = ComponentCatalog.standard().find(ComponentFamily.ALGORITHM, algorithm.path("type").asText())
                .orElse(null);
        if (spec == null) return; // the project parser reports the unknown type
        for (String key : SHARED_ALGORITHM_KEYS)
            if (!algorithm.has(key) && baseAlgorithm.has(key) && spec.findParam(key).isPresent())
                algorithm.set(key, baseAlgorithm.get(key));
    }

    /** "fbp phi=100 transport=random fraction=0.1", leaving out the inherited surrogate settings. */
    static String describe(ObjectNode algorithm) {
        Map<String, String> parts = new LinkedHashMap<>();
        algorithm.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("type") && !SHARED_ALGORITHM_KEYS.contains(f.getKey()))
                parts.put(f.getKey(), f.getValue().asText());
        });
        StringBuilder sb = new StringBuilder(algorithm.path("type").asText());
        parts.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }
}
