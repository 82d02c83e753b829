package io.spikeworks.chip;

/** The limits a mapped network is checked against. */
public enum DesignRule {
    /** One neuron's inputs exceed a core's input axons. */
    FAN_IN,
    /** One neuron's synapses (forward, plus feedback copy) exceed a core's synaptic memory. */
    SYNAPTIC_MEMORY,
    /** One neuron must send to more cores than a core has output edges. */
    FAN_OUT,
    /** The network needs more cores than the chip has. */
    CORE_COUNT
}
