package io.spikeworks.learn.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomSearchTest {
    @TempDir
    Path tmp;

    private SweepPlan plan(long seed) throws Exception {
        if (!Files.exists(tmp.resolve("base.json"))) Files.copy(Path.of("sample-projects", "fashion-bp.json"), tmp.resolve("base.json"));
        Files.writeString(tmp.resolve("s.json"), """
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "base.json", "again": "base.json"},
                 "search": {"type": "random", "samples": 6, "seed": %d},
                 "training": {"learningRate": {"logUniform": [1e-4, 1e-2]}, "batchSize": [32, 64]},
                 "algorithms": [{"type": "bptt"},
                                {"type": "fbp", "phi": {"integer": [10, 20]}, "transport": {"choices": ["random", "round-robin"]},
                                 "fraction": {"uniform": [0.05, 0.5]}}]}""".formatted(seed));
        return SweepPlan.load(tmp.resolve("s.json"));
    }

    @Test
    void theSameSeedDrawsTheSameRunsAndAnotherSeedOthers() throws Exception {
        SweepPlan a = plan(7);
        SweepPlan b = plan(7);
        SweepPlan c = plan(8);
        assertEquals(2 * 2 * 6, a.entries().size(), "2 codings × 2 blocks × 6 samples");
        assertEquals(a.entries(), b.entries());
        assertNotEquals(a.entries().stream().map(SweepEntry::label).toList(), c.entries().stream().map(SweepEntry::label).toList());
        SweepEntry first = a.entries().get(0);
        assertTrue(first.label().matches("rate bptt learningRate=[0-9.E-]+ batchSize=(32|64) #1"), first.label());
        for (SweepEntry e : a.entries()) {
            double lr = e.project().training().learningRate();
            assertTrue(lr >= 1e-4 && lr <= 1e-2, e.label());
            assertTrue(e.label().contains("learningRate=" + Double.toString(lr)), "the label shows the value that trained: " + e.label());
            if (e.project().algorithm().type().equals("fbp")) {
                int phi = e.project().algorithm().getInt("phi");
                assertTrue(phi >= 10 && phi <= 20, e.label());
                double p = e.project().algorithm().getDouble("fraction");
                assertTrue(p >= 0.05 && p <= 0.5, e.label());
            }
        }
        // both codings train the same draws
        for (int i = 0; i < 12; i++)
            assertEquals(a.entries().get(i).label().substring("rate".length()), a.entries().get(12 + i).label().substring("again".length()));
    }

    @Test
    void logUniformPutsAsManyDrawsInEachDecade() throws Exception {
        JsonNode range = new ObjectMapper().readTree("{\"logUniform\": [1e-4, 1e-2]}");
        SplittableRandom rng = new SplittableRandom(1);
        int below = 0;
        int n = 4000;
        for (int i = 0; i < n; i++) {
            double v = RandomSearch.draw(range, rng).doubleValue();
            assertTrue(v >= 1e-4 && v <= 1e-2, "in range: " + v);
            if (v < 1e-3) below++;
        }
        // the geometric middle splits the draws in half; a uniform draw would put 9 % below 1e-3
        assertEquals(0.5, below / (double) n, 0.03);
        JsonNode ints = new ObjectMapper().readTree("{\"integer\": [1, 3]}");
        int[] seen = new int[4];
        for (int i = 0; i < 300; i++) seen[RandomSearch.draw(ints, rng).intValue()]++;
        assertEquals(0, seen[0]);
        assertTrue(seen[1] > 50 && seen[2] > 50 && seen[3] > 50, "both bounds included: " + java.util.Arrays.toString(seen));
    }

    @Test
    void badRangesAndRangesOnTheGridAreErrors() throws Exception {
        Files.copy(Path.of("sample-projects", "fashion-bp.json"), tmp.resolve("base.json"));
        Files.writeString(tmp.resolve("s.json"), """
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "base.json"},
                 "search": {"type": "random", "samples": 0, "seed": 1.5},
                 "algorithms": [{"type": "fbp", "phi": {"logUniform": [0, 10]}, "fraction": {"uniform": [0.5, 0.1]}}]}""");
        String m = assertThrows(SweepFileException.class, () -> SweepPlan.load(tmp.resolve("s.json"))).getMessage();
        assertEquals(List.of(
                "s.json: $.search.samples: must be a whole number from 1 to 1000 (draws per algorithm block), got 0",
                "s.json: $.search.seed: must be a whole number, got 1.5",
                "s.json: $.algorithms[0].phi.logUniform: a log-uniform range must be above 0, got [0,10]",
                "s.json: $.algorithms[0].fraction.uniform: the lower bound must be below the upper, got [0.5,0.1]"), m.lines().toList());
        Files.writeString(tmp.resolve("s.json"), """
                {"format": "spikeworks-sweep", "version": 1, "codings": {"rate": "base.json"},
                 "training": {"learningRate": [0.1, 0.01]},
                 "algorithms": [{"type": "fbp", "phi": {"integer": [1, 10]}}]}""");
        m = assertThrows(SweepFileException.class, () -> SweepPlan.load(tmp.resolve("s.json"))).getMessage();
        assertTrue(m.contains("$.training.learningRate: a list or range of training settings needs a random search"), m);
        assertTrue(m.contains("$.algorithms[0].phi: a range needs a random search"), m);
    }
}
