package io.spikeworks.learn.symmetry;

import java.util.Arrays;

/**
 * Scheme (3), most expensive: a comparison pass reads every (W, B) pair, then the ⌈p·N⌉ weights with the largest
 * |W − B| are copied (ties broken by lower index). The pass's N reads per layer per transport are counted as
 * comparison reads, on top of the copies.
 */
public final class LargestDivergenceTransport implements TransportScheme {
    public static final String ID = "largest-divergence";

    private final double fraction;
    private float[] divergence = new float[0];
    private float[] sorted = new float[0];

    public LargestDivergenceTransport(double fraction) {
        TransportScheme.subsetSize(fraction, 1);
        this.fraction = fraction;
    }

    @Override
    public double fraction() {
        return fraction;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransportResult transport(int layer, float[] w, float[] b, int units) {
        int n = w.length;
        int m = TransportScheme.subsetSize(fraction, n);
        if (divergence.length < n) {
            divergence = new float[n];
            sorted = new float[n];
        }
        for (int i = 0; i < n; i++) divergence[i] = Math.abs(w[i] - b[i]);
        System.arraycopy(divergence, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        float threshold = sorted[n - m];
        int[] chosen = new int[m];
        int k = 0;
        for (int i = 0; i < n; i++) if (divergence[i] > threshold) chosen[k++] = i;
        for (int i = 0; i < n && k < m; i++) if (divergence[i] == threshold) chosen[k++] = i;
        Arrays.sort(chosen);
        for (int idx : chosen) b[idx] = w[idx];
        return new TransportResult(m, n, chosen);
    }
}
