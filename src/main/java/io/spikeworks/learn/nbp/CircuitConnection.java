package io.spikeworks.learn.nbp;

/**
 * Synapses from one population to another. A spike at step s arrives at step s + 1 + delay (Loihi's minimum
 * one-step latency plus the programmed delay).
 *
 * @param kind   ONE_TO_ONE (neuron n to neuron n, sizes equal), FROM_ONE (a single gate neuron to every neuron
 *               of the target, the authors' "1:a"), or DENSE (all-to-all through a matrix, the plastic weights)
 * @param weight the fixed weight of ONE_TO_ONE and FROM_ONE synapses
 * @param matrix for DENSE: index of the weight matrix in the circuit, row = pre neuron
 */
public record CircuitConnection(int pre, int post, Kind kind, int weight, int delay, int matrix, String label) {
    public enum Kind { ONE_TO_ONE, FROM_ONE, DENSE }
}
