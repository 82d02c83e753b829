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

    @Test
    void nonlinearCaseMatchesAnExplicitRungeKuttaMethodOfLines() {
        // A second implementation written from the equation: central differences on 400 intervals and classical
        // RK4 in time with a step well inside its stability limit; no Newton, no Crank–Nicolson, no extrapolation.
        double d = DiffusionReactionSolver.DEFAULT_DIFFUSION, k = DiffusionReactionSolver.DEFAULT_REACTION;
        NaturalCubicSpline f = GaussianProcessFunctions.standard().sample(new SplittableRandom(33));
        int n = 400, steps = 4000;
        double h = 1.0 / n, dt = 1.0 / steps;
        double[] source = new double[n + 1];
        for (int i = 1; i < n; i++) source[i] = f.applyAsDouble(i * h);
        double[] u = new double[n + 1];
        double[] atHalf = null;
        for (int step = 0; step < steps; step++) {
            double[] k1 = rate(u, source, d, k, h);
            double[] k2 = rate(axpy(u, k1, dt / 2), source, d, k, h);
            double[] k3 = rate(axpy(u, k2, dt / 2), source, d, k, h);
            double[] k4 = rate(axpy(u, k3, dt), source, d, k, h);
            for (int i = 1; i < n; i++) u[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            if (step + 1 == steps / 2) atHalf = u.clone();
        }
        double[] queries = {0.25, 0.5, 0.5, 0.5, 0.9, 0.5, 0.25, 1, 0.5, 1, 0.9, 1};
        double[] out = new double[6];
        new DiffusionReactionOperator().apply(f, queries, 6, out);
        for (int q = 0; q < 6; q++) {
            int node = (int) Math.round(queries[2 * q] * n);
            double expected = queries[2 * q + 1] == 1 ? u[node] : atHalf[node];
            // Measured differences are at most 9e-6 (|u| up to 1.7), mostly the explicit solution's spatial error.
            assertEquals(expected, out[q], 3e-5, "at x = " + queries[2 * q] + ", t = " + queries[2 * q + 1]);
        }
    }

    private static double[] rate(double[] u, double[] source, double d, double k, double h) {
        double[] r = new double[u.length];
        for (int i = 1; i < u.length - 1; i++) {
            r[i] = d * (u[i - 1] - 2 * u[i] + u[i + 1]) / (h * h) + k * u[i] * u[i] + source[i];
        }
        return r;
    }

    private static double[] axpy(double[] u, double[] direction, double scale) {
        double[] v = u.clone();
        for (int i = 1; i < u.length - 1; i++) v[i] += scale * direction[i];
        return v;
    }
}
