package io.spikeworks.ui.live;

/**
 * Telemetry a run may or may not offer, beyond what every run has (activity, learning curves, costs, weights). A
 * live view that needs one is registered with {@link LiveViewRegistration#requires}, and its card is shown only while
 * a run that offers it is bound.
 */
public enum LiveCapability {
    /**
     * The network's own spikes and membranes per sample (the raster and traces). Every rule but one that trains a
     * circuit of its own instead of running the network (nBP), whose circuit card shows its activity instead.
     */
    NETWORK_ACTIVITY,
    /** Feedback weights B beside W: W − Bᵀ, asymmetry and alignment, transport (the weight-symmetry rules). */
    WEIGHT_SYMMETRY,
    /** A neuron-level circuit the rule records a sample through: gates, phases, mirrored copies (nBP). */
    GATED_CIRCUIT,
    /** Memory, MAC and memory-access savings against end-to-end BPTT (TTL-BPTT). */
    TRUNCATION_COSTS,
    /**
     * Predictions of a real-valued test set that says how its rows form test functions on a grid (the regression
     * and operator tasks); a classification run never offers it.
     */
    TEST_FUNCTION_PREDICTIONS,
    /** Comparisons of an estimated gradient with BPTT's (weight perturbation with alignmentEvery, forward-mode). */
    GRADIENT_ESTIMATE
}
