package io.spikeworks.data.function;

import io.spikeworks.data.pde.TridiagonalSystem;
import io.spikeworks.data.pde.UniformGrid;

import java.util.function.DoubleUnaryOperator;

/**
 * The natural cubic spline (C^2, zero second derivative at both ends) through values at uniform knots. A Gaussian
 * process is sampled at knots only; this spline is what the sample means between them, so sensors, solvers and
 * quadratures all see one and the same smooth function.
 */
public final class NaturalCubicSpline implements DoubleUnaryOperator {
    private final UniformGrid knots;
    private final double[] values;
    private final double[] secondDerivatives;

    public NaturalCubicSpline(UniformGrid knots, double[] values) {
        int n = knots.intervals();
        if (values.length != n + 1) {
            throw new IllegalArgumentException("values must have " + (n + 1) + " entries, got " + values.length);
        }
        for (int i = 0; i <= n; i++) {
            if (!Double.isFinite(values[i])) throw new IllegalArgumentException("values[" + i + "] must be finite, got " + values[i]);
        }
        this.knots = knots;
        this.values = values.clone();
        this.secondDerivatives = new double[n + 1];
        // M[i-1] + 4 M[i] + M[i+1] = 6 (y[i+1] - 2 y[i] + y[i-1]) / h^2 for the interior knots, M[0] = M[n] = 0.
        int interior = n - 1;
        double[] lower = new double[interior], diagonal = new double[interior], upper = new double[interior];
        double[] rhs = new double[interior];
        double h = knots.spacing();
        for (int i = 0; i < interior; i++) {
            lower[i] = 1;
            diagonal[i] = 4;
            upper[i] = 1;
            rhs[i] = 6 * (values[i + 2] - 2 * values[i + 1] + values[i]) / (h * h);
        }
        double[] m = TridiagonalSystem.solve(lower, diagonal, upper, rhs);
        System.arraycopy(m, 0, secondDerivatives, 1, interior);
    }

    public UniformGrid knots() {
        return knots;
    }

    /** The value at knot i. */
    public double knotValue(int i) {
        return values[i];
    }

    @Override
    public double applyAsDouble(double x) {
        double h = knots.spacing();
        double position = (x - knots.lower()) / h;
        if (!(position >= -1e-9 && position <= knots.intervals() + 1e-9)) {
            throw new IllegalArgumentException("x must lie in [" + knots.lower() + ", " + knots.upper() + "], got " + x);
        }
        int i = Math.max(0, Math.min(knots.intervals() - 1, (int) Math.floor(position)));
        double t = position - i;
        double s = 1 - t;
        return s * values[i] + t * values[i + 1]
                + h * h / 6 * ((s * s * s - s) * secondDerivatives[i] + (t * t * t - t) * secondDerivatives[i + 1]);
    }
}
