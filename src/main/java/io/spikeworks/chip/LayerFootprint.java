package io.spikeworks.chip;

import java.util.Objects;

/**
 * What one layer asks of a chip: its neurons, each neuron's fan-in, and the geometry that says how many
 * distinct inputs a group of its neurons shares. Neurons are numbered as the engine stores them,
 * channels-last (row, column, channel), and a core takes a consecutive run of them.
 *
 * @param fanIn synapses into one neuron (dense: all inputs; conv: k·k·C_in; pool: k·k)
 */
public record LayerFootprint(String name, Kind kind, long neurons, long fanIn, int inChannels, int inHeight,
                             int inWidth, int outChannels, int outHeight, int outWidth, int kernel, int stride) {

    public enum Kind { DENSE, CONV, POOL }

    public LayerFootprint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (neurons < 1 || fanIn < 1) throw new IllegalArgumentException(name + ": neurons and fan-in must be ≥ 1");
    }

    public static LayerFootprint dense(String name, long inputs, long units) {
        return new LayerFootprint(name, Kind.DENSE, units, inputs, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static LayerFootprint conv(String name, int cin, int h, int w, int cout, int ho, int wo, int kernel, int stride) {
        return new LayerFootprint(name, Kind.CONV, (long) cout * ho * wo, (long) kernel * kernel * cin, cin, h, w, cout, ho,
                wo, kernel, stride);
    }

    public static LayerFootprint pool(String name, int c, int h, int w, int ho, int wo, int kernel, int stride) {
        return new LayerFootprint(name, Kind.POOL, (long) c * ho * wo, (long) kernel * kernel, c, h, w, c, ho, wo, kernel, stride);
    }

    /**
     * Distinct inputs that m consecutive neurons (on one core) receive, at most. Dense: every neuron sees
     * every input. Conv and pool: the bounding box of their receptive fields over the output positions that m
     * consecutive channels-last neurons can span (a run of positions, whole rows once it wraps), or the sum of
     * their receptive fields if smaller; an upper bound, exact for a single neuron and for whole rows.
     */
    public long inputsFor(long m) {
        if (m < 1) return 0;
        if (kind == Kind.DENSE) return fanIn;
        long positions = (m + outChannels - 2) / outChannels + 1;   // worst case: the run starts at a position's last channel
        positions = Math.min(positions, (long) outHeight * outWidth);
        long rows = Math.min(outHeight, (positions - 1 + outWidth - 1) / outWidth + 1);
        long cols = rows > 1 ? outWidth : positions;
        long inRows = Math.min(inHeight, (rows - 1) * stride + kernel);
        long inCols = Math.min(inWidth, (cols - 1) * stride + kernel);
        long channels = kind == Kind.CONV ? inChannels : Math.min(m, outChannels);
        long box = channels * inRows * inCols;
        // a union is never larger than the sum of its parts: tighter when a run wraps to the next row
        long sum = kind == Kind.CONV ? positions * fanIn : m * fanIn;
        return Math.min(Math.min(box, sum), (long) inChannels * inHeight * inWidth);
    }
}
