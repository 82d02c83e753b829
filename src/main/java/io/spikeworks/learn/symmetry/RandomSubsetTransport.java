package io.spikeworks.learn.symmetry;

import io.spikeworks.sim.FastRandom;

import java.util.HashMap;
import java.util.Map;

/**
 * Scheme (1), cheapest: each transport copies a fresh uniformly random subset of ⌈p·N⌉ weights, drawn without
 * replacement (a partial Fisher–Yates shuffle of a per-layer index permutation, O(p·N) per transport). Needs only a
 * random number generator on chip; some weights may wait long between refreshes.
 */
public final class RandomSubsetTransport implements TransportScheme {
    public static final String ID = "random";

    private final double fraction;
    private final FastRandom rng;
    private final Map<Integer, int[]> permutations = new HashMap<>();

    public RandomSubsetTransport(double fraction, long seed) {
        TransportScheme.subsetSize(fraction, 1);
        this.fraction = fraction;
        this.rng = new FastRandom(seed);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public TransportResult transport(int layer, float[] w, float[] b, int units) {
        int n = w.length;
        int m = TransportScheme.subsetSize(fraction, n);
        int[] perm = permutations.computeIfAbsent(layer, k -> identity(n));
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(perm, m);
        for (int idx : chosen) b[idx] = w[idx];
        return new TransportResult(m, 0, chosen);
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        return p;
    }
}
