package io.spikeworks.chip;

import java.util.Objects;

/**
 * Energy of the four kinds of work the meter counts.
 *
 * @param perSynapticOp     one synaptic event (spike × one target synapse), forward or feedback network
 * @param perNeuronUpdate   one neuron's state update in one time step
 * @param perWeightUpdate   one weight written by learning
 * @param perTransportedBit one bit of weight copied from the forward to a separate feedback network
 */
public record EnergyCosts(SourcedValue perSynapticOp, SourcedValue perNeuronUpdate, SourcedValue perWeightUpdate,
                          SourcedValue perTransportedBit) {
    public EnergyCosts {
        Objects.requireNonNull(perSynapticOp, "perSynapticOp");
        Objects.requireNonNull(perNeuronUpdate, "perNeuronUpdate");
        Objects.requireNonNull(perWeightUpdate, "perWeightUpdate");
        Objects.requireNonNull(perTransportedBit, "perTransportedBit");
    }
}
