package io.spikeworks.learn.symmetry;

/**
 * What one layer's transport did.
 *
 * @param copied          weight values written into B
 * @param comparisonReads (W, B) pairs read to choose them
 * @param positions       the indices copied, in W's layout; null when all were
 */
public record TransportResult(long copied, long comparisonReads, int[] positions) {
}
