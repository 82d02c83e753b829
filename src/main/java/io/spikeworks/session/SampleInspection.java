package io.spikeworks.session;

import java.util.List;

/**
 * One sample run alone through a copy of the network as it was at some iteration: the encoded input and every
 * layer's spikes and membranes at every step, the readout and the prediction. Immutable, so any thread may read
 * it; walk through it one time step at a time with {@link #cursor()}.
 *
 * @param iteration the optimiser steps the weights had taken
 * @param layers    the input first (named "input"), then every layer in network order
 * @param outputs   the readout, one value per output neuron
 */
public record SampleInspection(DataSplit split, int index, int label, int predicted, int steps, long iteration,
                               List<InspectedLayer> layers, float[] outputs) {
    public SampleInspection {
        layers = List.copyOf(layers);
        outputs = outputs.clone();
    }

    @Override
    public float[] outputs() {
        return outputs.clone();
    }

    public InspectedLayer layer(String name) {
        for (InspectedLayer l : layers) if (l.name().equals(name)) return l;
        throw new IllegalArgumentException("no layer '" + name + "'");
    }

    /** A cursor before step 0, to reveal the sample one time step at a time. */
    public TimeStepCursor cursor() {
        return new TimeStepCursor(this);
    }
}
