package io.spikeworks.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings in which two projects differ, read from their JSON, for a comparison's legend ("lr 0.001 → 0.002").
 * What does not change training is left out: the name, description, canvas layout, lesson and file format.
 * Layers are matched by their {@code id}, so inserting one reads as one layer added, not every later one changed.
 */
public final class ProjectDifference {
    /** A setting at {@code path} (dotted, layers by id: {@code network.layers.hidden1.units}); null where absent. */
    public record Change(String path, String before, String after) {
        /** The legend's name of the setting: a short one for the common ones, else the last two path parts. */
        public String shortName() {
            String s = SHORT_NAMES.get(path);
            if (s != null) return s;
            String p = path.startsWith("network.layers.") ? path.substring("network.layers.".length()) : path;
            String[] parts = p.split("\\.");
            return parts.length <= 2 ? p : parts[parts.length - 2] + "." + parts[parts.length - 1];
        }

        /** "lr 0.001 → 0.002"; "hidden3 added" / "hidden3 removed" for a whole layer or setting. */
        public String text() {
            if (before == null) return shortName() + " added" + (after.startsWith("{") ? "" : " (" + after + ")");
            if (after == null) return shortName() + " removed";
            return shortName() + " " + before + " → " + after;
        }
    }

    private static final Set<String> IGNORED = Set.of("format", "version", "name", "description", "layout", "lesson");
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "training.learningRate", "lr",
            "training.batchSize", "batch size",
            "training.epochs", "epochs",
            "training.timeSteps", "time steps",
            "training.seed", "seed",
            "algorithm.type", "algorithm",
            "encoder.type", "encoder",
            "chipProfile", "chip",
            "dataset.name", "data set",
            "training.optimizer.type", "optimiser");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProjectDifference() {}

    /**
     * The changes from project {@code before} to {@code after}, in document order.
     *
     * @throws IllegalArgumentException naming which of the two is not JSON
     */
    public static List<Change> between(String before, String after) {
        List<Change> out = new ArrayList<>();
        diff("", tree(before, "the first project"), tree(after, "the second project"), out);
        return out;
    }

    /**
     * A legend's line: at most {@code max} changes, then "+N more"; "same settings" when nothing differs.
     */
    public static String summary(List<Change> changes, int max) {
        if (changes.isEmpty()) return "same settings";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(max, changes.size()); i++) b.append(i == 0 ? "" : ", ").append(changes.get(i).text());
        if (changes.size() > max) b.append(", +").append(changes.size() - max).append(" more");
        return b.toString();
    }

    private static JsonNode tree(String json, String which) {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || !n.isObject()) throw new IllegalArgumentException(which + " is not a JSON object");
            return n;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(which + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<Change> out) {
        boolean aMissing = a == null || a.isMissingNode();
        boolean bMissing = b == null || b.isMissingNode();
        if (aMissing && bMissing) return;
        if (aMissing || bMissing) {
            out.add(new Change(path, aMissing ? null : show(a), bMissing ? null : show(b)));
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                if (path.isEmpty() && IGNORED.contains(k)) continue;
                diff(path.isEmpty() ? k : path + "." + k, a.get(k), b.get(k), out);
            }
        } else if (a.isArray() && b.isArray() && byId(a) && byId(b)) {
            Set<String> ids = new LinkedHashSet<>();
            for (JsonNode e : a) ids.add(e.get("id").asText());
            for (JsonNode e : b) ids.add(e.get("id").asText());
            for (String id : ids) diff(path + "." + id, element(a, id), element(b, id), out);
        } else if (a.isNumber() && b.isNumber()) {
            if (a.decimalValue().compareTo(b.decimalValue()) != 0) out.add(new Change(path, show(a), show(b)));
        } else if (!a.equals(b)) {
            out.add(new Change(path, show(a), show(b))); // values, arrays without ids, or a value's kind changed
        }
    }

    /** Whether every element is an object with a text {@code id} (layers), so elements pair by id. */
    private static boolean byId(JsonNode array) {
        for (JsonNode e : array) if (!e.isObject() || !e.path("id").isTextual()) return false;
        return true;
    }

    private static JsonNode element(JsonNode array, String id) {
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            if (id.equals(e.get("id").asText())) return e;
        }
        return null;
    }

    private static String show(JsonNode n) {
        if (n.isNull()) return "none";
        if (n.isNumber()) return number(n.decimalValue());
        return n.isValueNode() ? n.asText() : n.toString();
    }

    /** As a person writes it: 0.0005 and 20, not 5.0E-4 and 20.0; "1e-8" only where plain digits get long. */
    static String number(BigDecimal v) {
        BigDecimal d = v.stripTrailingZeros();
        if (d.signum() == 0) return "0";
        BigDecimal abs = d.abs();
        if (abs.compareTo(new BigDecimal("1e-4")) >= 0 && abs.compareTo(new BigDecimal("1e7")) < 0) return d.toPlainString();
        return d.toString().replace("E+", "e").replace("E", "e");
    }
}
