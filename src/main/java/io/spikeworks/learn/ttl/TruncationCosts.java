package io.spikeworks.learn.ttl;

/**
 * TTL-BPTT's savings so far, for views: memory held for the backward pass by TTL-BPTT (the largest window through
 * one block, its head included) and by end-to-end BPTT (the whole network over all T steps), the run's steps and
 * window, and the three reductions against end-to-end BPTT as fractions (NaN before the first batch).
 */
public record TruncationCosts(long samples, long peakBytesWithHeads, long endToEndBytes, int steps, int window, int blocks,
                              double memoryReduction, double macReduction, double accessReduction) {
    /** Bytes held after step t (0-based) of a sample's forward pass by end-to-end BPTT: every step so far. */
    public double endToEndBytesAt(int t) {
        return steps == 0 ? 0 : endToEndBytes * (double) (t + 1) / steps;
    }

    /** The same for TTL-BPTT: only the current window's steps, freed once the window's backward is done. */
    public double truncatedBytesAt(int t) {
        return window == 0 ? 0 : peakBytesWithHeads * (double) (t % window + 1) / window;
    }
}
