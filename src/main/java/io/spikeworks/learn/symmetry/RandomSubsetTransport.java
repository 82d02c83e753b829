package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.state.StateFloats;
import io.spikeworks.sim.kernel.FastRandom;

import java.util.Map;
import java.util.TreeMap;

/**
 * Scheme (1), cheapest: each transport copies a fresh uniformly random subset of ⌈p·N⌉ weights, drawn without
 * replacement (a partial Fisher–Yates shuffle of a per-layer index permutation, O(p·N) per transport). Needs only a
 * random number generator on chip; some weights may wait long between refreshes.
 */
public final class RandomSubsetTransport implements TransportScheme {
    public static final String ID = "random";

    private final double fraction;
    private final FastRandom rng;
    private final Map<Integer, int[]> permutations = new TreeMap<>();

    public RandomSubsetTransport(double fraction, long seed) {
        TransportScheme.subsetSize(fraction, 1);
        this.fraction = fraction;
        this.rng = new FastRandom(seed);
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

    /**
     * The generator's state, then one row per layer transported so far: its index and its permutation (the partial
     * shuffles build on each other, so the permutation is state too).
     */
    @Override
    public float[][] state() {
        float[][] s = new float[1 + permutations.size()][];
        s[0] = StateFloats.ofLongs(rng.state());
        int i = 1;
        for (Map.Entry<Integer, int[]> e : permutations.entrySet()) {
            int[] row = new int[1 + e.getValue().length];
            row[0] = e.getKey();
            System.arraycopy(e.getValue(), 0, row, 1, e.getValue().length);
            s[i++] = StateFloats.ofInts(row);
        }
        return s;
    }

    @Override
    public void restore(float[][] state) {
        if (state.length < 1) throw new IllegalArgumentException("random transport state lacks the generator's state");
        long[] r = StateFloats.toLongs(state[0]);
        if (r.length != 1) throw new IllegalArgumentException("random transport state: the generator's state is one long");
        permutations.clear();
        for (int i = 1; i < state.length; i++) {
            int[] row = StateFloats.toInts(state[i]);
            if (row.length < 1) throw new IllegalArgumentException("random transport state: an empty permutation row");
            permutations.put(row[0], java.util.Arrays.copyOfRange(row, 1, row.length));
        }
        rng.reseed(r[0]);
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        return p;
    }
}
