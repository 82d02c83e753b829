package io.spikeworks.learn.ttl;

/**
 * TTL-BPTT's savings so far, for views: memory held for the backward pass per sample by TTL-BPTT (the largest
 * window through one block, its head included) and by end-to-end BPTT (the whole network over all T steps), the run's
 * steps and window, and the three reductions against end-to-end BPTT as fractions (NaN before the first batch).
 */
public record TruncationCosts(long samples, long peakBytesWithHeads, long endToEndBytes, int steps, int window, int blocks,
                              double memoryReduction, double macReduction, double accessReduction) {
    /**
     * A reduction as the change against end-to-end BPTT, as tables and meters print it: "-79.1 %" for a saving of
     * 0.791, "+2.0 %" for a cost, "0.0 %" when it rounds to nothing (never "-0.0 %"), "—" for NaN.
     */
    public static String changeText(double reduction) {
        if (Double.isNaN(reduction)) return "—";
        double change = Math.round(-1000 * reduction) / 10.0;
        return change == 0 ? "0.0 %" : String.format(java.util.Locale.ROOT, "%+.1f %%", change);
    }

    /** Bytes held after step t (0-based) of a sample's forward pass by end-to-end BPTT: every step so far. */
    public double endToEndBytesAt(int t) {
        return steps == 0 ? 0 : endToEndBytes * (double) (t + 1) / steps;
    }

    /** The same for TTL-BPTT: only the current window's steps, freed once the window's backward is done. */
    public double truncatedBytesAt(int t) {
        return window == 0 ? 0 : peakBytesWithHeads * (double) (t % window + 1) / window;
    }
}
