package io.spikeworks.data.pde;

/**
 * Solves a tridiagonal linear system by the Thomas algorithm (Gaussian elimination without pivoting, O(n)). Safe for
 * the diagonally dominant matrices the solvers here produce; a zero pivot is reported rather than divided by.
 */
public final class TridiagonalSystem {
    private TridiagonalSystem() {
    }

    /**
     * Solves {@code lower[i] x[i-1] + diagonal[i] x[i] + upper[i] x[i+1] = rhs[i]} for i = 0..n-1 ({@code lower[0]}
     * and {@code upper[n-1]} are ignored) into {@code solution}. {@code scratch} holds n doubles; the inputs are left
     * unchanged, and {@code solution} may be {@code rhs}.
     */
    public static void solve(double[] lower, double[] diagonal, double[] upper, double[] rhs, double[] solution,
                             double[] scratch) {
        int n = diagonal.length;
        if (n == 0) throw new IllegalArgumentException("diagonal must have at least one entry, got 0");
        requireLength("lower", lower, n);
        requireLength("upper", upper, n);
        requireLength("rhs", rhs, n);
        requireLength("solution", solution, n);
        requireLength("scratch", scratch, n);
        double pivot = diagonal[0];
        checkPivot(pivot, 0);
        solution[0] = rhs[0] / pivot;
        for (int i = 1; i < n; i++) {
            scratch[i] = upper[i - 1] / pivot;
            pivot = diagonal[i] - lower[i] * scratch[i];
            checkPivot(pivot, i);
            solution[i] = (rhs[i] - lower[i] * solution[i - 1]) / pivot;
        }
        for (int i = n - 2; i >= 0; i--) solution[i] -= scratch[i + 1] * solution[i + 1];
    }

    /** Convenience form that allocates the solution and scratch space. */
    public static double[] solve(double[] lower, double[] diagonal, double[] upper, double[] rhs) {
        double[] x = new double[diagonal.length];
        solve(lower, diagonal, upper, rhs, x, new double[diagonal.length]);
        return x;
    }

    private static void checkPivot(double pivot, int row) {
        if (pivot == 0 || !Double.isFinite(pivot)) {
            throw new IllegalArgumentException("tridiagonal system is singular or not diagonally dominant: pivot "
                    + pivot + " at row " + row);
        }
    }

    private static void requireLength(String name, double[] a, int n) {
        if (a.length < n) throw new IllegalArgumentException(name + " must have " + n + " entries, got " + a.length);
    }
}
