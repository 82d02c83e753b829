package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.model.ProjectValidationException;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;
import io.spikeworks.model.file.ValidationError;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * With {@code "search": {"type": "random", "samples": N, "seed": S}} each block instead draws N settings from its
 * lists and ranges, and "training" may hold ranges too (see {@link RandomSearch}); labels then end in "#k".
 * An algorithm block that leaves out the surrogate takes the base project's, so all runs share one spike
 * derivative. The whole sweep is checked before its first run: the file (read strictly, see {@link StrictJson}), every
 * project it names, every run of the grid (each validated like a project file), and the number of runs
 * (at most {@value #MAX_RUNS}); a value list must not be empty.
 */
public record SweepPlan(String name, String description, List<SweepEntry> entries) {
    public static final String FORMAT = "spikeworks-sweep";
    public static final int FORMAT_VERSION = 1;
    /** More runs than anyone means to train in one go (the shipped sweep has 28); a typo in a grid can ask for millions. */
    public static final long MAX_RUNS = 1_000;
    /** A broken grid can fail in every cell; the first ones say enough. */
    private static final int MAX_REPORTED = 50;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> SHARED_ALGORITHM_KEYS = List.of("surrogate", "surrogateScale");
    private static final List<String> KEYS = List.of("format", "version", "name", "description", "codings", "training",
            "algorithms", "search");

    /**
     * Reads the sweep and every project it names, and checks every run of the grid, before any of them trains.
     *
     * @throws SweepFileException listing every problem (of the sweep file and of the projects and runs it makes)
     * @throws IOException        if the sweep file cannot be read
     */
    public static SweepPlan load(Path file) throws IOException {
        String where = file.getFileName().toString();
        JsonNode root;
        try {
            root = StrictJson.read(file);
        } catch (JsonSyntaxException e) {
            throw new SweepFileException(where, List.of(e.error()));
        }
        List<ValidationError> errors = new ArrayList<>();
        if (!root.isObject()) {
            throw new SweepFileException(where, List.of(new ValidationError("$", "must be a JSON object with \"format\": \""
                    + FORMAT + "\", got " + kind(root))));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) errors.add(new ValidationError("$." + key, "unknown field; a sweep has " + String.join(", ", KEYS)));
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.asText())) {
            throw new SweepFileException(where, List.of(new ValidationError("$.format", "not a sweep file (\"format\": \""
                    + FORMAT + "\" expected" + (format == null ? "" : ", got " + format) + ")")));
        }
        JsonNode version = root.get("version");
        if (version != null && (!version.canConvertToExactIntegral() || version.asLong() < 1))
            errors.add(new ValidationError("$.version", "must be a whole number ≥ 1, got " + version));
        else if (version != null && version.asLong() > FORMAT_VERSION)
            throw new SweepFileException(where, List.of(new ValidationError("$.version", "written by a newer Spikeworks "
                    + "(sweep format version " + version + "); this build reads version " + FORMAT_VERSION)));
        for (String key : List.of("name", "description"))
            if (root.has(key) && !root.get(key).isTextual())
                errors.add(new ValidationError("$." + key, "must be text, got " + kind(root.get(key))));
        JsonNode training = root.get("training");
        if (training != null && !training.isObject())
            errors.add(new ValidationError("$.training", "must be an object of training settings, got " + kind(training)));
        RandomSearch search = root.has("search") ? RandomSearch.read(root.get("search"), errors) : null;
        if (training != null && training.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = training.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                boolean ranged = f.getValue().isArray() || RandomSearch.isRange(f.getValue());
                if (ranged && search != null) RandomSearch.check(f.getValue(), "$.training." + f.getKey(), errors);
                else if (ranged && !root.has("search"))
                    errors.add(new ValidationError("$.training." + f.getKey(), "a list or range of training settings needs a "
                            + "random search: \"search\": {\"type\": \"random\", \"samples\": N, \"seed\": S}"));
            }
        }

        JsonNode codings = root.get("codings");
        if (codings == null || !codings.isObject() || codings.isEmpty()) {
            errors.add(new ValidationError("$.codings", "must map coding names to project files, e.g. {\"rate\": "
                    + "\"fashion-bp.json\"}, got " + (codings == null ? "nothing" : kind(codings))));
        }
        JsonNode algorithms = root.get("algorithms");
        List<ObjectNode> blocks = new ArrayList<>();
        long runsPerCoding = 0;
        if (algorithms == null || !algorithms.isArray() || algorithms.isEmpty()) {
            errors.add(new ValidationError("$.algorithms", "must be a non-empty list of algorithm blocks, e.g. [{\"type\": "
                    + "\"bptt\"}], got " + (algorithms == null ? "nothing" : kind(algorithms))));
        } else {
            for (int i = 0; i < algorithms.size(); i++) {
                long cells = checkBlock(algorithms.get(i), "$.algorithms[" + i + "]", search, root.has("search"), errors);
                if (cells > 0) blocks.add((ObjectNode) algorithms.get(i));
                runsPerCoding = saturatingAdd(runsPerCoding, cells);
            }
        }
        long runs = codings != null && codings.isObject() ? saturatingMultiply(runsPerCoding, codings.size()) : 0;
        if (runs > MAX_RUNS) {
            errors.add(new ValidationError("$.algorithms", String.format(Locale.ROOT, "the grid makes %s runs (%,d "
                    + "coding%s × %s algorithm settings); a sweep runs at most %,d: use fewer values, or split it into "
                    + "several sweeps", runs == Long.MAX_VALUE ? "more than 9·10¹⁸" : String.format(Locale.ROOT, "%,d", runs),
                    codings.size(), codings.size() == 1 ? "" : "s", runsPerCoding == Long.MAX_VALUE ? "more than 9·10¹⁸" : String.format(Locale.ROOT, "%,d",
                            runsPerCoding), MAX_RUNS)));
        }
        if (!errors.isEmpty()) throw new SweepFileException(where, errors);

        Path dir = file.toAbsolutePath().getParent();
        List<SweepEntry> entries = new ArrayList<>();
        ProjectJson json = new ProjectJson();
        for (Iterator<Map.Entry<String, JsonNode>> it = codings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            String codingPath = "$.codings" + (c.getKey().matches("[A-Za-z_][A-Za-z0-9_]*") ? "." + c.getKey()
                    : "['" + c.getKey().replace("'", "\\'") + "']");
            ObjectNode base = baseProject(dir, c.getValue(), codingPath, json, errors);
            if (base == null) continue;
            if (training != null && search == null) base.withObjectProperty("training").setAll((ObjectNode) training);
            for (int b = 0; b < blocks.size(); b++) {
                int blockIndex = indexOf(algorithms, blocks.get(b));
                for (Draw d : draws(blocks.get(b), blockIndex, search, (ObjectNode) training)) {
                    ObjectNode algorithm = d.algorithm();
                    inheritSurrogate(algorithm, base.path("algorithm"));
                    ObjectNode tree = base.deepCopy();
                    if (d.training() != null) tree.withObjectProperty("training").setAll(d.training());
                    tree.set("algorithm", algorithm);
                    String label = c.getKey() + " " + describe(algorithm) + d.suffix();
                    try {
                        entries.add(new SweepEntry(c.getKey(), label, json.read(tree, label)));
                    } catch (ProjectValidationException e) {
                        for (ValidationError v : e.errors())
                            errors.add(new ValidationError("$.algorithms[" + blockIndex + "]", "run '" + label + "' (project "
                                    + c.getValue().asText() + "): " + v));
                    }
                    if (errors.size() > MAX_REPORTED) break;
                }
            }
        }
        if (!errors.isEmpty()) {
            List<ValidationError> shown = errors.size() > MAX_REPORTED ? new ArrayList<>(errors.subList(0, MAX_REPORTED))
                    : errors;
            if (shown != errors) shown.add(new ValidationError("$", "… and more; fix these first"));
            throw new SweepFileException(where, shown);
        }
        List<String> labels = entries.stream().map(SweepEntry::label).toList();
        for (int i = 0; i < labels.size(); i++)
            if (labels.indexOf(labels.get(i)) != i)
                errors.add(new ValidationError("$.algorithms", "the run '" + labels.get(i) + "' comes twice; each run of a "
                        + "sweep must differ in some setting"));
        if (!errors.isEmpty()) throw new SweepFileException(where, errors);
        return new SweepPlan(root.path("name").asText(where), root.path("description").asText(""), List.copyOf(entries));
    }

    /** One run's algorithm block, with the training settings drawn for it (null on the grid) and its label's tail. */
    private record Draw(ObjectNode algorithm, ObjectNode training, String suffix) {}

    /** The grid's cells, or a random search's draws with the training settings each draw sampled. */
    private static List<Draw> draws(ObjectNode block, int blockIndex, RandomSearch search, ObjectNode training) {
        List<Draw> out = new ArrayList<>();
        if (search == null) {
            for (ObjectNode a : expand(block)) out.add(new Draw(a, null, ""));
            return out;
        }
        for (int k = 0; k < search.samples(); k++) {
            java.util.SplittableRandom rng = search.random(blockIndex, k);
            ObjectNode t = training == null ? null : RandomSearch.draw(training, rng);
            ObjectNode a = RandomSearch.draw(block, rng);
            StringBuilder tail = new StringBuilder();
            if (training != null)
                training.fields().forEachRemaining(f -> {
                    if (f.getValue().isArray() || RandomSearch.isRange(f.getValue()))
                        tail.append(' ').append(f.getKey()).append('=').append(t.get(f.getKey()).asText());
                });
            out.add(new Draw(a, t, tail + " #" + (k + 1)));
        }
        return out;
    }

    /** Checks one algorithm block; returns how many runs it makes (0 when it is broken). */
    private static long checkBlock(JsonNode block, String path, RandomSearch search, boolean searching,
                                   List<ValidationError> errors) {
        if (!block.isObject()) {
            errors.add(new ValidationError(path, "must be an object such as {\"type\": \"bptt\"}, got " + kind(block)));
            return 0;
        }
        JsonNode type = block.get("type");
        if (type == null || !type.isTextual()) {
            errors.add(new ValidationError(path + ".type", type == null ? "missing; every algorithm block names its algorithm"
                    : "must be the algorithm's name, got " + kind(type)));
            return 0;
        }
        if (searching) {
            boolean ok = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = block.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = f.getValue();
                if (v.isArray() || v.isObject()) ok &= RandomSearch.check(v, path + "." + f.getKey(), errors);
            }
            return ok && search != null ? search.samples() : 0;
        }
        long cells = 1;
        for (Iterator<Map.Entry<String, JsonNode>> it = block.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (RandomSearch.isRange(v)) {
                errors.add(new ValidationError(path + "." + f.getKey(), "a range needs a random search: \"search\": "
                        + "{\"type\": \"random\", \"samples\": N, \"seed\": S}; the grid takes a list of values"));
                return 0;
            }
            if (!v.isArray()) continue;
            if (v.isEmpty()) {
                errors.add(new ValidationError(path + "." + f.getKey(), "an empty list gives no runs; give at least one value"));
                return 0;
            }
            for (int i = 0; i < v.size(); i++) {
                if (v.get(i).isContainerNode()) {
                    errors.add(new ValidationError(path + "." + f.getKey() + "[" + i + "]", "must be a single value, got "
                            + kind(v.get(i))));
                    return 0;
                }
            }
            cells = saturatingMultiply(cells, v.size());
        }
        return cells;
    }

    /** The coding's project, read and validated as a project file; null (with errors added) when it cannot be used. */
    private static ObjectNode baseProject(Path dir, JsonNode name, String path, ProjectJson json,
                                          List<ValidationError> errors) {
        if (!name.isTextual() || name.asText().isBlank()) {
            errors.add(new ValidationError(path, "must be a project file name, got " + kind(name)));
            return null;
        }
        Path projectFile = dir.resolve(name.asText());
        JsonNode tree;
        try {
            tree = StrictJson.read(projectFile);
        } catch (NoSuchFileException e) {
            errors.add(new ValidationError(path, "no such file: " + projectFile));
            return null;
        } catch (IOException e) {
            errors.add(new ValidationError(path, "cannot read " + projectFile + ": " + e.getMessage()));
            return null;
        } catch (JsonSyntaxException e) {
            errors.add(new ValidationError(path, name.asText() + ": " + e.error()));
            return null;
        }
        try {
            json.read(tree, name.asText());
        } catch (ProjectValidationException e) {
            for (ValidationError v : e.errors()) errors.add(new ValidationError(path, name.asText() + ": " + v));
            return null;
        }
        return (ObjectNode) tree;
    }

    private static int indexOf(JsonNode array, JsonNode element) {
        for (int i = 0; i < array.size(); i++) if (array.get(i) == element) return i;
        return -1;
    }

    private static String kind(JsonNode n) {
        if (n.isObject()) return "an object";
        if (n.isArray()) return n.isEmpty() ? "an empty list" : "a list";
        if (n.isTextual()) return "text '" + n.asText() + "'";
        if (n.isNull()) return "null";
        return n.toString();
    }

    private static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }

    private static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
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

    private static void inheritSurrogate(ObjectNode algorithm, JsonNode baseAlgorithm) {
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
