package io.spikeworks.model;

import io.spikeworks.model.file.ValueText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Metadata of one component parameter: everything the inspector needs to generate an editor (label, unit,
 * range, default, help) and everything the loader needs to check a value.
 *
 * <p>A parameter is <em>required</em> when it has no default and is not optional; an <em>optional</em> one may
 * stay unset, and its help text says what unset means (e.g. a pool stride that follows the kernel).
 * Bounds are inclusive unless the matching {@code ...Exclusive} flag is set.
 *
 * <p>Build with the {@code of...} factories and the {@code with...}/{@code atLeast...} copies, e.g.
 * {@code ParamSpec.ofDouble("beta", "β").withRange(0, 1).withDefault(0.9).withHelp("membrane decay per step")}.
 */
public record ParamSpec(String key, String label, ParamKind kind, String unit,
                        Double min, boolean minExclusive, Double max, boolean maxExclusive,
                        Object defaultValue, boolean optional, String help, List<String> choices) {

    public ParamSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        label = label == null || label.isBlank() ? key : label;
        unit = unit == null ? "" : unit;
        help = help == null ? "" : help;
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (kind == ParamKind.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice parameter '" + key + "' needs choices");
        }
        if (kind != ParamKind.CHOICE && !choices.isEmpty()) {
            throw new IllegalArgumentException("only choice parameters have choices: '" + key + "'");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("empty range for '" + key + "': " + min + " > " + max);
        }
        defaultValue = canonical(kind, defaultValue);
        if (defaultValue != null) {
            Optional<String> problem = problemWith(kind, min, minExclusive, max, maxExclusive, choices, defaultValue);
            if (problem.isPresent()) {
                throw new IllegalArgumentException("default of '" + key + "' " + problem.get());
            }
        }
    }

    public static ParamSpec ofInt(String key, String label) {
        return new ParamSpec(key, label, ParamKind.INT, "", null, false, null, false, null, false, "", List.of());
    }

    public static ParamSpec ofDouble(String key, String label) {
        return new ParamSpec(key, label, ParamKind.DOUBLE, "", null, false, null, false, null, false, "", List.of());
    }

    public static ParamSpec ofBoolean(String key, String label) {
        return new ParamSpec(key, label, ParamKind.BOOLEAN, "", null, false, null, false, null, false, "", List.of());
    }

    public static ParamSpec ofChoice(String key, String label, String... choices) {
        return new ParamSpec(key, label, ParamKind.CHOICE, "", null, false, null, false, null, false, "",
                List.of(choices));
    }

    public static ParamSpec ofString(String key, String label) {
        return new ParamSpec(key, label, ParamKind.STRING, "", null, false, null, false, null, false, "", List.of());
    }

    public ParamSpec withUnit(String newUnit) {
        return new ParamSpec(key, label, kind, newUnit, min, minExclusive, max, maxExclusive, defaultValue,
                optional, help, choices);
    }

    /** Both bounds inclusive. */
    public ParamSpec withRange(double low, double high) {
        return new ParamSpec(key, label, kind, unit, low, false, high, false, defaultValue, optional, help, choices);
    }

    public ParamSpec atLeast(double low) {
        return new ParamSpec(key, label, kind, unit, low, false, max, maxExclusive, defaultValue, optional, help,
                choices);
    }

    public ParamSpec greaterThan(double low) {
        return new ParamSpec(key, label, kind, unit, low, true, max, maxExclusive, defaultValue, optional, help,
                choices);
    }

    public ParamSpec atMost(double high) {
        return new ParamSpec(key, label, kind, unit, min, minExclusive, high, false, defaultValue, optional, help,
                choices);
    }

    public ParamSpec lessThan(double high) {
        return new ParamSpec(key, label, kind, unit, min, minExclusive, high, true, defaultValue, optional, help,
                choices);
    }

    public ParamSpec withDefault(Object value) {
        return new ParamSpec(key, label, kind, unit, min, minExclusive, max, maxExclusive, value, optional, help,
                choices);
    }

    /** May stay unset; say in the help text what unset means. */
    public ParamSpec asOptional() {
        return new ParamSpec(key, label, kind, unit, min, minExclusive, max, maxExclusive, defaultValue, true, help,
                choices);
    }

    public ParamSpec withHelp(String text) {
        return new ParamSpec(key, label, kind, unit, min, minExclusive, max, maxExclusive, defaultValue, optional,
                text, choices);
    }

    /** True when a value must be given: no default, and unset has no meaning. */
    public boolean required() {
        return defaultValue == null && !optional;
    }

    /**
     * The value in this parameter's Java type (Long, Double, Boolean, String) when it converts without loss,
     * e.g. {@code 3 -> 3L}, {@code 3.0 -> 3L} for INT, {@code 1 -> 1.0} for DOUBLE; otherwise the value unchanged,
     * for {@link #problemWith} to report.
     */
    public Object canonical(Object value) {
        return canonical(kind, value);
    }

    /**
     * Why {@code value} is not acceptable ("must be between 0 and 1, got 1.5"), or empty when it is.
     * {@code null} means unset: a problem only for a required parameter.
     */
    public Optional<String> problemWith(Object value) {
        if (value == null) return required() ? Optional.of("is required") : Optional.empty();
        return problemWith(kind, min, minExclusive, max, maxExclusive, choices, canonical(value));
    }

    /** The allowed range in interval notation ("[0, 1]", "≥ 1", "(0, 10]"), or "" when unbounded. */
    public String rangeText() {
        if (min == null && max == null) return "";
        if (max == null) return (minExclusive ? "> " : "≥ ") + ValueText.number(min);
        if (min == null) return (maxExclusive ? "< " : "≤ ") + ValueText.number(max);
        return (minExclusive ? "(" : "[") + ValueText.number(min) + ", " + ValueText.number(max)
                + (maxExclusive ? ")" : "]");
    }

    private static Object canonical(ParamKind kind, Object value) {
        if (value == null) return null;
        switch (kind) {
            case INT -> {
                if (value instanceof Long) return value;
                if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
                    return ((Number) value).longValue();
                }
                if (value instanceof BigInteger big && big.bitLength() < 64) return big.longValue();
                if ((value instanceof Double || value instanceof Float || value instanceof BigDecimal)) {
                    double d = ((Number) value).doubleValue();
                    if (d == Math.rint(d) && Math.abs(d) < 9.0e15) return (long) d;
                }
                return value;
            }
            case DOUBLE -> {
                if (value instanceof Double) return value;
                if (value instanceof Number n) return n.doubleValue();
                return value;
            }
            default -> {
                return value;
            }
        }
    }

    private static Optional<String> problemWith(ParamKind kind, Double min, boolean minExclusive, Double max,
                                                boolean maxExclusive, List<String> choices, Object value) {
        switch (kind) {
            case INT -> {
                if (!(value instanceof Long n)) return Optional.of("must be a whole number, got " + ValueText.of(value));
                Optional<String> range = rangeProblem(n.doubleValue(), ValueText.of(n), min, minExclusive, max, maxExclusive);
                // the engine holds whole-number settings as int: beyond that, its bare "integer overflow" would be next
                if (range.isEmpty() && n > Integer.MAX_VALUE)
                    return Optional.of("must be at most " + Integer.MAX_VALUE + " (the largest whole number Spikeworks "
                            + "holds), got " + ValueText.of(n));
                if (range.isEmpty() && n < Integer.MIN_VALUE)
                    return Optional.of("must be at least " + Integer.MIN_VALUE + " (the smallest whole number Spikeworks "
                            + "holds), got " + ValueText.of(n));
                return range;
            }
            case DOUBLE -> {
                if (!(value instanceof Double d)) return Optional.of("must be a number, got " + ValueText.of(value));
                if (d.isNaN() || d.isInfinite()) return Optional.of("must be a finite number, got " + ValueText.of(d));
                return rangeProblem(d, ValueText.of(d), min, minExclusive, max, maxExclusive);
            }
            case BOOLEAN -> {
                return value instanceof Boolean ? Optional.empty()
                        : Optional.of("must be true or false, got " + ValueText.of(value));
            }
            case CHOICE -> {
                return value instanceof String s && choices.contains(s) ? Optional.empty()
                        : Optional.of("must be one of " + String.join(", ", choices) + "; got " + ValueText.of(value));
            }
            case STRING -> {
                return value instanceof String ? Optional.empty()
                        : Optional.of("must be text, got " + ValueText.of(value));
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private static Optional<String> rangeProblem(double v, String shown, Double min, boolean minExclusive,
                                                 Double max, boolean maxExclusive) {
        boolean tooLow = min != null && (minExclusive ? v <= min : v < min);
        boolean tooHigh = max != null && (maxExclusive ? v >= max : v > max);
        if (!tooLow && !tooHigh) return Optional.empty();
        String lower = min == null ? null : (minExclusive ? "greater than " : "at least ") + ValueText.number(min);
        String upper = max == null ? null : (maxExclusive ? "less than " : "at most ") + ValueText.number(max);
        String rule;
        if (lower != null && upper != null) {
            rule = !minExclusive && !maxExclusive
                    ? "between " + ValueText.number(min) + " and " + ValueText.number(max)
                    : lower + " and " + upper;
        } else {
            rule = lower != null ? lower : upper;
        }
        return Optional.of("must be " + rule + ", got " + shown);
    }
}
