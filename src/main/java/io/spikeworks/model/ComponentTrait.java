package io.spikeworks.model;

/** Facts about a component type that validation (and the engine) act on, beyond its parameters. */
public enum ComponentTrait {
    /** A layer made of spiking neurons: it carries a {@code neuron} component. */
    SPIKING,
    /** A loss that scores one output per class, so the last layer must have as many outputs as classes. */
    CLASSIFICATION,
    /** A loss that compares the readout with real-valued targets, so the dataset must have such targets. */
    REGRESSION,
    /** A neuron that never spikes: its membrane is an output to read, not a source of spikes for another layer. */
    NON_SPIKING,
    /** A dataset whose samples are spikes already (event streams): they need the {@code events} encoder. */
    EVENT_STREAM,
    /** A dataset that is not bundled: the project must give its directory as {@code path}. */
    NEEDS_PATH
}
