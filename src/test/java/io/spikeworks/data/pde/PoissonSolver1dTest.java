package io.spikeworks.data.pde;

import org.junit.jupiter.api.Test;

import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoissonSolver1dTest {
    private static double maxError(DoubleUnaryOperator approx, DoubleUnaryOperator exact) {
        double worst = 0;
        for (int i = 0; i <= 997; i++) { // not aligned with the solver's grid, so interpolation is tested too
            double x = i / 997.0;
            worst = Math.max(worst, Math.abs(approx.applyAsDouble(x) - exact.applyAsDouble(x)));
        }
        return worst;
    }

    @Test
    void sineSourceGivesSineSolution() {
        GridFunction1d u = PoissonSolver1d.standard().solve(x -> Math.PI * Math.PI * Math.sin(Math.PI * x));
        double error = maxError(u, x -> Math.sin(Math.PI * x));
        assertTrue(error < 1e-9, "max error " + error);
    }

    private static double maxGridError(GridFunction1d u, DoubleUnaryOperator exact) {
        double worst = 0;
        for (int i = 0; i < u.grid().points(); i++) {
            worst = Math.max(worst, Math.abs(u.valueAt(i) - exact.applyAsDouble(u.grid().point(i))));
        }
        return worst;
    }

    @Test
    void cubicSourcesAreSolvedExactlyAtTheGridPoints() {
        // -u'' = f with u(0) = u(1) = 0, closed forms by integrating twice. Between the points the cubic
        // interpolation of a quartic or quintic u adds an O(h^4) error, about 1e-11 here.
        PoissonSolver1d solver = PoissonSolver1d.standard();
        assertTrue(maxGridError(solver.solve(x -> 1), x -> x * (1 - x) / 2) < 1e-12); // rounding grows as n^2: about 2e-13 at 512 intervals
        assertTrue(maxGridError(solver.solve(x -> 12 * x * x), x -> x - x * x * x * x) < 1e-12); // rounding grows as n^2: about 2e-13 at 512 intervals
        assertTrue(maxGridError(solver.solve(x -> 20 * x * x * x), x -> x - Math.pow(x, 5)) < 1e-12); // rounding grows as n^2: about 2e-13 at 512 intervals
        assertTrue(maxError(solver.solve(x -> 20 * x * x * x), x -> x - Math.pow(x, 5)) < 1e-10);
    }

    @Test
    void quarticSourceIsSolvedToFourthOrder() {
        // f = 30 x^4 gives u = x - x^6; u^(6) != 0, so Richardson leaves an O(h^4) error.
        DoubleUnaryOperator exact = x -> x - Math.pow(x, 6);
        double e16 = maxError(new PoissonSolver1d(16).solve(x -> 30 * Math.pow(x, 4)), exact);
        double e32 = maxError(new PoissonSolver1d(32).solve(x -> 30 * Math.pow(x, 4)), exact);
        double order = Math.log(e16 / e32) / Math.log(2);
        assertEquals(4, order, 0.3, "observed order from errors " + e16 + ", " + e32);
    }

    @Test
    void plainCentralDifferencesAreSecondOrder() {
        DoubleUnaryOperator f = x -> Math.PI * Math.PI * Math.sin(Math.PI * x);
        double[] coarse = PoissonSolver1d.solveSecondOrder(f, 20);
        double[] fine = PoissonSolver1d.solveSecondOrder(f, 40);
        double eCoarse = Math.abs(coarse[10] - 1);
        double eFine = Math.abs(fine[20] - 1);
        assertEquals(4, eCoarse / eFine, 0.05);
    }

    @Test
    void nonFiniteSourceIsReportedWithItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PoissonSolver1d(8).solve(x -> x > 0.5 ? Double.NaN : 0));
        assertTrue(e.getMessage().contains("f must be finite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PoissonSolver1d(2));
    }
}
