package io.spikeworks.ui.live.regression;

import io.spikeworks.data.RealValuedSet;
import io.spikeworks.data.RegressionLayout;
import io.spikeworks.learn.gradient.GradientCosineRow;
import io.spikeworks.learn.score.TestPredictions;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regression views' data, without the toolkit: test functions cut from rows, errors, the cosine table's CSV. */
class RegressionViewDataTest {
    /** Two operator test functions on a 3 × 2 space-time grid, f at 2 sensors; row = [f0, f1, x, t]. */
    private static RealValuedSet toySet() {
        RegressionLayout layout = new RegressionLayout(2, List.of(new RegressionLayout.Axis("x", 2, 0, 1, 3),
                new RegressionLayout.Axis("t", 3, 0, 1, 2)), 2, "u(x, t)");
        float[] in = new float[12 * 4];
        float[] y = new float[12];
        for (int r = 0; r < 12; r++) {
            int f = r / 6, q = r % 6;
            in[r * 4] = 10 * f;
            in[r * 4 + 1] = 10 * f + 1;
            in[r * 4 + 2] = (q / 2) * 0.5f;
            in[r * 4 + 3] = q % 2;
            y[r] = r + 1;
        }
        return new RealValuedSet("toy", in, 4, y, 1, layout);
    }

    @Test
    void aTestFunctionIsItsRowsOnTheGridWithItsInputAndError() {
        TestFunctionSet set = TestFunctionSet.of(toySet()).orElseThrow();
        assertArrayEquals(new float[]{10, 11}, set.input(1));
        float[] pred = new float[12];
        for (int r = 0; r < 12; r++) pred[r] = r + 1 + (r == 8 ? 3 : 0); // function 1, point 2 (x = 0.5, t = 0) is off by 3
        PredictionData d = PredictionData.of(7, set, new TestPredictions(2, 100, 1, pred));
        PredictionData.TestFunction f = d.function(1);
        assertArrayEquals(new float[]{7, 8, 9, 10, 11, 12}, f.reference());
        assertEquals(3, f.at(f.error(), 1, 0), "x index 1, t index 0");
        assertEquals(0, f.at(f.error(), 1, 1));
        double norm = Math.sqrt(49 + 64 + 81 + 100 + 121 + 144);
        assertEquals(3 / norm, f.relativeL2(), 1e-12);
        assertEquals(0, d.functionErrors()[0]);
        assertEquals(1, d.worstFunction());
        assertEquals(3, f.maxError());
        assertArrayEquals(new double[]{7, 12}, f.valueRange(), 0);
        assertTrue(TestFunctionSet.of(new RealValuedSet("flat", new float[4], 1, new float[4], 1)).isEmpty(),
                "rows without a layout are not test functions");
    }

    @Test
    void predictionsThatDoNotCoverTheLayoutAreRefused() {
        TestFunctionSet set = TestFunctionSet.of(toySet()).orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PredictionData.of(1, set, new TestPredictions(1, 0, 1, new float[6])));
        assertEquals("6 predictions for a layout of 12 rows", e.getMessage());
    }

    @Test
    void theCosineTableRoundTripsThroughCsvAndBadLinesAreNamed() throws Exception {
        List<GradientCosineRow> rows = List.of(new GradientCosineRow("wp, central", 8, 0.2, 0.05, 0.4, 50),
                new GradientCosineRow("forward-mode", 64, 0.7, 0.6, 0.8, 50));
        StringWriter w = new StringWriter();
        io.spikeworks.learn.gradient.GradientCosineCsv.write(rows, w);
        assertEquals(rows, io.spikeworks.learn.gradient.GradientCosineCsv.parse(w.toString(), "t.csv"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> io.spikeworks.learn.gradient.GradientCosineCsv.parse(
                io.spikeworks.learn.gradient.GradientCosineCsv.HEADER + "\nwp,8,0.2,0.5,0.4,10\n", "t.csv"));
        assertTrue(e.getMessage().startsWith("t.csv, line 2: wp K = 8: needs min ≤ mean ≤ max"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> io.spikeworks.learn.gradient.GradientCosineCsv.parse("a,b\n", "t.csv"));
        assertTrue(e.getMessage().startsWith("t.csv, line 1: expected the header"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> io.spikeworks.learn.gradient.GradientCosineCsv.parse(
                io.spikeworks.learn.gradient.GradientCosineCsv.HEADER + "\nwp,eight,0.2,0.1,0.4,10\n", "t.csv"));
        assertTrue(e.getMessage().startsWith("t.csv, line 2: not a number"), e.getMessage());
    }

    @Test
    void qualityDataGroupsTheTableByEstimatorSortedByK() {
        GradientQualityData d = new GradientQualityData(1, "wp", 5, new long[]{5, 10}, new double[]{0.5, Double.NaN},
                List.of(new GradientCosineRow("a", 16, 0.5, 0.4, 0.6, 3), new GradientCosineRow("b", 1, 0.1, 0, 0.2, 3),
                        new GradientCosineRow("a", 2, 0.2, 0.1, 0.3, 3)));
        assertEquals(List.of("a", "b"), List.copyOf(d.byEstimator().keySet()));
        assertEquals(2, d.byEstimator().get("a").get(0).directions());
        assertArrayEquals(new int[]{1, 16}, d.directionRange());
        assertEquals(0.5, d.meanCosine(), "NaN measurements left out");
        assertEquals(0.5, GradientQualityData.cosineOfDegrees(60), 1e-12);
    }
}
