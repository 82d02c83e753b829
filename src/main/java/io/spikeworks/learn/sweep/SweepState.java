package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.model.file.AtomicFiles;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a sweep's output folder has finished, in {@value #FILE}: the settings it was started with (the command-line
 * overrides that are not part of the projects) and one row per configuration that ended, each with a fingerprint of
 * the project it trained. {@code --resume} skips a configuration whose row is finished and whose fingerprint still
 * matches; a failed one, a missing one and one whose project changed since are trained. Rewritten atomically after
 * every configuration, so a killed driver leaves every finished row behind.
 */
public final class SweepState {
    public static final String FILE = "sweep-state.json";
    public static final String FORMAT = "spikeworks-sweep-state";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private record Row(String fingerprint, SweepResult result) {}

    private final String sweepName;
    private final ObjectNode settings;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    private SweepState(String sweepName, ObjectNode settings) {
        this.sweepName = sweepName;
        this.settings = settings.deepCopy();
    }

    public static SweepState fresh(String sweepName, ObjectNode settings) {
        return new SweepState(sweepName, settings);
    }

    /** Settings as the state file holds them: the overrides given on the command line, null when not given. */
    public static ObjectNode settings(Integer epochs, Integer limitTrain, Integer limitTest, Long seed) {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("epochs", epochs);
        s.put("limitTrain", limitTrain);
        s.put("limitTest", limitTest);
        s.put("seed", seed);
        return s;
    }

    /** The project as it trains, hashed: a configuration whose project changed is not the one that finished. */
    public static String fingerprint(Project p) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(new ProjectJson().toJson(p).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /**
     * Reads the folder's state file, strictly.
     *
     * @return empty when the folder has none
     * @throws IllegalArgumentException naming the file and the JSON path of what is wrong in it
     */
    public static Optional<SweepState> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) return Optional.empty();
        String where = file.toString();
        JsonNode root;
        try {
            root = StrictJson.read(file);
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage() + "; delete it to start the sweep again");
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText()))
            throw new IllegalArgumentException(where + ": $.format: not a sweep state file (\"format\": \"" + FORMAT + "\" expected)");
        JsonNode version = root.path("version");
        if (!version.canConvertToExactIntegral() || version.asInt() != VERSION)
            throw new IllegalArgumentException(where + ": $.version: this build reads version " + VERSION + ", got " + version);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!List.of("format", "version", "sweep", "settings", "runs").contains(k))
                throw new IllegalArgumentException(where + ": $." + k + ": unknown field");
        }
        if (!root.path("sweep").isTextual()) throw new IllegalArgumentException(where + ": $.sweep: must be the sweep's name");
        if (!root.path("settings").isObject()) throw new IllegalArgumentException(where + ": $.settings: must be an object");
        JsonNode runs = root.path("runs");
        if (!runs.isArray()) throw new IllegalArgumentException(where + ": $.runs: must be a list");
        SweepState s = new SweepState(root.get("sweep").asText(), (ObjectNode) root.get("settings"));
        for (int i = 0; i < runs.size(); i++) {
            String path = "$.runs[" + i + "]";
            JsonNode r = runs.get(i);
            if (!r.isObject() || !r.path("fingerprint").isTextual() || r.size() != 2)
                throw new IllegalArgumentException(where + ": " + path + ": must be {\"fingerprint\": \"…\", \"result\": {…}}");
            SweepResult result;
            try {
                result = SweepResultJson.read(r.path("result"), path + ".result");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
            if (s.rows.containsKey(result.label()))
                throw new IllegalArgumentException(where + ": " + path + ".result.label: '" + result.label() + "' comes twice");
            s.rows.put(result.label(), new Row(r.get("fingerprint").asText(), result));
        }
        return Optional.of(s);
    }

    /**
     * @throws IllegalArgumentException when the folder was swept with other overrides: mixing them would make one
     *                                  table of runs that are not comparable
     */
    public void requireSameSettings(ObjectNode now, Path dir) {
        if (settings.equals(now)) return;
        List<String> diffs = new ArrayList<>();
        for (Iterator<String> it = now.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            JsonNode was = settings.path(k);
            JsonNode is = now.get(k);
            if (!was.equals(is)) diffs.add("--" + option(k) + " " + text(was) + " then, " + text(is) + " now");
        }
        throw new IllegalArgumentException(dir + " holds a sweep started with other options (" + String.join("; ", diffs)
                + "); resume with the same options, or give another --out");
    }

    private static String option(String key) {
        return key.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? "not given" : v.asText();
    }

    public String sweepName() {
        return sweepName;
    }

    /** The finished row of this configuration, when its project is still the one it trained. */
    public Optional<SweepResult> finished(String label, String fingerprint) {
        Row r = rows.get(label);
        return r != null && r.result.status().finished() && r.fingerprint.equals(fingerprint)
                ? Optional.of(r.result) : Optional.empty();
    }

    public void put(String fingerprint, SweepResult result) {
        rows.put(result.label(), new Row(fingerprint, result));
    }

    public int size() {
        return rows.size();
    }

    /** The rows of these configurations, in this order, leaving out those without one. */
    public List<SweepResult> rows(List<String> labels) {
        List<SweepResult> out = new ArrayList<>();
        for (String l : labels) {
            Row r = rows.get(l);
            if (r != null) out.add(r.result);
        }
        return out;
    }

    public void save(Path dir) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("sweep", sweepName);
        root.set("settings", settings);
        ArrayNode runs = root.putArray("runs");
        for (Row r : rows.values()) {
            ObjectNode n = runs.addObject();
            n.put("fingerprint", r.fingerprint);
            n.set("result", SweepResultJson.write(r.result));
        }
        AtomicFiles.writeString(dir.resolve(FILE), MAPPER.writeValueAsString(root) + "\n");
    }
}
