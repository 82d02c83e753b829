package io.spikeworks.model;

/** The kinds of interchangeable parts a project is assembled from; each family is one picker in the UI. */
public enum ComponentFamily {
    LAYER("layer"),
    NEURON("neuron"),
    ENCODER("encoder"),
    ALGORITHM("algorithm"),
    LOSS("loss"),
    OPTIMIZER("optimizer"),
    SCHEDULE("schedule"),
    READOUT("readout"),
    SURROGATE("surrogate"),
    DATASET("dataset");

    private final String noun;

    ComponentFamily(String noun) {
        this.noun = noun;
    }

    /** Lower-case noun for messages: "unknown layer type 'dens'". */
    public String noun() {
        return noun;
    }
}
