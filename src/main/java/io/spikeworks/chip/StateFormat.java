package io.spikeworks.chip;

import io.spikeworks.sim.neuron.NeuronModel;

import java.util.Objects;

/**
 * How wide a neuron's state (membrane potential, synaptic current) is on the chip, and whether training
 * should clip it to that width. 32 bits or clip = false leave the engine's float state alone.
 */
public record StateFormat(SourcedValue bits, SourcedFlag clip) {

    public StateFormat {
        Objects.requireNonNull(bits, "bits");
        Objects.requireNonNull(clip, "clip");
    }

    public int bitCount() {
        return (int) bits.limit();
    }

    /** The engine's stateBits for this chip: 0 (float) unless the profile clips state narrower than 32 bits. */
    public int neuronStateBits() {
        return clip.value() && bitCount() < 32 ? bitCount() : 0;
    }

    /**
     * The neuron model as it runs on this chip: fixed-point state of the profile's width (the engine's
     * fixed-point semantics, see {@link NeuronModel}), or unchanged when the profile does not clip.
     * A neuron that already holds narrower state keeps it: a chip cannot widen what the model asks for.
     */
    public NeuronModel constrain(NeuronModel m) {
        int bits = neuronStateBits();
        // a non-spiking output has no threshold to scale a fixed-point quantum by; it stays float
        if (bits == 0 || !m.spikes()) return m;
        int keep = m.stateBits() == 0 ? bits : Math.min(bits, m.stateBits());
        return new NeuronModel(m.kind(), m.alpha(), m.beta(), m.threshold(), m.reset(), m.refractory(), m.singleSpike(), keep);
    }
}
