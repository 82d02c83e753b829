package io.spikeworks.learn.forwardgrad;

/** Where a forward-gradient pass takes the spike's derivative dS/dU from. */
public enum SpikeSlope {
    /** The surrogate derivative BPTT uses: ∇L·v is then exactly BPTT's gradient dotted with v. */
    SURROGATE("forward-mode"),
    /** A noisy Stein's-lemma estimate of the Gaussian-smoothed spike's derivative ({@link SteinSpikeDerivative}). */
    STEIN("stein");

    private final String id;

    SpikeSlope(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static SpikeSlope fromId(String id) {
        for (SpikeSlope s : values()) if (s.id.equals(id)) return s;
        throw new IllegalArgumentException("unknown forward-gradient estimator '" + id + "'; known: forward-mode, stein");
    }
}
