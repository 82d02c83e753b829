package io.spikeworks.data.pde;

import java.util.function.DoubleUnaryOperator;

/**
 * Solves {@code -u'' = f} on [0, 1] with {@code u(0) = u(1) = 0} by second-order central differences, twice (h and
 * h/2), and combines the two by Richardson extrapolation, {@code u = (4 u_{h/2} - u_h) / 3}, at the coarse points.
 * The central-difference error expands in even powers of h, so the combination is fourth order: with the default 512
 * intervals the max error is below 1e-9 for {@code f = pi^2 sin(pi x)}, and about 4e-11, 2e-10 and 6e-10 for
 * Gaussian-process inputs of length scale 0.2, 0.1 and 0.05 (against a 4096-interval solve; the tests check 1e-6
 * against closed forms and an independent Green's-function quadrature). A polynomial f of degree at most 3 is
 * solved exactly up to rounding (about 2e-13 at 512 intervals).
 */
public final class PoissonSolver1d {
    /** Coarse intervals used by {@link #standard()}. */
    public static final int DEFAULT_INTERVALS = 512;

    private final int intervals;

    /** A solver on {@code intervals} coarse intervals (it also solves on twice as many). */
    public PoissonSolver1d(int intervals) {
        this.intervals = Arguments.atLeast("intervals", intervals, 4);
    }

    public static PoissonSolver1d standard() {
        return new PoissonSolver1d(DEFAULT_INTERVALS);
    }

    public int intervals() {
        return intervals;
    }

    /** The extrapolated solution on the coarse grid, evaluable anywhere in [0, 1]. */
    public GridFunction1d solve(DoubleUnaryOperator f) {
        double[] coarse = solveSecondOrder(f, intervals);
        double[] fine = solveSecondOrder(f, 2 * intervals);
        double[] u = new double[intervals + 1];
        for (int i = 1; i < intervals; i++) u[i] = (4 * fine[2 * i] - coarse[i]) / 3;
        return new GridFunction1d(new UniformGrid(0, 1, intervals), u);
    }

    /**
     * The plain second-order finite-difference solution on {@code n} intervals, boundary values included:
     * {@code (-u[i-1] + 2 u[i] - u[i+1]) / h^2 = f(x_i)}, i = 1..n-1.
     */
    public static double[] solveSecondOrder(DoubleUnaryOperator f, int n) {
        Arguments.atLeast("intervals", n, 2);
        int interior = n - 1;
        double h = 1.0 / n;
        double[] lower = new double[interior];
        double[] diagonal = new double[interior];
        double[] upper = new double[interior];
        double[] rhs = new double[interior];
        for (int i = 0; i < interior; i++) {
            lower[i] = -1;
            diagonal[i] = 2;
            upper[i] = -1;
            double value = f.applyAsDouble((i + 1) * h);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("f must be finite on [0, 1], got " + value + " at x = " + (i + 1) * h);
            }
            rhs[i] = h * h * value;
        }
        double[] interiorSolution = TridiagonalSystem.solve(lower, diagonal, upper, rhs);
        double[] u = new double[n + 1];
        System.arraycopy(interiorSolution, 0, u, 1, interior);
        return u;
    }
}
