package io.spikeworks.learn.memory;

/**
 * One named share of a run's estimated heap use.
 *
 * @param layer the layer it belongs to, or null for the network's input
 * @param what  what it is, in words: "keeps 25 steps × 128 samples × 256 neurons (membrane, spikes, currents)"
 * @param bytes how much, in bytes
 */
public record MemoryPart(String layer, String what, long bytes) {
    @Override
    public String toString() {
        return (layer == null ? "input" : layer) + " " + what + ": " + RunMemoryEstimate.size(bytes);
    }
}
