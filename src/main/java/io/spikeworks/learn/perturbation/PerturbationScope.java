package io.spikeworks.learn.perturbation;

/** Which parameters one direction perturbs together. */
public enum PerturbationScope {
    /** Every parameter of the network at once: K directions in all. */
    GLOBAL("global"),
    /** One layer (its weights and bias) at a time, the others held still: K directions per layer. */
    LAYER_WISE("layer-wise");

    private final String id;

    PerturbationScope(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PerturbationScope fromId(String id) {
        for (PerturbationScope s : values()) if (s.id.equals(id)) return s;
        throw new IllegalArgumentException("unknown perturbation scope '" + id + "'; known: global, layer-wise");
    }
}
