package io.spikeworks.learn.symmetry;

/**
 * One layer's share of one weight transport (W → B).
 *
 * @param iteration        the optimiser step after which the transport happened (from 1)
 * @param layer            layer name
 * @param weightsCopied    weight values written into B
 * @param bitsCopied       weightsCopied × bits per copied value
 * @param comparisonReads  (W, B) pairs read to decide what to copy (largest-divergence only)
 */
public record TransportEvent(long iteration, String layer, long weightsCopied, long bitsCopied, long comparisonReads) {
}
