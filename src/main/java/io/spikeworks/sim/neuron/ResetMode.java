package io.spikeworks.sim.neuron;

/** What a spike does to the membrane on the next step. */
public enum ResetMode {
    /** U ← U − θ·S: keeps the charge above threshold (snnTorch's default). */
    SUBTRACT,
    /** U ← U·(1 − S): forgets everything. */
    ZERO;

    public static ResetMode fromId(String id) {
        return switch (id) {
            case "subtract" -> SUBTRACT;
            case "zero" -> ZERO;
            default -> throw new IllegalArgumentException("unknown reset '" + id + "'; known: subtract, zero");
        };
    }
}
