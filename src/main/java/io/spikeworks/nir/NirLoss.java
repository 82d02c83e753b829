package io.spikeworks.nir;

/**
 * Something a NIR file cannot hold exactly, found on export.
 *
 * @param where         the layer or part of the project ("hidden1", "encoder")
 * @param what          what is not kept ("reset by subtraction written as reset to zero")
 * @param effect        what changes for someone running the file
 * @param changesSpikes whether the graph's own spikes differ from Spikeworks' (then export needs consent); false for
 *                      parts outside the graph, such as the encoder and the readout
 */
public record NirLoss(String where, String what, String effect, boolean changesSpikes) {
    @Override
    public String toString() {
        return where + ": " + what + " — " + effect;
    }
}
