package io.spikeworks.data.function;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

class AntiderivativeOperatorTest {
    @Test
    void matchesExactPiecewiseIntegrationOfGaussianProcessSplines() {
        GaussianProcessFunctions gp = GaussianProcessFunctions.standard();
        NaturalCubicSpline f = gp.sample(new SplittableRandom(21));
        int n = f.knots().intervals();
        double[] queries = new double[n + 1];
        for (int i = 0; i <= n; i++) queries[i] = f.knots().point(i);
        double[] out = new double[n + 1];
        new AntiderivativeOperator().apply(f, queries, n + 1, out);
        double worst = 0;
        for (int i = 1; i <= n; i++) {
            // Gauss–Legendre on the knot intervals is exact for the spline's cubic pieces.
            double exact = GaussLegendre.integrate(f, 0, queries[i], i);
            worst = Math.max(worst, Math.abs(out[i] - exact));
        }
        assertTrue(worst < 1e-12, "max error " + worst);
    }

    @Test
    void isExactForFourierSeriesUpToQuadratureError() {
        FourierSeries f = new RandomFourierSeries(3, 1, 1).sample(new SplittableRandom(4));
        double[] queries = {0, 0.123, 0.5, 0.999, 1};
        double[] out = new double[queries.length];
        new AntiderivativeOperator().apply(f, queries, queries.length, out);
        for (int q = 0; q < queries.length; q++) {
            assertTrue(Math.abs(out[q] - f.antiderivative(queries[q])) < 1e-11, "x = " + queries[q]);
        }
    }
}
