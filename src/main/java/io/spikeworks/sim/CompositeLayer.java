package io.spikeworks.sim;

import java.util.List;

/**
 * A layer made of smaller networks of its own (a spiking DeepONet's branch and trunks). The engine sees one
 * {@link Layer}; everything that acts on spiking layers one by one (weight initialisation, chip quantisation,
 * feedback sources, layer-wise perturbation, divergence checks) reaches the inner ones through
 * {@link Network#spikingLayers()}, and a composite that ends a network gives the readout its output neurons.
 */
public interface CompositeLayer extends Layer {
    /** Every spiking layer inside, in a fixed order; {@link #outputNeurons()} last. */
    List<SpikingLayer> spikingLayers();

    /** The neurons the network's readout reads when this layer is the last one. */
    SpikingLayer outputNeurons();
}
