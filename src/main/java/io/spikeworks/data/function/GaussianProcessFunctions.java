package io.spikeworks.data.function;

import io.spikeworks.data.pde.Arguments;
import io.spikeworks.data.pde.UniformGrid;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Samples of a zero-mean Gaussian process on [0, 1] with the RBF kernel
 * {@code k(x, x') = variance * exp(-(x - x')^2 / (2 lengthScale^2))}, DeepONet's input functions (length scale 0.2
 * there). The process is sampled at {@code knots} uniform points as {@code L z}, z standard normal and L the
 * Cholesky factor of the kernel matrix plus a jitter on the diagonal; the sample is the natural cubic spline through
 * those values. The RBF kernel matrix is numerically singular for long length scales, so the jitter starts at
 * 1e-10 * variance and grows tenfold until the factorisation succeeds (at most 1e-4 * variance); the jitter used
 * is reported by {@link #jitter()}.
 */
public final class GaussianProcessFunctions implements InputFunctionFamily {
    public static final double DEFAULT_LENGTH_SCALE = 0.2;
    public static final int DEFAULT_KNOTS = 257;
    private static final double FIRST_JITTER = 1e-10;
    private static final double LAST_JITTER = 1e-4;

    private final double lengthScale;
    private final double variance;
    private final UniformGrid knots;
    private final double[] factor; // lower triangle, row major: factor[i * n + j], j <= i
    private final double jitter;

    public GaussianProcessFunctions(double lengthScale, double variance, int knots) {
        this.lengthScale = Arguments.positive("lengthScale", lengthScale);
        this.variance = Arguments.positive("variance", variance);
        this.knots = new UniformGrid(0, 1, Arguments.atLeast("knots", knots, 4) - 1);
        int n = knots;
        double[] covariance = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) covariance[i * n + j] = kernel(this.knots.point(i), this.knots.point(j));
        }
        double tried = FIRST_JITTER * variance;
        double[] l = null;
        while (tried <= LAST_JITTER * variance * 1.0000001) {
            l = cholesky(covariance, n, tried);
            if (l != null) break;
            tried *= 10;
        }
        if (l == null) {
            throw new IllegalArgumentException("lengthScale " + lengthScale + " with " + knots + " knots gives a kernel"
                    + " matrix that is not positive definite even with jitter " + LAST_JITTER * variance
                    + "; use fewer knots or a shorter length scale");
        }
        this.factor = l;
        this.jitter = tried;
    }

    /** DeepONet's setting: length scale 0.2, unit variance, 257 knots. */
    public static GaussianProcessFunctions standard() {
        return new GaussianProcessFunctions(DEFAULT_LENGTH_SCALE, 1, DEFAULT_KNOTS);
    }

    /** The kernel {@code variance * exp(-(x - y)^2 / (2 lengthScale^2))}. */
    public double kernel(double x, double y) {
        double d = (x - y) / lengthScale;
        return variance * Math.exp(-0.5 * d * d);
    }

    public double lengthScale() {
        return lengthScale;
    }

    public double variance() {
        return variance;
    }

    public UniformGrid knots() {
        return knots;
    }

    /** The diagonal jitter that made the factorisation succeed. */
    public double jitter() {
        return jitter;
    }

    @Override
    public String describe() {
        return "gp(rbf, l=" + lengthScale + ", var=" + variance + ", knots=" + knots.points() + ")";
    }

    @Override
    public NaturalCubicSpline sample(SplittableRandom random) {
        int n = knots.points();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) z[i] = RandomStreams.standardNormal(random);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            int row = i * n;
            for (int j = 0; j <= i; j++) sum += factor[row + j] * z[j];
            values[i] = sum;
        }
        return new NaturalCubicSpline(knots, values);
    }

    /** Cholesky factor of {@code a + jitter I}, or null when a pivot is not positive. */
    private static double[] cholesky(double[] a, int n, double jitter) {
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * n + j] + (i == j ? jitter : 0);
                for (int k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
                if (i == j) {
                    if (!(sum > 0)) return null;
                    l[i * n + i] = Math.sqrt(sum);
                } else {
                    l[i * n + j] = sum / l[j * n + j];
                }
            }
        }
        return l;
    }
}
