package io.spikeworks.chip;

import java.util.Objects;

/**
 * One way a network does not fit a chip: which layer ("network" for chip-wide limits), which limit, the
 * limit and the need in the rule's unit, and what to change.
 *
 * @param problem    "hidden1 needs fan-in 784 > 512 per core limit"
 * @param suggestion "split into 2 cores, or use a conv layer"
 */
public record Violation(String layer, DesignRule rule, long limit, long need, String problem, String suggestion) {

    /** The layer name used for chip-wide violations. */
    public static final String NETWORK = "network";

    public Violation {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(suggestion, "suggestion");
    }

    /** "hidden1 needs fan-in 784 > 512 per core limit: split into 2 cores, or use a conv layer". */
    public String message() {
        return problem + ": " + suggestion;
    }

    @Override
    public String toString() {
        return message();
    }
}
