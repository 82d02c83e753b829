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
 * @param stepNames what each step is, where steps are phases of a circuit (nBP's "5 W2 potentiation"); empty where
 *                  every step is alike
 */
public record SampleInspection(DataSplit split, int index, int label, int predicted, int steps, long iteration,
                               List<InspectedLayer> layers, float[] outputs, List<String> stepNames) {
    public SampleInspection {
        layers = List.copyOf(layers);
        outputs = outputs.clone();
        stepNames = List.copyOf(stepNames);
        if (!stepNames.isEmpty() && stepNames.size() != steps)
            throw new IllegalArgumentException(stepNames.size() + " step names for " + steps + " steps");
    }

    /** A sample run through the network, whose steps are all alike. */
    public SampleInspection(DataSplit split, int index, int label, int predicted, int steps, long iteration,
                            List<InspectedLayer> layers, float[] outputs) {
        this(split, index, label, predicted, steps, iteration, layers, outputs, List.of());
    }

    /** What step t is ("5 W2 potentiation"), or null where steps have no names. */
    public String stepName(int t) {
        return stepNames.isEmpty() || t < 0 || t >= steps ? null : stepNames.get(t);
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
