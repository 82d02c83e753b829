package io.spikeworks.data.function;

import io.spikeworks.data.pde.Arguments;

import java.util.Arrays;

/**
 * Where each input function's output is queried. {@link #random(int)}: P points drawn uniformly from the operator's
 * box, different for every function (P = 1 is "one query per sample"). {@link #grid(int...)}: one tensor grid
 * shared by all functions, both ends of every axis included, enumerated with the first axis slowest (for (x, t) on
 * nx x nt points, query {@code ix * nt + it}); the form SepONet and test-set heatmaps want.
 */
public final class QueryPlan {
    private final int randomPerFunction; // 0 for a grid
    private final int[] pointsPerAxis;   // null for random

    private QueryPlan(int randomPerFunction, int[] pointsPerAxis) {
        this.randomPerFunction = randomPerFunction;
        this.pointsPerAxis = pointsPerAxis;
    }

    /** {@code perFunction} uniformly random points per function, drawn from the data set's seed. */
    public static QueryPlan random(int perFunction) {
        return new QueryPlan(Arguments.atLeast("queries per function", perFunction, 1), null);
    }

    /** A shared tensor grid with the given number of points on each axis (at least 2 each). */
    public static QueryPlan grid(int... pointsPerAxis) {
        if (pointsPerAxis.length == 0) throw new IllegalArgumentException("grid needs at least one axis, got none");
        long total = 1;
        for (int d = 0; d < pointsPerAxis.length; d++) {
            Arguments.atLeast("grid points on axis " + d, pointsPerAxis[d], 2);
            total *= pointsPerAxis[d];
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid " + Arrays.toString(pointsPerAxis) + " has too many points: " + total);
        }
        return new QueryPlan(0, pointsPerAxis.clone());
    }

    public boolean isGrid() {
        return pointsPerAxis != null;
    }

    /** Queries per function, P. */
    public int perFunction() {
        if (!isGrid()) return randomPerFunction;
        int total = 1;
        for (int n : pointsPerAxis) total *= n;
        return total;
    }

    /** Grid points on axis d (grid plans only). */
    public int pointsOnAxis(int d) {
        if (!isGrid()) throw new IllegalStateException("a random query plan has no axes");
        return pointsPerAxis[d];
    }

    /** Number of grid axes, or 0 for a random plan. */
    public int axes() {
        return isGrid() ? pointsPerAxis.length : 0;
    }

    @Override
    public String toString() {
        return isGrid() ? "grid" + Arrays.toString(pointsPerAxis) : "random(" + randomPerFunction + " per function)";
    }
}
