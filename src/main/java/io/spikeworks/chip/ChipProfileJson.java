package io.spikeworks.chip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;
import io.spikeworks.model.file.ValidationError;

import java.io.IOException;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The chip profile file format, version {@value #FORMAT_VERSION}. Every number is an object
 * <pre>{ "value": 23.6, "unit": "pJ", "source": "Davies et al. 2018, IEEE Micro 38(1), Table 2" }</pre>
 * and every yes/no an object {@code { "value": true, "source": "..." }}. Reading collects all problems
 * (with JSON path and reason) before failing, and unknown fields are errors, so that a typo such as
 * {@code perSynapticOps} is reported instead of silently leaving a cost at a default.
 */
public final class ChipProfileJson {

    public static final int FORMAT_VERSION = 1;
    /** Profile names double as file names: lower case, digits, '-', '_' and '.'. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final List<ValidationError> errors = new ArrayList<>();

    private ChipProfileJson() {}

    /**
     * @param sourceName file name for messages
     * @throws ChipProfileException listing every problem
     */
    public static ChipProfile parse(String text, String sourceName) {
        JsonNode root;
        try {
            root = StrictJson.parse(text);
        } catch (JsonSyntaxException e) {
            throw new ChipProfileException(sourceName, List.of(e.error()));
        }
        return read(root, sourceName);
    }

    /** Reads one profile file through {@link StrictJson}. */
    public static ChipProfile read(Path file) throws IOException {
        String sourceName = file.getFileName().toString();
        JsonNode root;
        try {
            root = StrictJson.read(file);
        } catch (JsonSyntaxException e) {
            throw new ChipProfileException(sourceName, List.of(e.error()));
        }
        return read(root, sourceName);
    }

    private static ChipProfile read(JsonNode root, String sourceName) {
        if (root == null || !root.isObject()) {
            throw new ChipProfileException(sourceName, List.of(new ValidationError("$", "must be a JSON object")));
        }
        ChipProfileJson reader = new ChipProfileJson();
        ChipProfile profile = reader.readProfile(root);
        if (!reader.errors.isEmpty()) throw new ChipProfileException(sourceName, reader.errors);
        return profile;
    }

    // ---- reading -------------------------------------------------------------------------------------

    private ChipProfile readProfile(JsonNode root) {
        allowOnly(root, "$", "formatVersion", "name", "displayName", "description", "forwardWeights",
                "feedbackWeights", "feedbackNetworkSeparate", "state", "cores", "energy", "timing");
        JsonNode version = root.get("formatVersion");
        if (version == null) {
            error("$.formatVersion", "missing; this file format is version " + FORMAT_VERSION);
        } else if (!version.canConvertToExactIntegral()) {
            error("$.formatVersion", "must be a whole number, got " + version);
        } else if (version.asInt() > FORMAT_VERSION) {
            error("$.formatVersion", "is " + version.asInt() + ", written by a newer Spikeworks; this one reads version "
                    + FORMAT_VERSION);
        } else if (version.asInt() < 1) {
            error("$.formatVersion", "must be " + FORMAT_VERSION + ", got " + version.asInt());
        }
        String name = text(root, "$", "name", true);
        if (name != null && !NAME.matcher(name).matches()) {
            error("$.name", "must be lower case letters, digits, '-', '_' or '.', starting with a letter or digit, "
                    + "at most 64 characters; got '" + name + "'");
        }
        String displayName = text(root, "$", "displayName", true);
        String description = text(root, "$", "description", false);
        WeightFormat forward = weightFormat(root, "$.forwardWeights", "forwardWeights");
        WeightFormat feedback = weightFormat(root, "$.feedbackWeights", "feedbackWeights");
        SourcedFlag separate = flag(root, "$", "feedbackNetworkSeparate");
        StateFormat state = null;
        JsonNode s = object(root, "$", "state");
        if (s != null) {
            allowOnly(s, "$.state", "bits", "clip");
            SourcedValue bits = number(s, "$.state", "bits", Units.Kind.COUNT, 5, 32, true, false);
            SourcedFlag clip = flag(s, "$.state", "clip");
            if (bits != null && clip != null) state = new StateFormat(bits, clip);
        }
        CoreLimits cores = null;
        JsonNode c = object(root, "$", "cores");
        if (c != null) {
            allowOnly(c, "$.cores", "count", "neuronsPerCore", "synapticMemoryPerCore", "maxFanInPerCore",
                    "maxFanOutPerCore");
            SourcedValue count = number(c, "$.cores", "count", Units.Kind.COUNT, 1, Double.MAX_VALUE, true, true);
            SourcedValue neurons = number(c, "$.cores", "neuronsPerCore", Units.Kind.COUNT, 1, Double.MAX_VALUE, true, true);
            SourcedValue memory = number(c, "$.cores", "synapticMemoryPerCore", Units.Kind.MEMORY, 1, Double.MAX_VALUE, false, true);
            SourcedValue fanIn = number(c, "$.cores", "maxFanInPerCore", Units.Kind.COUNT, 1, Double.MAX_VALUE, true, true);
            SourcedValue fanOut = number(c, "$.cores", "maxFanOutPerCore", Units.Kind.COUNT, 1, Double.MAX_VALUE, true, true);
            if (count != null && neurons != null && memory != null && fanIn != null && fanOut != null) {
                cores = new CoreLimits(count, neurons, memory, fanIn, fanOut);
            }
        }
        EnergyCosts energy = null;
        JsonNode e = object(root, "$", "energy");
        if (e != null) {
            allowOnly(e, "$.energy", "perSynapticOp", "perNeuronUpdate", "perWeightUpdate", "perTransportedBit");
            SourcedValue syn = number(e, "$.energy", "perSynapticOp", Units.Kind.ENERGY, 0, Double.MAX_VALUE, false, false);
            SourcedValue neu = number(e, "$.energy", "perNeuronUpdate", Units.Kind.ENERGY, 0, Double.MAX_VALUE, false, false);
            SourcedValue wu = number(e, "$.energy", "perWeightUpdate", Units.Kind.ENERGY, 0, Double.MAX_VALUE, false, false);
            SourcedValue tb = number(e, "$.energy", "perTransportedBit", Units.Kind.ENERGY, 0, Double.MAX_VALUE, false, false);
            if (syn != null && neu != null && wu != null && tb != null) energy = new EnergyCosts(syn, neu, wu, tb);
        }
        SourcedValue stepTime = null;
        JsonNode t = object(root, "$", "timing");
        if (t != null) {
            allowOnly(t, "$.timing", "stepTime");
            stepTime = number(t, "$.timing", "stepTime", Units.Kind.TIME, Double.MIN_VALUE, Double.MAX_VALUE, false, false);
        }
        if (!errors.isEmpty()) return null;
        return new ChipProfile(name, displayName, description, forward, feedback, separate, state, cores, energy, stepTime);
    }

    private WeightFormat weightFormat(JsonNode parent, String path, String key) {
        JsonNode w = object(parent, "$", key);
        if (w == null) return null;
        allowOnly(w, path, "bits", "signed", "rounding");
        SourcedValue bits = number(w, path, "bits", Units.Kind.COUNT, 1, WeightFormat.FLOAT_BITS, true, false);
        SourcedFlag signed = flag(w, path, "signed");
        Rounding rounding = Rounding.NEAREST;
        JsonNode r = w.get("rounding");
        if (r != null) {
            if (!r.isTextual() || !(r.asText().equals("nearest") || r.asText().equals("stochastic"))) {
                error(path + ".rounding", "must be \"nearest\" or \"stochastic\", got " + r);
                return null;
            }
            rounding = r.asText().equals("stochastic") ? Rounding.STOCHASTIC : Rounding.NEAREST;
        }
        if (bits != null && signed != null && signed.value() && bits.limit() < 2) {
            error(path + ".bits", "a signed format needs at least 2 bits, got " + bits.limit());
            return null;
        }
        return bits != null && signed != null ? new WeightFormat(bits, signed, rounding) : null;
    }

    /**
     * A sourced number. min is inclusive (Double.MIN_VALUE for "> 0"); the range applies to the value in
     * base units for energy and time, as written for counts.
     */
    private SourcedValue number(JsonNode parent, String parentPath, String key, Units.Kind kind, double min, double max,
                                boolean whole, boolean nullable) {
        String path = parentPath + "." + key;
        int before = errors.size();
        JsonNode node = leaf(parent, path, key, "value", "unit", "source");
        if (node == null) return null;
        String source = source(node, path);
        String unit = null;
        JsonNode u = node.get("unit");
        if (u != null && !u.isNull()) {
            if (!u.isTextual()) {
                error(path + ".unit", "must be text, got " + u);
            } else if (!kind.accepts(u.asText())) {
                error(path + ".unit", kind == Units.Kind.COUNT
                        ? "must be one of a plain count's words (cores, neurons, inputs, edges, bit), not a scaling unit; got '"
                        + u.asText() + "'"
                        : "must be one of " + String.join(", ", kind.names()) + "; got '" + u.asText() + "'");
            } else {
                unit = u.asText();
            }
        } else if (kind != Units.Kind.COUNT && node.hasNonNull("value")) {
            error(path + ".unit", "missing; one of " + String.join(", ", kind.names()));
        }
        JsonNode v = node.get("value");
        Double value = null;
        if (v == null) {
            error(path + ".value", nullable ? "missing; a number, or null for no limit" : "missing");
        } else if (v.isNull()) {
            if (!nullable) error(path + ".value", "must be a number; only core limits may be null (no limit)");
        } else if (!v.isNumber()) {
            error(path + ".value", "must be a number, got " + v);
        } else {
            value = v.asDouble();
            double si = value * Units.factor(unit);
            if (!Double.isFinite(value)) {
                error(path, "must be finite, got " + value);
            } else if (whole && value != Math.rint(value)) {
                error(path, "must be a whole number, got " + v);
            } else if (si < min) {
                error(path, min == Double.MIN_VALUE ? "must be > 0, got " + v : "must be ≥ " + fmt(min) + ", got " + v);
            } else if (si > max) {
                error(path, "must be ≤ " + fmt(max) + ", got " + v);
            } else if (kind == Units.Kind.MEMORY && si != Math.rint(si)) {
                error(path, "must be a whole number of bits, got " + v + " " + unit);
            }
        }
        return errors.size() == before ? new SourcedValue(value, unit, source) : null;
    }

    private SourcedFlag flag(JsonNode parent, String parentPath, String key) {
        String path = parentPath + "." + key;
        JsonNode node = leaf(parent, path, key, "value", "source");
        if (node == null) return null;
        String source = source(node, path);
        JsonNode v = node.get("value");
        if (v == null) {
            error(path + ".value", "missing; true or false");
            return null;
        }
        if (!v.isBoolean()) {
            error(path + ".value", "must be true or false, got " + v);
            return null;
        }
        return source == null ? null : new SourcedFlag(v.asBoolean(), source);
    }

    private JsonNode leaf(JsonNode parent, String path, String key, String... allowed) {
        JsonNode node = parent.get(key);
        if (node == null) {
            error(path, "missing");
            return null;
        }
        if (!node.isObject()) {
            error(path, "must be an object {\"value\": ..., \"source\": ...}, got " + node);
            return null;
        }
        allowOnly(node, path, allowed);
        return node;
    }

    private String source(JsonNode node, String path) {
        JsonNode s = node.get("source");
        if (s == null || s.isNull()) {
            error(path + ".source", "missing; give the paper or datasheet, or 'estimate: why'");
            return null;
        }
        if (!s.isTextual() || s.asText().isBlank()) {
            error(path + ".source", "must be a citation or 'estimate: why', got " + s);
            return null;
        }
        return s.asText();
    }

    private JsonNode object(JsonNode parent, String parentPath, String key) {
        String path = parentPath + "." + key;
        JsonNode node = parent.get(key);
        if (node == null) {
            error(path, "missing");
            return null;
        }
        if (!node.isObject()) {
            error(path, "must be an object, got " + node);
            return null;
        }
        return node;
    }

    private String text(JsonNode parent, String parentPath, String key, boolean required) {
        String path = parentPath + "." + key;
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (required) error(path, "missing");
            return null;
        }
        if (!node.isTextual()) {
            error(path, "must be text, got " + node);
            return null;
        }
        if (required && node.asText().isBlank()) {
            error(path, "must not be empty");
            return null;
        }
        return node.asText();
    }

    private void allowOnly(JsonNode node, String path, String... allowed) {
        Set<String> ok = new LinkedHashSet<>(List.of(allowed));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ok.contains(f)) error(path + "." + f, "unknown field; expected one of " + String.join(", ", ok));
        }
    }

    private void error(String path, String message) {
        errors.add(new ValidationError(path, message));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    // ---- writing -------------------------------------------------------------------------------------

    /** The file text: pretty-printed, fields in the order a reader expects, numbers as their units were given. */
    public static String toJson(ChipProfile p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("name", p.name());
        root.put("displayName", p.displayName());
        root.put("description", p.description());
        root.set("forwardWeights", weights(p.forwardWeights()));
        root.set("feedbackWeights", weights(p.feedbackWeights()));
        root.set("feedbackNetworkSeparate", flag(p.feedbackNetworkSeparate()));
        ObjectNode state = root.putObject("state");
        state.set("bits", value(p.state().bits()));
        state.set("clip", flag(p.state().clip()));
        ObjectNode cores = root.putObject("cores");
        cores.set("count", value(p.cores().count()));
        cores.set("neuronsPerCore", value(p.cores().neuronsPerCore()));
        cores.set("synapticMemoryPerCore", value(p.cores().synapticMemoryBitsPerCore()));
        cores.set("maxFanInPerCore", value(p.cores().maxFanInPerCore()));
        cores.set("maxFanOutPerCore", value(p.cores().maxFanOutPerCore()));
        ObjectNode energy = root.putObject("energy");
        energy.set("perSynapticOp", value(p.energy().perSynapticOp()));
        energy.set("perNeuronUpdate", value(p.energy().perNeuronUpdate()));
        energy.set("perWeightUpdate", value(p.energy().perWeightUpdate()));
        energy.set("perTransportedBit", value(p.energy().perTransportedBit()));
        root.putObject("timing").set("stepTime", value(p.stepTime()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode weights(WeightFormat w) {
        ObjectNode n = MAPPER.createObjectNode();
        n.set("bits", value(w.bits()));
        n.set("signed", flag(w.signed()));
        if (w.rounding() != Rounding.NEAREST) n.put("rounding", w.rounding() == Rounding.STOCHASTIC ? "stochastic" : "nearest");
        return n;
    }

    private static ObjectNode value(SourcedValue v) {
        ObjectNode n = MAPPER.createObjectNode();
        if (v.value() == null) {
            n.putNull("value");
        } else if (v.value() == Math.rint(v.value()) && Math.abs(v.value()) < 1e15) {
            n.put("value", v.value().longValue());
        } else {
            n.put("value", v.value());
        }
        if (v.unit() != null) n.put("unit", v.unit());
        n.put("source", v.source());
        return n;
    }

    private static ObjectNode flag(SourcedFlag f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("value", f.value());
        n.put("source", f.source());
        return n;
    }
}
