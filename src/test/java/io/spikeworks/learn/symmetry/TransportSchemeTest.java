package io.spikeworks.learn.symmetry;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each scheme copies exactly the weights it reports: W holds 1..N, B starts at 0, so copied = nonzero. */
class TransportSchemeTest {
    static final int UNITS = 4;
    static final int N = 60; // 15 weights per unit

    static float[] forward() {
        float[] w = new float[N];
        for (int i = 0; i < N; i++) w[i] = i + 1;
        return w;
    }

    static Set<Integer> changed(float[] before, float[] after) {
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < after.length; i++) if (before[i] != after[i]) s.add(i);
        return s;
    }

    static Set<Integer> set(int[] a) {
        Set<Integer> s = new HashSet<>();
        for (int v : a) s.add(v);
        return s;
    }

    @Test
    void subsetSizeIsTheCeilingOfPTimesN() {
        assertEquals(3, TransportScheme.subsetSize(0.1, 30));
        assertEquals(1, TransportScheme.subsetSize(0.01, 30));
        assertEquals(2008, TransportScheme.subsetSize(0.01, 200_704));
        assertEquals(30, TransportScheme.subsetSize(1.0, 30));
        assertThrows(IllegalArgumentException.class, () -> TransportScheme.subsetSize(0, 30));
        assertThrows(IllegalArgumentException.class, () -> TransportScheme.of("some", 0.1, 1));
    }

    @Test
    void fullCopiesEverything() {
        float[] w = forward();
        float[] b = new float[N];
        TransportResult r = new FullTransport().transport(0, w, b, UNITS);
        assertArrayEquals(w, b);
        assertEquals(N, r.copied());
        assertEquals(0, r.comparisonReads());
        assertNull(r.positions());
    }

    @Test
    void randomCopiesAFreshSubsetOfTheReportedPositions() {
        float[] w = forward();
        float[] b = new float[N];
        RandomSubsetTransport scheme = new RandomSubsetTransport(0.1, 42);
        Set<Integer> first = null;
        for (int k = 0; k < 5; k++) {
            float[] before = new float[N];
            TransportResult r = scheme.transport(0, w, before, UNITS);
            assertEquals(6, r.copied());
            assertEquals(6, set(r.positions()).size(), "without replacement");
            assertEquals(set(r.positions()), changed(new float[N], before));
            if (first == null) first = set(r.positions());
            else assertNotEquals(first, set(r.positions()), "a new subset each time");
        }
        TransportResult again = new RandomSubsetTransport(0.1, 42).transport(0, w, b, UNITS);
        assertEquals(first, set(again.positions()), "the same seed draws the same subsets");
    }

    @Test
    void randomSubsetsAreUniform() {
        float[] w = forward();
        int[] hits = new int[N];
        RandomSubsetTransport scheme = new RandomSubsetTransport(0.1, 7);
        int rounds = 5000;
        for (int k = 0; k < rounds; k++) for (int i : scheme.transport(0, w, new float[N], UNITS).positions()) hits[i]++;
        double expected = rounds * 0.1;
        for (int h : hits) assertEquals(expected, h, 5 * Math.sqrt(expected), "hits " + Arrays.toString(hits));
    }

    @Test
    void roundRobinWalksUnitByUnitAndCoversEveryWeightInOneOverPTransports() {
        float[] w = forward();
        float[] b = new float[N];
        RoundRobinTransport scheme = new RoundRobinTransport(0.25); // 15 weights = one unit per transport
        int[] seen = new int[N];
        for (int k = 0; k < 4; k++) {
            float[] before = b.clone();
            TransportResult r = scheme.transport(0, w, b, UNITS);
            assertEquals(15, r.copied());
            Set<Integer> expected = new HashSet<>();
            for (int row = 0; row < 15; row++) expected.add(row * UNITS + k); // all weights of output unit k
            assertEquals(expected, set(r.positions()));
            assertEquals(expected, changed(before, b));
            for (int i : r.positions()) seen[i]++;
        }
        for (int s : seen) assertEquals(1, s, "each weight exactly once in 1/p = 4 transports");
        assertArrayEquals(w, b);
    }

    @Test
    void roundRobinCoversEveryWeightWhenBlocksSplitUnits() {
        RoundRobinTransport scheme = new RoundRobinTransport(0.1); // 6 weights: part of a unit
        float[] w = forward();
        int[] seen = new int[N];
        for (int k = 0; k < 10; k++) for (int i : scheme.transport(0, w, new float[N], UNITS).positions()) seen[i]++;
        for (int s : seen) assertEquals(1, s);
        int[] next = scheme.transport(0, w, new float[N], UNITS).positions();
        assertArrayEquals(new int[]{0, 4, 8, 12, 16, 20}, next, "wraps around to unit 0");
    }

    @Test
    void roundRobinKeepsOneCursorPerLayer() {
        RoundRobinTransport scheme = new RoundRobinTransport(0.25);
        float[] w = forward();
        scheme.transport(0, w, new float[N], UNITS);
        int[] otherLayer = scheme.transport(1, w, new float[N], UNITS).positions();
        assertEquals(0, otherLayer[0] % UNITS, "layer 1 starts at unit 0");
    }

    @Test
    void largestDivergenceCopiesTheTopPByAbsoluteDifferenceAfterReadingEveryPair() {
        float[] w = forward();
        float[] b = w.clone();
        // divergences: weight 7 by 5, weight 30 by −9, weights 3 and 50 by 2 (a tie), weight 11 by 1
        b[7] -= 5;
        b[30] += 9;
        b[3] -= 2;
        b[50] += 2;
        b[11] -= 1;
        float[] before = b.clone();
        TransportResult r = new LargestDivergenceTransport(3.0 / N).transport(0, w, b, UNITS);
        assertEquals(3, r.copied());
        assertEquals(N, r.comparisonReads());
        assertArrayEquals(new int[]{3, 7, 30}, r.positions(), "ties go to the lower index");
        assertEquals(Set.of(3, 7, 30), changed(before, b));
        TransportResult next = new LargestDivergenceTransport(3.0 / N).transport(0, w, b, UNITS);
        assertArrayEquals(new int[]{0, 11, 50}, next.positions(), "50 and 11 remain; weight 0 wins the zero-divergence tie");
    }
}
