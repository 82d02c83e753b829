package io.spikeworks.learn.nbp;

/**
 * One training sample run through the neuron-level gated circuit beside the fast engine, from the weights the engine
 * held just before it learned that sample: the per-step record (raster, membranes, phases), the mirrored copies
 * after the sample, and how far the circuit's learned W1, W2 are from the engine's after the same sample (0: the two
 * routes agree). Immutable once published.
 *
 * @param samplesTrained    samples the rule had trained on before this one
 * @param label             the sample's class
 * @param record            every population's spikes and membranes at each of the 12 steps
 * @param mirror            the mirrored copies after the sample
 * @param engineDifference  max |W_circuit − W_engine| over W1 and W2 after both learned the sample
 * @param checks            samples checked this way so far in the run, this one included
 * @param worstEver         the largest copy or engine difference any of those checks found
 * @param warnings          the run's warnings when it was recorded ({@link SilentOutputWatch}), empty if none
 */
public record CircuitSample(long samplesTrained, int label, CircuitRecord record, MirrorCheck mirror,
                            int engineDifference, long checks, int worstEver, java.util.List<String> warnings) {
    public CircuitSample {
        warnings = java.util.List.copyOf(warnings);
    }

    /** A sample recorded while the run had nothing to warn about. */
    public CircuitSample(long samplesTrained, int label, CircuitRecord record, MirrorCheck mirror, int engineDifference,
                         long checks, int worstEver) {
        this(samplesTrained, label, record, mirror, engineDifference, checks, worstEver, java.util.List.of());
    }

    /** Copies equal and circuit equal to the engine. */
    public boolean exact() {
        return mirror.exact() && engineDifference == 0;
    }
}
