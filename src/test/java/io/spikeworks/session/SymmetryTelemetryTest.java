package io.spikeworks.session;

import io.spikeworks.learn.symmetry.FullTransport;
import io.spikeworks.learn.symmetry.RandomSubsetTransport;
import io.spikeworks.learn.symmetry.RoundRobinTransport;
import io.spikeworks.learn.symmetry.TransportResult;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.Project;
import io.spikeworks.sim.kernel.FastRandom;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** W − Bᵀ frames, the symmetry series, and the session recording them for weight-symmetry rules only. */
class SymmetryTelemetryTest {
    static final int ROWS = 40;
    static final int UNITS = 12;

    /** W random; B = W plus noise everywhere (a frozen B after some updates). */
    static float[][] drifted(long seed) {
        FastRandom rng = new FastRandom(seed);
        float[] w = new float[ROWS * UNITS];
        float[] b = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = rng.nextFloat() - 0.5f;
            b[i] = w[i] + 0.01f + 0.1f * rng.nextFloat();
        }
        return new float[][]{w, b};
    }

    static DivergenceFrame frameOf(float[] w, float[] b) {
        DivergenceFrame f = new DivergenceFrame();
        f.layers(1);
        f.fill(0, "out", w, b, UNITS);
        return f;
    }

    @Test
    void fullTransportResetsTheDivergenceToZeroEverywhere() {
        float[][] wb = drifted(1);
        DivergenceFrame before = frameOf(wb[0], wb[1]);
        assertEquals(0, before.inSync(0));
        assertTrue(before.maxAbs(0) > 0.01);
        new FullTransport().transport(0, wb[0], wb[1], UNITS);
        DivergenceFrame after = frameOf(wb[0], wb[1]);
        assertEquals(ROWS, after.gridRows(0));
        assertEquals(UNITS, after.gridColumns(0));
        assertArrayEquals(new float[ROWS * UNITS], after.cells(0));
        assertEquals(ROWS * UNITS, after.inSync(0));
        assertEquals(0, after.maxAbs(0));
    }

    @Test
    void partialTransportResetsExactlyTheTransportedSubset() {
        for (var scheme : List.of(new RandomSubsetTransport(0.25, 7), new RoundRobinTransport(0.1))) {
            float[][] wb = drifted(2);
            TransportResult r = scheme.transport(0, wb[0], wb[1], UNITS);
            Set<Integer> copied = new HashSet<>();
            for (int p : r.positions()) copied.add(p);
            assertEquals(r.copied(), copied.size());
            assertTrue(copied.size() < ROWS * UNITS, "a subset");
            float[] cells = frameOf(wb[0], wb[1]).cells(0);
            for (int k = 0; k < cells.length; k++)
                assertEquals(copied.contains(k), cells[k] == 0, scheme.id() + ": weight " + k);
            assertEquals(copied.size(), frameOf(wb[0], wb[1]).inSync(0));
        }
    }

    @Test
    void largeLayersAreReducedToBlocksShowingTheirLargestMagnitude() {
        int rows = 600;
        int units = 10;
        float[] w = new float[rows * units];
        float[] b = new float[w.length];
        FastRandom rng = new FastRandom(3);
        for (int i = 0; i < w.length; i++) b[i] = 0.1f * (rng.nextFloat() - 0.5f);
        b[7 * units + 4] = 2f; // row 7 lies in block 2 of 3-row blocks: W − B = −2 there
        DivergenceFrame f = new DivergenceFrame();
        f.layers(1);
        f.fill(0, "big", w, b, units);
        assertEquals(200, f.gridRows(0), "600 rows in blocks of 3");
        assertEquals(units, f.gridColumns(0));
        assertEquals(-2f, f.cells(0)[2 * units + 4], "the block keeps its value of largest magnitude, with its sign");
        assertEquals(2, f.maxAbs(0), 1e-6);
        for (int r = 0; r < 200; r++)
            for (int c = 0; c < units; c++) {
                float best = 0;
                for (int k = 0; k < 3; k++) {
                    float d = w[(3 * r + k) * units + c] - b[(3 * r + k) * units + c];
                    if (Math.abs(d) > Math.abs(best)) best = d;
                }
                assertEquals(best, f.cells(0)[r * units + c]);
            }
    }

    @Test
    void mismatchedLayersAreRefusedWithTheReason() {
        DivergenceFrame f = new DivergenceFrame();
        f.layers(1);
        var e = assertThrows(IllegalArgumentException.class, () -> f.fill(0, "out", new float[12], new float[12], 5));
        assertEquals("out: 12 weights are not a multiple of 5 units", e.getMessage());
    }

    @Test
    void seriesRingKeepsTheLastNSamples() {
        SeriesRing ring = new SeriesRing(3, "a", "b");
        assertEquals(-1, ring.lastIteration());
        for (int i = 1; i <= 5; i++) ring.append(10L * i, new double[]{i, -i});
        SeriesRing.Rows rows = ring.since(0);
        assertEquals(3, rows.size());
        assertEquals(2, rows.first());
        assertEquals(30, rows.iteration(0));
        assertEquals(-5, rows.value(2, 1));
        assertEquals(5, rows.next());
        assertEquals(0, ring.since(5).size());
        assertEquals(50, ring.lastIteration());
        assertThrows(IllegalArgumentException.class, () -> ring.append(60, new double[]{1}));
    }

    static Project fbp(Object... params) {
        var spec = ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, "fbp");
        return TinySessions.project().withAlgorithm(Component.of(spec, params));
    }

    @Test
    void aFrozenSessionShowsDriftThenTheResetOfAFullTransport() throws Exception {
        try (TrainingSession s = TinySessions.open(fbp("phi", 2, "transport", "full", "alignmentEvery", 1))) {
            StatusRecorder rec = StatusRecorder.on(s);
            SymmetryTelemetry sym = s.telemetry().symmetry();
            assertNotNull(sym);
            assertEquals("fbp", sym.algorithm());
            assertEquals(List.of("out"), sym.feedbackLayers(), "the first layer's feedback is never used");

            stepBatches(s, rec, 1);
            DivergenceFrame f = new DivergenceFrame();
            assertTrue(sym.readDivergence(f), "captured where training paused");
            assertEquals(1, f.iteration());
            assertEquals(-1, f.lastTransportIteration());
            assertEquals(16, f.rows(0));
            assertEquals(4, f.columns(0));
            assertTrue(f.maxAbs(0) > 0, "W moved, B stayed");

            stepBatches(s, rec, 1);
            assertTrue(sym.readDivergence(f));
            assertEquals(2, f.iteration());
            assertEquals(2, f.lastTransportIteration());
            assertArrayEquals(new float[16 * 4], f.cells(0), "B = Wᵀ again everywhere");
            assertEquals(64, f.inSync(0));
            assertTrue(f.peakAbs(0) > 0, "the colour scale keeps the drift before the transport");

            SeriesRing.Rows t = sym.transport().since(0);
            assertEquals(2, t.size());
            assertEquals(0, t.value(0, 0), "nothing copied after the first update");
            assertEquals(64, t.value(1, 0), "16 × 4 weights after the second");
            assertEquals(64 * 32, t.value(1, 1), "32-bit weights on float-reference");
            assertEquals(2 * 64, t.value(1, 3), "BP would have copied every weight after every update");
            assertEquals(2 * 64 * 32, t.value(1, 4));
            assertEquals(0, t.value(1, 2), "float-reference prices a transported bit at 0");
            assertEquals(1, t.value(1, 6), "one transport event");

            SeriesRing.Rows a = sym.asymmetry().since(0);
            assertEquals(2, a.size());
            assertTrue(a.value(0, 0) > 0, "an angle between W and Bᵀ after one frozen update: " + a.value(0, 0));
            assertEquals(0, a.value(1, 0), 1e-3, "no angle right after the transport");
            assertEquals(0, a.value(1, 1), 1e-9, "no relative norm either");

            SeriesRing.Rows g = sym.alignment().since(0);
            assertEquals(2, g.size(), "alignment measured every batch");
            assertEquals(List.of("all", "hidden1"), List.of(sym.alignment().columns()));
            assertEquals(2, g.iteration(1));
            assertTrue(Double.isFinite(g.value(1, 1)));
        }
    }

    @Test
    void onlyWeightSymmetryRulesRecordSymmetry() {
        try (TrainingSession s = TinySessions.open(TinySessions.project())) {
            assertNull(s.telemetry().symmetry(), "bptt has no separate feedback network");
        }
        var dfa = ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, "dfa");
        try (TrainingSession s = TinySessions.open(TinySessions.project().withAlgorithm(Component.of(dfa)))) {
            SymmetryTelemetry sym = s.telemetry().symmetry();
            assertNotNull(sym);
            assertEquals(List.of(), sym.feedbackLayers(), "no B shaped like W under DFA");
            assertEquals(0, sym.asymmetry().columns().length);
            assertFalse(sym.readDivergence(new DivergenceFrame()));
        }
    }
}
