package io.spikeworks.chip;

import java.util.Locale;

/** How a weight between two representable levels is rounded. */
public enum Rounding {
    /** To the nearest level; an exact tie goes away from zero (0.5 → 1, −0.5 → −1), as Math.round does not. */
    NEAREST,
    /** Up with probability equal to the fraction, so the rounded value is unbiased: E[q(x)] = x. Seeded. */
    STOCHASTIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "nearest" or "stochastic". */
    public static Rounding fromId(String id) {
        for (Rounding r : values()) if (r.id().equals(id)) return r;
        throw new IllegalArgumentException("unknown rounding '" + id + "'; use nearest or stochastic");
    }
}
