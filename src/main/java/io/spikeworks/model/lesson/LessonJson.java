package io.spikeworks.model.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.model.ProjectValidationException;
import io.spikeworks.model.file.JsonLines;
import io.spikeworks.model.file.JsonPaths;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;
import io.spikeworks.model.file.Suggestions;
import io.spikeworks.model.file.ValidationError;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lesson file format: {@code {"format": "spikeworks-lesson", "version": 1, "title", "summary", "thumbnail",
 * "project": {a whole spikeworks-project}, "steps": [...]}}; see {@link LessonStep} for a step's keys.
 *
 * <p>Reading is strict: unknown keys, wrong types and bad values are all reported (not just the first), each with
 * its JSON path and line. Every step's settings are applied and the resulting project checked like a project file,
 * so a lesson that loads plays every step. A lesson whose algorithm this build lacks says so in one line.
 */
public final class LessonJson {
    public static final String FORMAT = "spikeworks-lesson";
    /** The version this build writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** Inspector field ids a step may hide or lock, by their prefix; {@code palette.X} names a layer type. */
    static final List<String> FIELD_PREFIXES = List.of("project", "dataset", "encoder", "algorithm", "training",
            "optimizer", "schedule", "chip", "layer", "neuron", "readout", "loss", "palette");
    private static final Pattern CONTROL_ID = Pattern.compile("([a-z]+)\\.([A-Za-z0-9_-]+|\\*)");
    private static final Pattern SET_SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[(\\d+)])?");
    private static final List<String> TOP_KEYS = List.of("format", "version", "title", "summary", "thumbnail", "project", "steps");
    private static final List<String> STEP_KEYS = List.of("title", "text", "set", "show", "hidden", "locked", "prompt", "until");

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The live-view tab and view ids a step may {@code show}; the UI knows them, the format does not. */
    public record Vocabulary(Set<String> views) {
        public Vocabulary {
            views = Set.copyOf(views);
        }
    }

    private final ComponentCatalog catalog;
    private final ProjectJson projects;
    private final Vocabulary vocabulary;

    public LessonJson(ComponentCatalog catalog, Vocabulary vocabulary) {
        this.catalog = catalog;
        this.projects = new ProjectJson(catalog);
        this.vocabulary = vocabulary;
    }

    /**
     * @param sourceName shown in front of each error line, usually the file name; may be null
     * @throws LessonValidationException with every problem, if the text is not a lesson that can play
     */
    public Lesson parse(String json, String sourceName) {
        JsonNode root;
        try {
            root = StrictJson.parse(json); // one reader for every file: duplicate keys, trailing content, numbers
        } catch (JsonSyntaxException e) {
            throw new LessonValidationException(sourceName, List.of(e.error()));
        }
        Reader r = new Reader(JsonLines.of(json));
        Lesson lesson = r.lesson(root);
        if (!r.errors.isEmpty()) throw new LessonValidationException(sourceName, r.errors);
        return lesson;
    }

    /** One reading: collects every problem, each with the line it is on. */
    private final class Reader {
        final JsonLines lines;
        final List<ValidationError> errors = new ArrayList<>();

        Reader(JsonLines lines) {
            this.lines = lines;
        }

        void error(String path, String message) {
            int line = lines.lineOf(path);
            errors.add(new ValidationError(path, message + (line > 0 ? " (line " + line + ")" : "")));
        }

        Lesson lesson(JsonNode root) {
            String $ = JsonPaths.ROOT;
            if (!root.isObject()) { // an empty file is refused by StrictJson already
                error($, "must be a JSON object (a lesson), got " + kind(root));
                return null;
            }
            JsonNode format = root.get("format");
            if (format == null || !format.isTextual()) {
                error(JsonPaths.child($, "format"), "missing; a lesson file says \"format\": \"" + FORMAT + "\"");
                return null;
            }
            if (!FORMAT.equals(format.asText())) {
                error(JsonPaths.child($, "format"), "this is a \"" + format.asText() + "\" file, not a lesson (\"" + FORMAT + "\")");
                return null;
            }
            JsonNode version = root.get("version");
            if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
                error(JsonPaths.child($, "version"), "missing or not a whole number; this build reads version " + FORMAT_VERSION);
                return null;
            }
            if (version.asInt() > FORMAT_VERSION) {
                error(JsonPaths.child($, "version"), "written by a newer Spikeworks (version " + version.asInt()
                        + "); this build reads up to version " + FORMAT_VERSION);
                return null;
            }
            unknownKeys(root, $, TOP_KEYS);
            String title = text(root, $, "title", true);
            String summary = text(root, $, "summary", false);
            String thumbnail = text(root, $, "thumbnail", false);
            if (thumbnail != null && (thumbnail.contains("..") || thumbnail.startsWith("/") || thumbnail.contains("\\"))) {
                error(JsonPaths.child($, "thumbnail"), "must be a file name next to the lesson, got \"" + thumbnail + "\"");
            }

            String projectPath = JsonPaths.child($, "project");
            JsonNode projectNode = root.get("project");
            Project base = null;
            if (projectNode == null) error(projectPath, "missing; a lesson holds the whole project it starts from");
            else if (!projectNode.isObject()) error(projectPath, "must be a project object, got " + kind(projectNode));
            else if (algorithmAvailable(projectNode, projectPath)) base = project(projectNode, projectPath, null);

            String stepsPath = JsonPaths.child($, "steps");
            JsonNode stepsNode = root.get("steps");
            List<LessonStep> steps = new ArrayList<>();
            List<Project> stepProjects = new ArrayList<>();
            if (stepsNode == null || !stepsNode.isArray() || stepsNode.isEmpty()) {
                error(stepsPath, "must be a list of at least one step");
            } else {
                ObjectNode current = projectNode != null && projectNode.isObject() ? (ObjectNode) projectNode.deepCopy() : null;
                for (int i = 0; i < stepsNode.size(); i++) {
                    String p = JsonPaths.index(stepsPath, i);
                    JsonNode s = stepsNode.get(i);
                    if (!s.isObject()) {
                        error(p, "must be a step object, got " + kind(s));
                        continue;
                    }
                    LessonStep step = step(s, p);
                    if (step == null) continue;
                    steps.add(step);
                    if (current != null && base != null) {
                        current = apply(current, step.set(), JsonPaths.child(p, "set"));
                        Project stepProject = current == null ? null : project(current, JsonPaths.child(p, "set"), p);
                        if (stepProject == null) current = null;
                        else stepProjects.add(stepProject);
                    }
                }
            }
            if (!errors.isEmpty() || title == null || base == null) return null;
            return new Lesson(title, summary == null ? "" : summary, thumbnail, base, steps, stepProjects);
        }

        /** False, with one clear line, when the lesson's algorithm is not in this build. */
        boolean algorithmAvailable(JsonNode project, String projectPath) {
            JsonNode type = project.path("algorithm").path("type");
            if (!type.isTextual()) return true; // the project reader reports it
            if (catalog.find(ComponentFamily.ALGORITHM, type.asText()).isPresent()) return true;
            error(JsonPaths.child(JsonPaths.child(projectPath, "algorithm"), "type"), "this lesson needs the \""
                    + type.asText() + "\" training algorithm, which this version of Spikeworks does not have yet");
            return false;
        }

        /** The project in {@code node}, or null with its problems reported under {@code at} ({@code step}'s set if given). */
        Project project(JsonNode node, String at, String step) {
            try {
                return projects.parse(node.toString(), null);
            } catch (ProjectValidationException e) {
                for (ValidationError pe : e.errors()) {
                    if (step == null) error(at + pe.path().substring(1), pe.message());
                    else error(at, "makes the project invalid: " + pe);
                }
                return null;
            }
        }

        LessonStep step(JsonNode s, String p) {
            int before = errors.size();
            unknownKeys(s, p, STEP_KEYS);
            String title = text(s, p, "title", true);
            String text = text(s, p, "text", true);
            String prompt = text(s, p, "prompt", false);
            String show = text(s, p, "show", false);
            if (show != null && !vocabulary.views().contains(show)) {
                error(JsonPaths.child(p, "show"), "no live view or tab \"" + show + "\"" + Suggestions.forField(show,
                        vocabulary.views().stream().sorted().toList()).replace("known fields", "known views"));
            }
            Map<String, Object> set = new LinkedHashMap<>();
            JsonNode setNode = s.get("set");
            if (setNode != null && !setNode.isObject()) error(JsonPaths.child(p, "set"), "must be an object of setting: value, got " + kind(setNode));
            else if (setNode != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = setNode.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String path = JsonPaths.child(JsonPaths.child(p, "set"), e.getKey());
                    JsonNode v = e.getValue();
                    if (v.isArray()) error(path, "must be a number, text, true/false, null or a whole component object, got " + kind(v));
                    else set.put(e.getKey(), MAPPER.convertValue(v, Object.class));
                }
            }
            List<String> hidden = controls(s, p, "hidden");
            List<String> locked = controls(s, p, "locked");
            StepEnd until = until(s.get("until"), JsonPaths.child(p, "until"));
            if (errors.size() > before || title == null || text == null) return null;
            return new LessonStep(title, text, set, show, hidden, locked, prompt, until);
        }

        List<String> controls(JsonNode s, String p, String key) {
            JsonNode n = s.get(key);
            List<String> out = new ArrayList<>();
            if (n == null) return out;
            String path = JsonPaths.child(p, key);
            if (!n.isArray()) {
                error(path, "must be a list of control ids such as \"algorithm.lr\" or \"palette.*\", got " + kind(n));
                return out;
            }
            for (int i = 0; i < n.size(); i++) {
                JsonNode id = n.get(i);
                String ip = JsonPaths.index(path, i);
                if (!id.isTextual()) {
                    error(ip, "must be a control id text, got " + kind(id));
                    continue;
                }
                Matcher m = CONTROL_ID.matcher(id.asText());
                if (!m.matches()) {
                    error(ip, "\"" + id.asText() + "\" is not a control id: write section.field (\"training.epochs\") or section.* (\"algorithm.*\")");
                } else if (!FIELD_PREFIXES.contains(m.group(1))) {
                    error(ip, "no section \"" + m.group(1) + "\"" + Suggestions.forField(m.group(1), FIELD_PREFIXES));
                } else if (m.group(1).equals("palette") && !m.group(2).equals("*")
                        && catalog.find(ComponentFamily.LAYER, m.group(2)).isEmpty()) {
                    error(ip, "no layer type \"" + m.group(2) + "\" in the palette"
                            + Suggestions.forField(m.group(2), catalog.typeIds(ComponentFamily.LAYER)).replace("known fields", "known types"));
                } else {
                    out.add(id.asText());
                }
            }
            return out;
        }

        StepEnd until(JsonNode n, String path) {
            if (n == null || (n.isTextual() && n.asText().equals("user"))) return StepEnd.USER;
            String expected = "must be \"user\", {\"batches\": N} or {\"score\": x} with 0 < x ≤ 1";
            if (!n.isObject() || n.size() != 1) {
                error(path, expected + ", got " + n);
                return StepEnd.USER;
            }
            if (n.has("batches")) {
                JsonNode b = n.get("batches");
                if (!b.isIntegralNumber() || b.asLong() < 1) error(JsonPaths.child(path, "batches"), "must be a whole number ≥ 1, got " + b);
                else return StepEnd.afterBatches(b.asLong());
            } else if (n.has("score")) {
                JsonNode a = n.get("score");
                if (!a.isNumber() || !(a.asDouble() > 0 && a.asDouble() <= 1)) error(JsonPaths.child(path, "score"), "must be a number in (0, 1], got " + a);
                else return StepEnd.atScore(a.asDouble());
            } else {
                error(path, expected + ", got " + n);
            }
            return StepEnd.USER;
        }

        /** {@code project} with the step's settings written in, or null if a setting names nothing there. */
        ObjectNode apply(ObjectNode project, Map<String, Object> set, String setPath) {
            ObjectNode out = project.deepCopy();
            boolean ok = true;
            for (Map.Entry<String, Object> e : set.entrySet()) {
                String at = JsonPaths.child(setPath, e.getKey());
                JsonNode node = out;
                String[] parts = e.getKey().split("\\.", -1);
                for (int i = 0; i < parts.length && node != null; i++) {
                    Matcher m = SET_SEGMENT.matcher(parts[i]);
                    boolean last = i == parts.length - 1;
                    if (!m.matches()) {
                        error(at, "\"" + e.getKey() + "\" is not a setting path; write e.g. training.epochs or network.layers[0].units");
                        node = null;
                    } else if (!node.isObject() || !node.has(m.group(1))) {
                        List<String> known = new ArrayList<>();
                        node.fieldNames().forEachRemaining(known::add);
                        error(at, "the project has no setting \"" + parts[i] + "\" here" + Suggestions.forField(m.group(1), known));
                        node = null;
                    } else if (m.group(2) != null) {
                        JsonNode array = node.get(m.group(1));
                        int index = Integer.parseInt(m.group(2));
                        if (!array.isArray() || index >= array.size()) {
                            error(at, m.group(1) + " has no item " + index);
                            node = null;
                        } else if (last) {
                            ((ArrayNode) array).set(index, MAPPER.valueToTree(e.getValue()));
                        } else {
                            node = array.get(index);
                        }
                    } else if (last) {
                        JsonNode old = node.get(m.group(1));
                        JsonNode value = MAPPER.valueToTree(e.getValue());
                        if (old.isArray() || old.isObject() != value.isObject()) {
                            error(at, "\"" + e.getKey() + "\" is " + (old.isObject() ? "a whole component: give an object with its"
                                    + " \"type\" and parameters, or set one of its values" : old.isArray() ? "a list; set one of its items"
                                    : "a single value, not an object"));
                            node = null;
                        } else {
                            ((ObjectNode) node).set(m.group(1), MAPPER.valueToTree(e.getValue()));
                        }
                    } else {
                        node = node.get(m.group(1));
                    }
                }
                if (node == null) ok = false;
            }
            return ok ? out : null;
        }

        void unknownKeys(JsonNode obj, String path, List<String> known) {
            obj.fieldNames().forEachRemaining(k -> {
                if (!known.contains(k)) error(JsonPaths.child(path, k), "unknown key" + Suggestions.forField(k, known));
            });
        }

        String text(JsonNode obj, String path, String key, boolean required) {
            JsonNode n = obj.get(key);
            String p = JsonPaths.child(path, key);
            if (n == null || n.isNull()) {
                if (required) error(p, "missing");
                return null;
            }
            if (!n.isTextual()) {
                error(p, "must be text, got " + kind(n));
                return null;
            }
            if (required && n.asText().isBlank()) {
                error(p, "must not be empty");
                return null;
            }
            return n.asText();
        }
    }

    private static String kind(JsonNode n) {
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list";
        if (n.isTextual()) return "text \"" + n.asText() + "\"";
        if (n.isNull()) return "null";
        return n.toString();
    }

    /** Pretty-printed like project files, the project embedded as its own file would be. */
    public String toJson(Lesson lesson) {
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", FORMAT_VERSION);
        root.put("title", lesson.title());
        root.put("summary", lesson.summary());
        if (lesson.thumbnail() != null) root.put("thumbnail", lesson.thumbnail());
        try {
            root.set("project", MAPPER.readTree(projects.toJson(lesson.project())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the project writer wrote invalid JSON", e);
        }
        ArrayNode steps = root.putArray("steps");
        for (LessonStep s : lesson.steps()) {
            ObjectNode o = steps.addObject();
            o.put("title", s.title());
            o.put("text", s.text());
            if (!s.set().isEmpty()) {
                ObjectNode set = o.putObject("set");
                s.set().forEach((k, v) -> set.set(k, MAPPER.valueToTree(v)));
            }
            if (s.show() != null) o.put("show", s.show());
            if (!s.hidden().isEmpty()) s.hidden().forEach(o.putArray("hidden")::add);
            if (!s.locked().isEmpty()) s.locked().forEach(o.putArray("locked")::add);
            if (s.prompt() != null) o.put("prompt", s.prompt());
            switch (s.until().kind()) {
                case USER -> o.put("until", "user");
                case BATCHES -> o.putObject("until").put("batches", s.until().batches());
                case SCORE -> o.putObject("until").put("score", s.until().score());
            }
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
