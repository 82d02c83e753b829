package io.spikeworks.learn.forwardgrad;

/** What a forward-gradient direction perturbs: the parameters themselves, or each layer's input currents. */
public enum DirectionSpace {
    /** v over the weights and biases: ĝ = (∇L·v)·v (Baydin et al. 2022). */
    WEIGHTS("weights"),
    /**
     * u over each layer's output neurons' currents (injected as a bias tangent, the same at every step); per sample b
     * the tangent gives s_b = Σₜ ∂L_b/∂I_b[t]·u, the bias's estimate is Σ_b s_b·u and the weights' Σ_b x̄_b ⊗ s_b·u
     * with x̄_b the layer's input averaged over the steps (activity-perturbed forward gradient, Ren et al. 2022,
     * arXiv 2210.03310, adapted to steps by us). Unbiased where a layer's input is the same at every step or its
     * current's gradient is; otherwise it estimates the rate approximation Σₜ x[t] ⊗ g[t] ≈ x̄ ⊗ Σₜ g[t].
     */
    CURRENTS("currents");

    private final String id;

    DirectionSpace(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static DirectionSpace fromId(String id) {
        for (DirectionSpace s : values()) if (s.id.equals(id)) return s;
        throw new IllegalArgumentException("unknown direction space '" + id + "'; known: weights, currents");
    }
}
