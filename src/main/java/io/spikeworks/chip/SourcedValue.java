package io.spikeworks.chip;

import java.util.Objects;

/**
 * One number of a chip profile as written in its file: the value, its unit and where it comes from.
 * Every number carries a source (paper, datasheet, code) or the word {@code estimate}, because a cost
 * estimate is only as good as the figures behind it and users must be able to check them.
 *
 * @param value  as written; null means "no limit" (allowed only for core limits)
 * @param unit   as written, e.g. "pJ", "KiB"; see {@link Units}; may be null for plain counts
 * @param source citation or "estimate: why"
 */
public record SourcedValue(Double value, String unit, String source) {

    public SourcedValue {
        Objects.requireNonNull(source, "source");
    }

    public static SourcedValue of(double value, String unit, String source) {
        return new SourcedValue(value, unit, source);
    }

    public static SourcedValue unlimited(String source) {
        return new SourcedValue(null, null, source);
    }

    public boolean isUnlimited() {
        return value == null;
    }

    /** The value in SI base units (J, s) or bits, whatever the file's unit. */
    public double si() {
        if (value == null) throw new IllegalStateException("no value: unlimited");
        return value * Units.factor(unit);
    }

    /** A count or size in base units, Long.MAX_VALUE when unlimited. */
    public long limit() {
        return value == null ? Long.MAX_VALUE : Math.round(si());
    }

    public boolean isEstimate() {
        return source.trim().toLowerCase(java.util.Locale.ROOT).startsWith("estimate");
    }
}
