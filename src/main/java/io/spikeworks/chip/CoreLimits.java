package io.spikeworks.chip;

import java.util.Objects;

/**
 * What one chip offers to map a network onto. Any limit may be unlimited (null value in the file).
 *
 * @param count                     neuromorphic cores on the chip
 * @param neuronsPerCore            neurons (compartments) one core can update
 * @param synapticMemoryBitsPerCore bits of synaptic (weight) memory per core
 * @param maxFanInPerCore           distinct inputs (input axons) one core can receive
 * @param maxFanOutPerCore          core-to-core output edges (output axons) one core can send on
 */
public record CoreLimits(SourcedValue count, SourcedValue neuronsPerCore, SourcedValue synapticMemoryBitsPerCore,
                         SourcedValue maxFanInPerCore, SourcedValue maxFanOutPerCore) {
    public CoreLimits {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(neuronsPerCore, "neuronsPerCore");
        Objects.requireNonNull(synapticMemoryBitsPerCore, "synapticMemoryBitsPerCore");
        Objects.requireNonNull(maxFanInPerCore, "maxFanInPerCore");
        Objects.requireNonNull(maxFanOutPerCore, "maxFanOutPerCore");
    }
}
