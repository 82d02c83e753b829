package io.spikeworks.session;

/**
 * The figures of one training batch, for live curves.
 *
 * @param index            position in the session's sequence of batch metrics, from 0
 * @param iteration        optimiser steps taken, including this batch
 * @param epoch            1-based
 * @param batch            1-based within the epoch
 * @param samplesPerSecond throughput of this batch alone (encode, forward, backward, update)
 * @param trainSeconds     training time so far, pauses and pacing excluded
 * @param clockNanos       session clock when the batch ended (for wall-clock axes and pacing)
 */
public record BatchMetrics(long index, long iteration, int epoch, int batch, int batchesPerEpoch, int epochs,
                           long samplesSeen, double loss, double accuracy, double samplesPerSecond,
                           double learningRate, double trainSeconds, long clockNanos) {
    /** Fraction of the whole run done, in [0, 1]. */
    public double fractionDone() {
        return ((double) (epoch - 1) * batchesPerEpoch + batch) / ((double) epochs * batchesPerEpoch);
    }
}
