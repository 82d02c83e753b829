package io.spikeworks.data.pde;

import java.util.Arrays;

/**
 * The points {@code lower + i (upper - lower) / intervals}, i = 0..intervals, of an interval, with 4-point (cubic)
 * Lagrange interpolation of values given at them. Cubic because it keeps the O(h^4) accuracy of the extrapolated
 * solvers between grid points, where linear interpolation would fall back to O(h^2).
 */
public final class UniformGrid {
    private final double lower;
    private final double upper;
    private final int intervals;
    private final double spacing;

    public UniformGrid(double lower, double upper, int intervals) {
        Arguments.finite("lower", lower);
        Arguments.finite("upper", upper);
        if (!(upper > lower)) throw new IllegalArgumentException("upper must exceed lower, got [" + lower + ", " + upper + "]");
        this.lower = lower;
        this.upper = upper;
        this.intervals = Arguments.atLeast("intervals", intervals, 3);
        this.spacing = (upper - lower) / intervals;
    }

    public double lower() {
        return lower;
    }

    public double upper() {
        return upper;
    }

    public int intervals() {
        return intervals;
    }

    /** Number of points, {@code intervals + 1}. */
    public int points() {
        return intervals + 1;
    }

    public double spacing() {
        return spacing;
    }

    /** The i-th point; the last one is exactly {@code upper}. */
    public double point(int i) {
        return i == intervals ? upper : lower + i * spacing;
    }

    /**
     * The index of the first of the 4 points used to interpolate at {@code x}, so that x lies in the middle interval
     * where possible and the stencil stays inside the grid at the ends.
     */
    int stencilStart(double x) {
        int cell = (int) Math.floor((x - lower) / spacing);
        return Math.max(0, Math.min(intervals - 3, cell - 1));
    }

    /** Fills {@code weights[0..3]} with the Lagrange weights at {@code x} for the stencil starting at {@code start}. */
    void lagrangeWeights(double x, int start, double[] weights) {
        double s = (x - lower) / spacing - start; // position in units of h from the stencil's first point
        double node = Math.rint(s);
        if (Math.abs(s - node) < 1e-9) {
            // On a node (up to the rounding of x / h): return its value exactly, so boundary zeros stay zeros.
            Arrays.fill(weights, 0, 4, 0.0);
            weights[(int) node] = 1;
            return;
        }
        double s0 = s, s1 = s - 1, s2 = s - 2, s3 = s - 3;
        weights[0] = -s1 * s2 * s3 / 6;
        weights[1] = s0 * s2 * s3 / 2;
        weights[2] = -s0 * s1 * s3 / 2;
        weights[3] = s0 * s1 * s2 / 6;
    }

    /** Cubic Lagrange interpolation at {@code x} (inside [lower, upper]) of {@code values} given at the points. */
    public double interpolate(double[] values, double x) {
        requireInside("x", x);
        if (values.length != points()) {
            throw new IllegalArgumentException("values must have " + points() + " entries, got " + values.length);
        }
        int start = stencilStart(x);
        double[] w = new double[4];
        lagrangeWeights(x, start, w);
        return w[0] * values[start] + w[1] * values[start + 1] + w[2] * values[start + 2] + w[3] * values[start + 3];
    }

    /** Rejects a coordinate outside the grid (with a little rounding slack) with a message naming it. */
    void requireInside(String name, double x) {
        double slack = 1e-12 * (upper - lower);
        if (!(x >= lower - slack && x <= upper + slack)) {
            throw new IllegalArgumentException(name + " must lie in [" + lower + ", " + upper + "], got " + x);
        }
    }
}
