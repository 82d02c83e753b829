package io.spikeworks.data.function;

import io.spikeworks.data.pde.UniformGrid;
import org.junit.jupiter.api.Test;

import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NaturalCubicSplineTest {
    private static NaturalCubicSpline through(DoubleUnaryOperator f, int intervals) {
        UniformGrid knots = new UniformGrid(0, 1, intervals);
        double[] y = new double[knots.points()];
        for (int i = 0; i < y.length; i++) y[i] = f.applyAsDouble(knots.point(i));
        return new NaturalCubicSpline(knots, y);
    }

    private static double maxError(NaturalCubicSpline s, DoubleUnaryOperator f) {
        double worst = 0;
        for (int i = 0; i <= 1000; i++) worst = Math.max(worst, Math.abs(s.applyAsDouble(i / 1000.0) - f.applyAsDouble(i / 1000.0)));
        return worst;
    }

    @Test
    void interpolatesKnotsAndReproducesLines() {
        NaturalCubicSpline s = through(x -> 3 * x - 1, 7);
        assertEquals(-1, s.applyAsDouble(0), 1e-15);
        assertEquals(0.5, s.applyAsDouble(0.5), 1e-14);
        assertEquals(2, s.applyAsDouble(1), 1e-14);
        NaturalCubicSpline wiggly = through(x -> Math.cos(9 * x), 10);
        for (int i = 0; i <= 10; i++) assertEquals(Math.cos(9 * i / 10.0), wiggly.applyAsDouble(i / 10.0), 1e-14);
    }

    @Test
    void convergesAtFourthOrderForAFunctionWithZeroEndCurvature() {
        // sin(pi x) has zero second derivative at 0 and 1, so the natural end conditions are exact for it.
        DoubleUnaryOperator f = x -> Math.sin(Math.PI * x);
        double e16 = maxError(through(f, 16), f);
        double e32 = maxError(through(f, 32), f);
        assertEquals(16, e16 / e32, 2.0);
    }

    @Test
    void outsideTheKnotsIsRefused() {
        NaturalCubicSpline s = through(x -> x, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.applyAsDouble(-0.5));
        assertEquals("x must lie in [0.0, 1.0], got -0.5", e.getMessage());
    }
}
