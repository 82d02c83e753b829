package io.spikeworks.data.function;

import io.spikeworks.data.pde.UniformGrid;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PoissonOperatorTest {
    /**
     * An independent solution of -u'' = f, u(0) = u(1) = 0, by the Green's function:
     * u(x) = (1 - x) * integral_0^x s f(s) ds + x * integral_x^1 (1 - s) f(s) ds,
     * with 3-point Gauss–Legendre on the spline's knot intervals, exact for its piecewise-quartic integrands when
     * x is a knot.
     */
    private static double green(NaturalCubicSpline f, int knotIndex) {
        int n = f.knots().intervals();
        double x = f.knots().point(knotIndex);
        double left = knotIndex == 0 ? 0 : GaussLegendre.integrate(s -> s * f.applyAsDouble(s), 0, x, knotIndex);
        double right = knotIndex == n ? 0 : GaussLegendre.integrate(s -> (1 - s) * f.applyAsDouble(s), x, 1, n - knotIndex);
        return (1 - x) * left + x * right;
    }

    private static double[] solveAtKnots(NaturalCubicSpline f) {
        int points = f.knots().points();
        double[] queries = new double[points];
        for (int i = 0; i < points; i++) queries[i] = f.knots().point(i);
        double[] out = new double[points];
        new PoissonOperator().apply(f, queries, points, out);
        return out;
    }

    @Test
    void matchesTheGreensFunctionOnGaussianProcessInputsTo1e6() {
        for (double lengthScale : new double[]{0.2, 0.1}) {
            GaussianProcessFunctions gp = new GaussianProcessFunctions(lengthScale, 1, 257);
            for (int s = 0; s < 3; s++) {
                NaturalCubicSpline f = gp.sample(new SplittableRandom(100 + s));
                double[] u = solveAtKnots(f);
                double worst = 0;
                for (int i = 0; i < u.length; i++) worst = Math.max(worst, Math.abs(u[i] - green(f, i)));
                assertTrue(worst < 1e-6, "l = " + lengthScale + ", sample " + s + ": max error " + worst);
            }
        }
    }

    @Test
    void matchesTheClosedFormOnFourierInputsBetweenGridPoints() {
        FourierSeries f = RandomFourierSeries.standard().sample(new SplittableRandom(8));
        int count = 333;
        double[] queries = new double[count];
        for (int q = 0; q < count; q++) queries[q] = (q + 0.37) / count;
        double[] out = new double[count];
        new PoissonOperator().apply(f, queries, count, out);
        double worst = 0;
        for (int q = 0; q < count; q++) worst = Math.max(worst, Math.abs(out[q] - f.poissonSolution(queries[q])));
        assertTrue(worst < 1e-6, "max error " + worst);
    }

    @Test
    void greensFunctionHelperIsItselfRightOnAClosedForm() {
        // Guards the oracle: a line is reproduced exactly by the natural spline, and -u'' = 6x gives u = x - x^3.
        UniformGrid knots = new UniformGrid(0, 1, 16);
        double[] y = new double[17];
        for (int i = 0; i <= 16; i++) y[i] = 6 * knots.point(i);
        NaturalCubicSpline f = new NaturalCubicSpline(knots, y);
        DoubleUnaryOperator exact = x -> x - x * x * x;
        for (int i = 0; i <= 16; i++) {
            assertTrue(Math.abs(green(f, i) - exact.applyAsDouble(knots.point(i))) < 1e-14, "knot " + i);
        }
    }
}
