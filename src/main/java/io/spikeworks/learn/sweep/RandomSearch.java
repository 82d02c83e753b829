package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.model.file.ValidationError;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A sweep's {@code "search": {"type": "random", "samples": N, "seed": S}}: instead of the grid, each algorithm block
 * draws N settings (the same N on every coding, so codings stay comparable). A parameter may then be a range:
 * <pre>
 * {"uniform": [0.01, 0.5]}        any value between the bounds
 * {"logUniform": [1e-4, 1e-2]}    uniform in log space: as many draws per decade (learning rates)
 * {"integer": [10, 1000]}         a whole number between the bounds, both included
 * {"choices": ["random", "full"]} one of the values; a plain list means the same
 * </pre>
 * Drawn decimals are rounded to 3 significant digits, so the label shows exactly the value that trained. Draw k of
 * block b depends only on (seed, b, k): the same seed gives the same runs, on one machine or on a cluster.
 */
public record RandomSearch(int samples, long seed) {
    public static final List<String> RANGE_KINDS = List.of("uniform", "logUniform", "integer", "choices");
    /** A typo in samples can ask for millions; the sweep cap applies to the product anyway. */
    private static final int MAX_SAMPLES = 1_000;

    /** Reads the "search" object; null (with errors added) when it is broken. */
    static RandomSearch read(JsonNode n, List<ValidationError> errors) {
        if (!n.isObject()) {
            errors.add(new ValidationError("$.search", "must be {\"type\": \"random\", \"samples\": N, \"seed\": S}, got " + n));
            return null;
        }
        int before = errors.size();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!List.of("type", "samples", "seed").contains(k))
                errors.add(new ValidationError("$.search." + k, "unknown field; a search has type, samples and seed"));
        }
        if (!"random".equals(n.path("type").asText(null)))
            errors.add(new ValidationError("$.search.type", "must be \"random\" (leave \"search\" out for the grid), got "
                    + n.path("type")));
        JsonNode samples = n.path("samples");
        if (!samples.canConvertToExactIntegral() || samples.asLong() < 1 || samples.asLong() > MAX_SAMPLES)
            errors.add(new ValidationError("$.search.samples", "must be a whole number from 1 to " + MAX_SAMPLES
                    + " (draws per algorithm block), got " + (samples.isMissingNode() ? "nothing" : samples)));
        JsonNode seed = n.path("seed");
        if (!seed.isIntegralNumber() || !seed.canConvertToLong())
            errors.add(new ValidationError("$.search.seed", "must be a whole number, got " + (seed.isMissingNode() ? "nothing" : seed)));
        return errors.size() > before ? null : new RandomSearch(samples.asInt(), seed.asLong());
    }

    static boolean isRange(JsonNode v) {
        return v.isObject() && v.size() == 1 && RANGE_KINDS.contains(v.fieldNames().next());
    }

    /** Checks a range object or a choice list; adds errors and returns false when it cannot be drawn from. */
    static boolean check(JsonNode v, String path, List<ValidationError> errors) {
        if (v.isArray()) return checkChoices(v, path, errors);
        if (!isRange(v)) {
            errors.add(new ValidationError(path, "a range is one of {\"uniform\": [lo, hi]}, {\"logUniform\": [lo, hi]}, "
                    + "{\"integer\": [lo, hi]}, {\"choices\": [...]}, got " + v));
            return false;
        }
        Map.Entry<String, JsonNode> r = v.fields().next();
        String at = path + "." + r.getKey();
        if (r.getKey().equals("choices")) return checkChoices(r.getValue(), at, errors);
        JsonNode b = r.getValue();
        if (!b.isArray() || b.size() != 2 || !b.get(0).isNumber() || !b.get(1).isNumber()) {
            errors.add(new ValidationError(at, "must be two numbers [lo, hi], got " + b));
            return false;
        }
        double lo = b.get(0).doubleValue();
        double hi = b.get(1).doubleValue();
        if (!(lo < hi)) {
            errors.add(new ValidationError(at, "the lower bound must be below the upper, got " + b));
            return false;
        }
        if (r.getKey().equals("logUniform") && lo <= 0) {
            errors.add(new ValidationError(at, "a log-uniform range must be above 0, got " + b));
            return false;
        }
        if (r.getKey().equals("integer") && (!b.get(0).canConvertToExactIntegral() || !b.get(1).canConvertToExactIntegral())) {
            errors.add(new ValidationError(at, "an integer range has whole-number bounds, got " + b));
            return false;
        }
        return true;
    }

    private static boolean checkChoices(JsonNode v, String path, List<ValidationError> errors) {
        if (!v.isArray() || v.isEmpty()) {
            errors.add(new ValidationError(path, "an empty list gives no runs; give at least one value"));
            return false;
        }
        for (int i = 0; i < v.size(); i++)
            if (v.get(i).isContainerNode()) {
                errors.add(new ValidationError(path + "[" + i + "]", "must be a single value, got " + v.get(i)));
                return false;
            }
        return true;
    }

    /** A random source for draw k of block b. */
    SplittableRandom random(int block, int sample) {
        long z = seed * 0x9E3779B97F4A7C15L + (block + 1) * 0xC2B2AE3D27D4EB4FL + (sample + 1) * 0x165667B19E3779F9L;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    /** Replaces every range and list in the object by a value drawn from it, in key order. */
    static ObjectNode draw(ObjectNode source, SplittableRandom rng) {
        ObjectNode out = source.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            if (v.isArray() || isRange(v)) out.set(f.getKey(), draw(v, rng));
        }
        return out;
    }

    static JsonNode draw(JsonNode v, SplittableRandom rng) {
        if (v.isArray()) return v.get(rng.nextInt(v.size()));
        Map.Entry<String, JsonNode> r = v.fields().next();
        JsonNode b = r.getValue();
        return switch (r.getKey()) {
            case "choices" -> b.get(rng.nextInt(b.size()));
            case "integer" -> {
                long x = b.get(0).asLong() + rng.nextLong(b.get(1).asLong() - b.get(0).asLong() + 1);
                yield x == (int) x ? IntNode.valueOf((int) x) : LongNode.valueOf(x);
            }
            case "uniform" -> DoubleNode.valueOf(round(b.get(0).doubleValue()
                    + rng.nextDouble() * (b.get(1).doubleValue() - b.get(0).doubleValue())));
            case "logUniform" -> {
                double lo = Math.log(b.get(0).doubleValue());
                double hi = Math.log(b.get(1).doubleValue());
                yield DoubleNode.valueOf(round(Math.exp(lo + rng.nextDouble() * (hi - lo))));
            }
            default -> throw new IllegalStateException("unchecked range " + v);
        };
    }

    /** 3 significant digits: a label shows the exact value that trained. */
    static double round(double v) {
        return new BigDecimal(v).round(new MathContext(3)).doubleValue();
    }
}
