package io.spikeworks.data.pde;

import org.junit.jupiter.api.Test;

import java.util.function.DoubleBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffusionReactionSolverTest {
    private static final double PI = Math.PI;

    /** u* = sin(pi x) sin(2t) solves u_t = D u_xx + k u^2 + s with this s. */
    private static DoubleBinaryOperator manufacturedSource(double d, double k) {
        return (x, t) -> {
            double sx = Math.sin(PI * x);
            double u = sx * Math.sin(2 * t);
            return 2 * Math.cos(2 * t) * sx + d * PI * PI * u - k * u * u;
        };
    }

    private static double maxGridError(SpaceTimeSolution solution, DoubleBinaryOperator exact) {
        double worst = 0;
        for (int n = 0; n < solution.tGrid().points(); n++) {
            for (int i = 0; i < solution.xGrid().points(); i++) {
                double x = solution.xGrid().point(i), t = solution.tGrid().point(n);
                worst = Math.max(worst, Math.abs(solution.valueAt(i, n) - exact.applyAsDouble(x, t)));
            }
        }
        return worst;
    }

    @Test
    void manufacturedSolutionIsReproducedWithStrongReaction() {
        double d = 0.01, k = 2; // a reaction strong enough that Newton has real work to do
        DiffusionReactionSolver solver = new DiffusionReactionSolver(d, k, 1, 200, 200);
        SpaceTimeSolution u = solver.solve(manufacturedSource(d, k));
        double error = maxGridError(u, (x, t) -> Math.sin(PI * x) * Math.sin(2 * t));
        assertTrue(error < 1.5e-4, "max error " + error);
        assertEquals(Math.sin(PI * 0.3) * Math.sin(2 * 0.55), u.value(0.3, 0.55), 1.5e-4);
    }

    @Test
    void observedOrderIsTwoUnderJointRefinement() {
        double d = 0.01, k = DiffusionReactionSolver.DEFAULT_REACTION;
        DoubleBinaryOperator exact = (x, t) -> Math.sin(PI * x) * Math.sin(2 * t);
        double previous = Double.NaN;
        for (int intervals : new int[]{40, 80, 160}) {
            DiffusionReactionSolver solver = new DiffusionReactionSolver(d, k, 1, intervals, intervals);
            double error = maxGridError(solver.solve(manufacturedSource(d, k)), exact);
            if (!Double.isNaN(previous)) {
                double order = Math.log(previous / error) / Math.log(2);
                assertEquals(2, order, 0.15, "order between " + intervals / 2 + " and " + intervals + " intervals");
            }
            previous = error;
        }
    }

    @Test
    void linearCaseMatchesItsClosedForm() {
        // k = 0, f = sin(pi x): u = sin(pi x) (1 - exp(-D pi^2 t)) / (D pi^2).
        double d = 0.01;
        SpaceTimeSolution u = new DiffusionReactionSolver(d, 0, 1, 100, 100).solve(x -> Math.sin(PI * x));
        double error = maxGridError(u, (x, t) -> Math.sin(PI * x) * (1 - Math.exp(-d * PI * PI * t)) / (d * PI * PI));
        assertTrue(error < 1e-4, "max error " + error);
    }

    @Test
    void incompatibleSourceMatchesItsSeriesSolutionAndExtrapolationHelps() {
        // k = 0, f = 1 (nonzero at the boundary, so corner layers form): series solution
        // u = x(1-x)/(2D) - sum over odd n of 4/(D n^3 pi^3) exp(-D n^2 pi^2 t) sin(n pi x).
        double d = 0.01;
        DoubleBinaryOperator exact = (x, t) -> {
            double sum = x * (1 - x) / (2 * d);
            for (int n = 1; n < 4001; n += 2) {
                sum -= 4 / (d * n * n * n * PI * PI * PI) * Math.exp(-d * n * n * PI * PI * t) * Math.sin(n * PI * x);
            }
            return sum;
        };
        DiffusionReactionSolver solver = new DiffusionReactionSolver(d, 0, 1, 100, 100);
        double plain = maxGridError(solver.solve(x -> 1), exact);
        double extrapolated = maxGridError(solver.solveExtrapolated(x -> 1), exact);
        assertTrue(plain < 5e-4, "plain error " + plain);
        assertTrue(extrapolated < plain / 4, "extrapolated " + extrapolated + ", plain " + plain);
    }

    @Test
    void extrapolationRaisesTheOrderOnASmoothProblem() {
        // k = 0, f = sin(pi x) again: the extrapolated error must fall much faster than 4x per halving.
        double d = 0.01;
        DoubleBinaryOperator exact = (x, t) -> Math.sin(PI * x) * (1 - Math.exp(-d * PI * PI * t)) / (d * PI * PI);
        double e20 = maxGridError(new DiffusionReactionSolver(d, 0, 1, 20, 20).solveExtrapolated(x -> Math.sin(PI * x)), exact);
        double e40 = maxGridError(new DiffusionReactionSolver(d, 0, 1, 40, 40).solveExtrapolated(x -> Math.sin(PI * x)), exact);
        assertTrue(e20 / e40 > 12, "errors " + e20 + ", " + e40);
    }

    @Test
    void blowUpIsReportedWithAClearMessage() {
        // u_t = u^2 + 1000 sin(pi x) blows up long before t = 1.
        DiffusionReactionSolver solver = new DiffusionReactionSolver(0.01, 50, 1, 20, 20);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(x -> 1000 * Math.sin(PI * x)));
        assertTrue(e.getMessage().contains("Newton's method did not converge"), e.getMessage());
    }

    @Test
    void badParametersNameThemselves() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DiffusionReactionSolver(-1, 0.01, 1, 10, 10));
        assertEquals("diffusion D must be a positive finite number, got -1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new DiffusionReactionSolver(0.01, 0.01, 1, 10, 3));
        assertEquals("timeSteps must be at least 4, got 3", e.getMessage());
    }
}
