package io.spikeworks.ui.live.cost;

/**
 * What training has cost so far, from the engine's counters.
 *
 * @param synapticOps      spike-driven synaptic operations (forward)
 * @param denseMacs        multiply-accumulates of dense (non-spiking) input
 * @param backwardMacs     multiply-accumulates of the backward pass
 * @param backwardBytes    peak memory held for the backward pass
 * @param samples          samples processed (forward passes)
 * @param samplesPerSecond throughput of the latest batch
 * @param elapsedSeconds   training time so far
 * @param fractionDone     of the whole run, in [0, 1]
 * @param chipProfile      the chip the energy is estimated for ("" when unknown)
 * @param joulesPerTrainingSample energy per training sample on that chip (NaN when unknown)
 * @param joulesPerInferenceSample energy per inference sample on that chip (NaN when unknown)
 */
public record CostData(long version, long synapticOps, long denseMacs, long backwardMacs, long backwardBytes,
                       long samples, double samplesPerSecond, double elapsedSeconds, double fractionDone,
                       String chipProfile, double joulesPerTrainingSample, double joulesPerInferenceSample) {
    /** Without chip energy. */
    public CostData(long version, long synapticOps, long denseMacs, long backwardMacs, long backwardBytes,
                    long samples, double samplesPerSecond, double elapsedSeconds, double fractionDone) {
        this(version, synapticOps, denseMacs, backwardMacs, backwardBytes, samples, samplesPerSecond, elapsedSeconds,
                fractionDone, "", Double.NaN, Double.NaN);
    }

    /** Seconds left at the pace so far, NaN before there is a pace. */
    public double etaSeconds() {
        if (!(fractionDone > 0) || !(elapsedSeconds > 0)) return Double.NaN;
        return elapsedSeconds * (1 - fractionDone) / fractionDone;
    }
}
