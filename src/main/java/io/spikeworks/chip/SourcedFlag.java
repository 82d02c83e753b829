package io.spikeworks.chip;

import java.util.Objects;

/** A yes/no property of a chip profile (signedness, separate feedback network) and where it comes from. */
public record SourcedFlag(boolean value, String source) {
    public SourcedFlag {
        Objects.requireNonNull(source, "source");
    }

    public static SourcedFlag of(boolean value, String source) {
        return new SourcedFlag(value, source);
    }
}
