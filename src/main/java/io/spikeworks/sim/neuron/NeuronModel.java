package io.spikeworks.sim.neuron;

/**
 * Parameters of one neuron model. All four models share one discretisation (step t, per neuron):
 * <pre>
 *   J[t] = α·J[t−1] + I[t]                      synaptic current (α = 0: J is the input current)
 *   U[t] = β·U[t−1] + a[t]·J[t] − θ·S[t−1]       reset by subtraction
 *   U[t] = β·U[t−1]·(1 − S[t−1]) + a[t]·J[t]     reset to zero
 *   S[t] = a[t]·H(U[t] − θ)
 * </pre>
 * a[t] ∈ {0,1} says whether the neuron may integrate and fire: 0 during the {@code refractory} steps after
 * a spike (the leak goes on, input is ignored) and, for the single-spike neuron, forever after its first spike.
 * With {@code stateBits} > 0, J and U are held in fixed point with quantum θ·2^−(bits−4) (range ±8θ, saturating),
 * rounded toward zero after each update as Loihi's shift-based decay does; gradients pass straight through.
 *
 * @param kind       "lif", "if", "cuba-lif" or "single-spike"
 * @param alpha      synaptic-current decay per step (0 for models without a current state)
 * @param beta       membrane decay per step (1 = no leak)
 * @param threshold  firing threshold θ &gt; 0
 */
public record NeuronModel(String kind, double alpha, double beta, double threshold, ResetMode reset,
                          int refractory, boolean singleSpike, int stateBits) {

    public NeuronModel {
        if (!(threshold > 0)) throw new IllegalArgumentException("threshold must be > 0, got " + threshold);
        if (beta < 0 || beta > 1) throw new IllegalArgumentException("beta must be in [0, 1], got " + beta);
        if (alpha < 0 || alpha > 1) throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
        if (refractory < 0) throw new IllegalArgumentException("refractory must be ≥ 0, got " + refractory);
        if (stateBits != 0 && (stateBits < 5 || stateBits > 32))
            throw new IllegalArgumentException("stateBits must be 0 (float) or 5..32, got " + stateBits);
    }

    /** Leaky integrate-and-fire: U decays by β each step. */
    public static NeuronModel lif(double beta, double threshold, ResetMode reset, int refractory) {
        return new NeuronModel("lif", 0, beta, threshold, reset, refractory, false, 0);
    }

    /** β from a membrane time constant: β = exp(−dt/τ). */
    public static double betaFromTau(double tauMs, double dtMs) {
        return Math.exp(-dtMs / tauMs);
    }

    /** Integrate-and-fire: no leak (β = 1). */
    public static NeuronModel integrateAndFire(double threshold, ResetMode reset, int refractory) {
        return new NeuronModel("if", 0, 1, threshold, reset, refractory, false, 0);
    }

    /** Current-based LIF as on Loihi: a decaying synaptic current feeds a decaying membrane. */
    public static NeuronModel cubaLif(double alpha, double beta, double threshold, ResetMode reset, int refractory,
                                      int stateBits) {
        return new NeuronModel("cuba-lif", alpha, beta, threshold, reset, refractory, false, stateBits);
    }

    /** Fires at most once per sample: for time-to-first-spike coding. */
    public static NeuronModel singleSpike(double beta, double threshold) {
        return new NeuronModel("single-spike", 0, beta, threshold, ResetMode.SUBTRACT, 0, true, 0);
    }

    /**
     * A leaky integrator that never spikes (Norse's LI): U[t] = β·U[t−1] + J[t]. Its threshold sits beyond any float a
     * membrane reaches, so S stays 0 and the surrogate derivative (of U − θ) vanishes; a membrane readout takes its
     * gradient straight from U. For real-valued outputs.
     */
    public static NeuronModel leakyIntegrator(double beta) {
        return new NeuronModel(LEAKY_INTEGRATOR, 0, beta, NEVER, ResetMode.ZERO, 0, false, 0);
    }

    public static final String LEAKY_INTEGRATOR = "leaky-integrator";
    /** A threshold no membrane reaches: finite, so θ·S stays 0 (∞·0 would be NaN). */
    static final double NEVER = 1e30;

    /** Whether the neuron can spike at all. */
    public boolean spikes() {
        return !LEAKY_INTEGRATOR.equals(kind);
    }

    /** Whether a[t] can ever be 0, so the engine must track it. */
    public boolean gated() {
        return refractory > 0 || singleSpike;
    }
}
