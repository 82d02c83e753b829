package io.spikeworks.data.function;

import io.spikeworks.data.pde.DiffusionReactionSolver;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffusionReactionOperatorTest {
    @Test
    void linearCaseMatchesTheSineSeriesOnAGaussianProcessInput() {
        // With k = 0: u = sum_n f_n (1 - exp(-D n^2 pi^2 t)) / (D n^2 pi^2) sin(n pi x), f_n = 2 int f sin(n pi x).
        double d = 0.01;
        NaturalCubicSpline f = GaussianProcessFunctions.standard().sample(new SplittableRandom(31));
        int terms = 600;
        double[] coefficients = new double[terms + 1];
        for (int n = 1; n <= terms; n++) {
            int mode = n;
            coefficients[n] = 2 * GaussLegendre.integrate(s -> f.applyAsDouble(s) * Math.sin(mode * Math.PI * s), 0, 1, 4096);
        }
        DiffusionReactionOperator operator = new DiffusionReactionOperator(
                new DiffusionReactionSolver(d, 0, 1, DiffusionReactionOperator.DEFAULT_INTERVALS,
                        DiffusionReactionOperator.DEFAULT_INTERVALS));
        double[] queries = {0.5, 1, 0.25, 0.5, 0.013, 0.7, 0.8, 0.05, 0.97, 0.9};
        double[] out = new double[5];
        operator.apply(f, queries, 5, out);
        for (int q = 0; q < 5; q++) {
            double x = queries[2 * q], t = queries[2 * q + 1], series = 0;
            for (int n = 1; n <= terms; n++) {
                double rate = d * n * n * Math.PI * Math.PI;
                series += coefficients[n] * (1 - Math.exp(-rate * t)) / rate * Math.sin(n * Math.PI * x);
            }
            // measured: 5e-7 at most at these points
            assertEquals(series, out[q], 2e-6, "at x = " + x + ", t = " + t);
        }
    }

    @Test
    void deepOnetSettingStartsAtZeroAndKeepsZeroBoundaryValues() {
        NaturalCubicSpline f = GaussianProcessFunctions.standard().sample(new SplittableRandom(32));
        double[] queries = {0.3, 0, 0, 0.6, 1, 0.9, 0.5, 0.5};
        double[] out = new double[4];
        new DiffusionReactionOperator().apply(f, queries, 4, out);
        assertEquals(0, out[0], 0.0);
        assertEquals(0, out[1], 0.0);
        assertEquals(0, out[2], 0.0);
        assertTrue(Math.abs(out[3]) > 1e-3, "interior value " + out[3]);
    }
}
