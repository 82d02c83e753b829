package io.spikeworks.learn.sweep;

import java.util.Locale;

/**
 * How one configuration of a sweep ended. A finished configuration ({@link #OK} or {@link #DIVERGED}: the same seed
 * diverges again) is never trained again by {@code --resume}; a {@link #FAILED} one (an exception, missing data, a
 * lost machine) is.
 */
public enum SweepStatus {
    OK, DIVERGED, FAILED;

    /** As written in sweep.csv and the state file. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this != FAILED;
    }

    /** @throws IllegalArgumentException naming the allowed values */
    public static SweepStatus ofWireName(String s) {
        for (SweepStatus v : values()) if (v.wireName().equals(s)) return v;
        throw new IllegalArgumentException("must be ok, diverged or failed, got '" + s + "'");
    }
}
