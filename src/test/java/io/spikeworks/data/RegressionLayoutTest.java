package io.spikeworks.data;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grid layout each regression test set declares agrees with its rows: every row's coordinate columns hold the
 * layout's grid point for that row (read from the generated data, not from the layout), and the sensor columns of
 * one test function's rows are the same f throughout the function.
 */
class RegressionLayoutTest {
    @Test
    void everyTestSetsCoordinatesAreItsLayoutsGrid() {
        List<Supplier<TrainTestSplit>> tasks = List.of(ScientificRegression::sine1d, ScientificRegression::mexicanHat2d,
                ScientificRegression::poisson1d, ScientificRegression::antiderivative1d);
        int[] functions = {1, 1, 100, 100};
        int[] sensors = {0, 0, 100, 100};
        for (int k = 0; k < tasks.size(); k++) {
            RealValuedSet test = (RealValuedSet) tasks.get(k).get().test();
            RegressionLayout layout = test.layout().orElseThrow();
            assertEquals(functions[k], layout.functions(), test.name());
            assertEquals(sensors[k], layout.sensors(), test.name());
            assertCoordinatesMatch(test, layout);
            assertTrue(((RealValuedSet) tasks.get(k).get().train()).layout().isEmpty(), "random training points have no grid");
        }
    }

    @Test
    void diffusionReactionIsSpaceThenTime() {
        RealValuedSet test = (RealValuedSet) ScientificRegression.diffusionReaction().test();
        RegressionLayout layout = test.layout().orElseThrow();
        assertEquals(50, layout.functions());
        assertEquals(21 * 21, layout.pointsPerFunction());
        assertEquals("x", layout.axes().get(0).name());
        assertEquals("t", layout.axes().get(1).name());
        assertCoordinatesMatch(test, layout);
        // u = 0 at t = 0 (zero initial values) for every x of test function 3
        float[] y = new float[1];
        for (int ix = 0; ix < 21; ix++) {
            test.copyTarget(layout.firstRow(3) + ix * 21, y, 0);
            assertEquals(0, y[0], 1e-6, "u(x" + ix + ", 0)");
        }
    }

    private static void assertCoordinatesMatch(RealValuedSet set, RegressionLayout layout) {
        float[] row = new float[set.sampleLength()];
        float[] first = new float[set.sampleLength()];
        int p = layout.pointsPerFunction();
        for (int f = 0; f < layout.functions(); f += Math.max(1, layout.functions() / 7)) {
            set.copySample(layout.firstRow(f), first, 0);
            for (int q = 0; q < p; q += 5) {
                set.copySample(layout.firstRow(f) + q, row, 0);
                int rest = q;
                for (int d = layout.axes().size() - 1; d >= 0; d--) {
                    RegressionLayout.Axis a = layout.axes().get(d);
                    int i = rest % a.points();
                    rest /= a.points();
                    assertEquals(a.value(i), row[a.column()], 1e-6, set.name() + " function " + f + " point " + q + " axis " + a.name());
                }
                for (int j = 0; j < layout.sensors(); j++)
                    assertEquals(first[j], row[j], 0, set.name() + " function " + f + ": f changes within the function");
            }
        }
    }

    @Test
    void aLimitedSetKeepsOnlyWholeFunctions() {
        RealValuedSet test = (RealValuedSet) ScientificRegression.poisson1d().test();
        assertEquals(3, test.limit(51 * 3 + 20).layout().orElseThrow().functions());
        assertTrue(test.limit(50).layout().isEmpty(), "no whole function in 50 rows");
        assertNull(test.layout().orElseThrow().limitedTo(10));
    }

    @Test
    void aLayoutThatDoesNotFitTheRowsIsRefusedNamingTheSet() {
        RegressionLayout layout = new RegressionLayout(2, List.of(new RegressionLayout.Axis("x", 0, 0, 1, 5)), 0, "y");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RealValuedSet("toy", new float[9], 1, new float[9], 1, layout));
        assertTrue(e.getMessage().startsWith("toy: layout of 2 test functions × 5 points needs 10 rows"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new RegressionLayout(1, List.of(new RegressionLayout.Axis("x", 2, 0, 1, 5)), 4, "u"),
                "an axis inside the sensor columns");
    }
}
