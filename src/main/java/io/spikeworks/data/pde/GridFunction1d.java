package io.spikeworks.data.pde;

import java.util.function.DoubleUnaryOperator;

/** A solution known at the points of a uniform grid, evaluated anywhere in it by cubic Lagrange interpolation. */
public final class GridFunction1d implements DoubleUnaryOperator {
    private final UniformGrid grid;
    private final double[] values;

    public GridFunction1d(UniformGrid grid, double[] values) {
        if (values.length != grid.points()) {
            throw new IllegalArgumentException("values must have " + grid.points() + " entries, got " + values.length);
        }
        this.grid = grid;
        this.values = values.clone();
    }

    public UniformGrid grid() {
        return grid;
    }

    /** The value at grid point i. */
    public double valueAt(int i) {
        return values[i];
    }

    /** A copy of the values at the grid points. */
    public double[] values() {
        return values.clone();
    }

    @Override
    public double applyAsDouble(double x) {
        return grid.interpolate(values, x);
    }
}
