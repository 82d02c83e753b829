package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.List;

/**
 * One sweep row as a JSON object, for the state file that {@code --resume} reads and for results coming back from a
 * cluster. Every figure survives the round trip bit for bit (Jackson writes the shortest decimal that reads back
 * as the same double); NaN is null and ±∞ are the strings "inf" and "-inf", since JSON has neither.
 */
public final class SweepResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> KEYS = List.of("label", "status", "message", "coding", "algorithm", "phi", "scheme",
            "fraction", "epochs", "trainSamples", "testAccuracy", "trainAccuracy", "reduction", "weightsCopied",
            "bitsCopied", "comparisonReads", "asymAngleDegrees", "asymRelativeNorm", "gradAngleMean", "trainSeconds",
            "blockSize", "truncation", "memoryReduction", "macReduction", "accessReduction", "chosenEpoch",
            "heldOutAccuracy", "chosenTestAccuracy");

    private SweepResultJson() {}

    public static ObjectNode write(SweepResult r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("label", r.label());
        n.put("status", r.status().wireName());
        n.put("message", r.message());
        n.put("coding", r.coding());
        n.put("algorithm", r.algorithm());
        n.put("phi", r.phi());
        n.put("scheme", r.scheme());
        if (r.fraction() == null) n.putNull("fraction");
        else number(n, "fraction", r.fraction());
        n.put("epochs", r.epochs());
        n.put("trainSamples", r.trainSamples());
        number(n, "testAccuracy", r.testAccuracy());
        number(n, "trainAccuracy", r.trainAccuracy());
        number(n, "reduction", r.reduction());
        number(n, "weightsCopied", r.weightsCopied());
        number(n, "bitsCopied", r.bitsCopied());
        number(n, "comparisonReads", r.comparisonReads());
        number(n, "asymAngleDegrees", r.asymAngleDegrees());
        number(n, "asymRelativeNorm", r.asymRelativeNorm());
        number(n, "gradAngleMean", r.gradAngleMean());
        number(n, "trainSeconds", r.trainSeconds());
        n.put("blockSize", r.blockSize());
        n.put("truncation", r.truncation());
        number(n, "memoryReduction", r.costs().memory());
        number(n, "macReduction", r.costs().macs());
        number(n, "accessReduction", r.costs().accesses());
        // only when the run held samples out, so state files of other sweeps read as before this field existed
        if (r.heldOut().epoch() != null) {
            n.put("chosenEpoch", r.heldOut().epoch());
            number(n, "heldOutAccuracy", r.heldOut().heldOutAccuracy());
            number(n, "chosenTestAccuracy", r.heldOut().testAccuracy());
        }
        return n;
    }

    /**
     * @param path where the object sits, for messages ("$.runs[3]")
     * @throws IllegalArgumentException naming the path of the first field that is missing or of the wrong kind
     */
    public static SweepResult read(JsonNode n, String path) {
        if (!n.isObject()) throw new IllegalArgumentException(path + ": must be an object, got " + n.getNodeType());
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) throw new IllegalArgumentException(path + "." + k + ": unknown field");
        }
        SweepStatus status;
        try {
            status = SweepStatus.ofWireName(text(n, "status", path, false));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ".status: " + e.getMessage());
        }
        return new SweepResult(text(n, "coding", path, false), text(n, "algorithm", path, false),
                integer(n, "phi", path), text(n, "scheme", path, true),
                n.path("fraction").isNull() ? null : dbl(n, "fraction", path), whole(n, "epochs", path).intValue(),
                whole(n, "trainSamples", path), dbl(n, "testAccuracy", path), dbl(n, "trainAccuracy", path),
                dbl(n, "reduction", path), dbl(n, "weightsCopied", path), dbl(n, "bitsCopied", path),
                dbl(n, "comparisonReads", path), dbl(n, "asymAngleDegrees", path), dbl(n, "asymRelativeNorm", path),
                dbl(n, "gradAngleMean", path), dbl(n, "trainSeconds", path), integer(n, "blockSize", path),
                integer(n, "truncation", path), new SweepResult.CostReductions(dbl(n, "memoryReduction", path),
                dbl(n, "macReduction", path), dbl(n, "accessReduction", path)), heldOut(n, path),
                text(n, "label", path, false), status, text(n, "message", path, false));
    }

    private static SweepResult.HeldOutChoice heldOut(JsonNode n, String path) {
        if (!n.has("chosenEpoch")) return SweepResult.HeldOutChoice.NONE;
        return new SweepResult.HeldOutChoice(whole(n, "chosenEpoch", path).intValue(), dbl(n, "heldOutAccuracy", path),
                dbl(n, "chosenTestAccuracy", path));
    }

    private static void number(ObjectNode n, String key, double v) {
        if (Double.isNaN(v)) n.putNull(key);
        else if (Double.isInfinite(v)) n.put(key, v > 0 ? "inf" : "-inf");
        else n.put(key, v);
    }

    private static JsonNode field(JsonNode n, String key, String path) {
        JsonNode v = n.get(key);
        if (v == null) throw new IllegalArgumentException(path + "." + key + ": missing");
        return v;
    }

    private static String text(JsonNode n, String key, String path, boolean nullable) {
        JsonNode v = field(n, key, path);
        if (nullable && v.isNull()) return null;
        if (!v.isTextual()) throw new IllegalArgumentException(path + "." + key + ": must be text, got " + v);
        return v.asText();
    }

    private static double dbl(JsonNode n, String key, String path) {
        JsonNode v = field(n, key, path);
        if (v.isNull()) return Double.NaN;
        if (v.isNumber()) return v.doubleValue();
        if (v.isTextual() && v.asText().equals("inf")) return Double.POSITIVE_INFINITY;
        if (v.isTextual() && v.asText().equals("-inf")) return Double.NEGATIVE_INFINITY;
        throw new IllegalArgumentException(path + "." + key + ": must be a number, null, \"inf\" or \"-inf\", got " + v);
    }

    private static Long whole(JsonNode n, String key, String path) {
        JsonNode v = field(n, key, path);
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0)
            throw new IllegalArgumentException(path + "." + key + ": must be a whole number ≥ 0, got " + v);
        return v.asLong();
    }

    private static Integer integer(JsonNode n, String key, String path) {
        JsonNode v = field(n, key, path);
        if (v.isNull()) return null;
        if (!v.isIntegralNumber() || !v.canConvertToInt())
            throw new IllegalArgumentException(path + "." + key + ": must be a whole number or null, got " + v);
        return v.asInt();
    }
}
