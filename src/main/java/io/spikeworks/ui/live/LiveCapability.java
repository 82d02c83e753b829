package io.spikeworks.ui.live;

/**
 * Telemetry a run may or may not offer, beyond what every run has (activity, learning curves, costs, weights). A
 * live view that needs one is registered with {@link LiveViewRegistration#requires}, and its card is shown only while
 * a run that offers it is bound.
 */
public enum LiveCapability {
    /** Feedback weights B beside W: W − Bᵀ, asymmetry and alignment, transport (the weight-symmetry rules). */
    WEIGHT_SYMMETRY,
    /** A neuron-level circuit the rule records a sample through: gates, phases, mirrored copies (nBP). */
    GATED_CIRCUIT
}
