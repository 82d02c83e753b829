package io.spikeworks.ui.live.symmetry;

/**
 * The live run's weight transport (W → B) after every batch, cumulative, next to what exact BP would have copied
 * by then, and its test accuracy per evaluation. Arrays are parallel and immutable by contract; energy is NaN
 * where the chip gives no cost per transported bit.
 */
public record TransportCostData(long version, String algorithm, double[] iterations, double[] weights, double[] bits,
                                double[] energyPj, double[] bpWeights, double[] bpBits, double[] bpEnergyPj,
                                double[] events, double[] evaluationIterations, double[] testAccuracy) {
    public TransportCostData {
        int n = iterations.length;
        for (double[] c : new double[][]{weights, bits, energyPj, bpWeights, bpBits, bpEnergyPj, events})
            if (c.length != n) throw new IllegalArgumentException("transport columns differ in length");
        if (evaluationIterations.length != testAccuracy.length)
            throw new IllegalArgumentException("evaluation columns differ in length");
    }

    public int batches() {
        return iterations.length;
    }

    /** Ours, cumulative, in that quantity. */
    public double[] series(TransportQuantity q) {
        return switch (q) {
            case WEIGHTS -> weights;
            case BITS -> bits;
            case ENERGY -> energyPj;
        };
    }

    /** Exact BP's over the same iterations. */
    public double[] bpSeries(TransportQuantity q) {
        return switch (q) {
            case WEIGHTS -> bpWeights;
            case BITS -> bpBits;
            case ENERGY -> bpEnergyPj;
        };
    }

    /** Transport events so far. */
    public long transports() {
        return batches() == 0 ? 0 : (long) events[batches() - 1];
    }
}
