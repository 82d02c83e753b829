package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one configuration of a sweep produced: its row and its run files (metrics.csv, summary.json, … by name; none
 * when it failed before training). As JSON text it travels back from a cluster's executor to the driver.
 */
public record SweepOutcome(SweepResult result, Map<String, String> files) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public SweepOutcome {
        files = Map.copyOf(new LinkedHashMap<>(files));
    }

    public String toJson() {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("result", SweepResultJson.write(result));
        ObjectNode f = n.putObject("files");
        files.forEach(f::put);
        return n.toString();
    }

    /** @throws IllegalArgumentException when the text is not an outcome this build wrote */
    public static SweepOutcome fromJson(String text) {
        JsonNode n;
        try {
            n = StrictJson.parse(text);
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException("a configuration's result: " + e.getMessage());
        }
        JsonNode f = n.path("files");
        if (!f.isObject()) throw new IllegalArgumentException("a configuration's result: $.files must be an object");
        Map<String, String> files = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || !e.getKey().matches("[A-Za-z0-9._-]+"))
                throw new IllegalArgumentException("a configuration's result: $.files." + e.getKey() + ": must be text under a plain file name");
            files.put(e.getKey(), e.getValue().asText());
        }
        return new SweepOutcome(SweepResultJson.read(n.path("result"), "$.result"), files);
    }
}
