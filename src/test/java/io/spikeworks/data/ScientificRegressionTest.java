package io.spikeworks.data;

import io.spikeworks.data.function.MexicanHat;
import io.spikeworks.data.function.OperatorTasks;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The registered scientific regression sets: sizes and layout as their help says, targets checked against closed
 * forms (the Mexican hat's formula; u = ∫ G(x, s) f(s) ds with the Green's function of −u'' on [0, 1]).
 */
class ScientificRegressionTest {
    @Test
    void mexicanHatRowsAreTheWaveletAtTheirPoints() {
        TrainTestSplit s = ScientificRegression.mexicanHat2d();
        assertEquals(2000, s.train().size());
        assertEquals(51 * 51, s.test().size());
        assertEquals(2, s.train().sampleLength());
        assertFalse(s.train().hasClassLabels());
        float[] x = new float[2], y = new float[1];
        for (SampleSet set : new SampleSet[]{s.train(), s.test()}) {
            for (int i = 0; i < set.size(); i += 97) {
                set.copySample(i, x, 0);
                set.copyTarget(i, y, 0);
                double r2 = x[0] * x[0] + x[1] * x[1], q = r2 / (2 * 0.64);
                assertEquals((1 - q) * Math.exp(-q) / (Math.PI * 0.8 * 0.8 * 0.8 * 0.8), y[0], 1e-6, set.name() + " row " + i);
            }
        }
        s.test().copySample(51 * 25 + 25, x, 0);
        assertEquals(0, x[0], 1e-7, "the grid's centre");
        assertEquals(new MexicanHat().peak(), valueAt(s.test(), 51 * 25 + 25), 1e-6);
    }

    private static double valueAt(SampleSet set, int i) {
        float[] y = new float[1];
        set.copyTarget(i, y, 0);
        return y[0];
    }

    @Test
    void poissonRowsAreSensorsThenXAndTenTimesTheSolution() {
        TrainTestSplit s = ScientificRegression.poisson1d();
        assertEquals(1000 * 10, s.train().size());
        assertEquals(100 * 51, s.test().size());
        assertEquals(101, s.train().sampleLength());
        float[] row = new float[101], y = new float[1];
        for (int i : new int[]{0, 7, 5003}) {
            int function = i / 10;
            DoubleUnaryOperator f = OperatorTasks.poisson().function(ScientificRegression.TRAIN_SEED, function);
            s.train().copySample(i, row, 0);
            s.train().copyTarget(i, y, 0);
            assertEquals(f.applyAsDouble(0.0), row[0], 1e-6, "sensor 0 is f(0)");
            assertEquals(f.applyAsDouble(1.0), row[99], 1e-6, "sensor 99 is f(1)");
            double x = row[100];
            assertEquals(10 * greensIntegral(f, x), y[0], 2e-4, "row " + i + " at x = " + x);
        }
    }

    /** u(x) = ∫₀¹ G(x, s) f(s) ds, G = s(1 − x) for s ≤ x, x(1 − s) above; composite Simpson on each side of x. */
    private static double greensIntegral(DoubleUnaryOperator f, double x) {
        return simpson(s -> s * (1 - x) * f.applyAsDouble(s), 0, x) + simpson(s -> x * (1 - s) * f.applyAsDouble(s), x, 1);
    }

    private static double simpson(DoubleUnaryOperator g, double a, double b) {
        int n = 2000;
        double h = (b - a) / n, sum = g.applyAsDouble(a) + g.applyAsDouble(b);
        for (int k = 1; k < n; k++) sum += (k % 2 == 1 ? 4 : 2) * g.applyAsDouble(a + k * h);
        return sum * h / 3;
    }
}
