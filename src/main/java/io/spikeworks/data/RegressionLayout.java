package io.spikeworks.data;

import java.util.List;
import java.util.Objects;

/**
 * How a real-valued test set is laid out as test functions on a shared grid, so views and reports draw curves and
 * heatmaps from what the data set says rather than guessing from row counts. Rows {@code [i·P, (i+1)·P)} are test
 * function i (P = {@link #pointsPerFunction()}), enumerating the grid with the first axis slowest; each axis names the
 * input column that holds its coordinate. An operator task also has the input function f sampled at
 * {@code sensors} uniform points of [0, 1] in the input columns before the coordinates (0 for plain regression,
 * whose single "function" is the target itself).
 *
 * @param functions   test functions in the set (1 for function regression)
 * @param axes        the grid's axes, first slowest: one (a curve) or two (a heatmap; space-time has x then t)
 * @param sensors     input columns [0, sensors) hold f at uniform sensors on [0, 1]; 0 when there is no input function
 * @param targetName  what the target is, for axis labels: "y", "10·u(x)", "u(x, t)"
 */
public record RegressionLayout(int functions, List<Axis> axes, int sensors, String targetName) {
    /**
     * One grid axis: its name, the input column holding the coordinate, and its points, both ends included.
     *
     * @param points grid points on the axis, at least 2
     */
    public record Axis(String name, int column, double lower, double upper, int points) {
        public Axis {
            Objects.requireNonNull(name, "name");
            if (column < 0) throw new IllegalArgumentException("axis " + name + ": column must not be negative, got " + column);
            if (points < 2) throw new IllegalArgumentException("axis " + name + ": needs at least 2 points, got " + points);
            if (!(upper > lower)) throw new IllegalArgumentException("axis " + name + ": empty range [" + lower + ", " + upper + "]");
        }

        /** The coordinate of grid point {@code i}. */
        public double value(int i) {
            Objects.checkIndex(i, points);
            return lower + (upper - lower) * i / (points - 1);
        }
    }

    public RegressionLayout {
        if (functions < 1) throw new IllegalArgumentException("a layout needs at least one test function, got " + functions);
        axes = List.copyOf(axes);
        if (axes.isEmpty() || axes.size() > 2)
            throw new IllegalArgumentException("a layout has one or two grid axes, got " + axes.size());
        if (sensors < 0) throw new IllegalArgumentException("sensor count must not be negative, got " + sensors);
        for (Axis a : axes)
            if (a.column() < sensors) throw new IllegalArgumentException("axis " + a.name() + " sits in column " + a.column()
                    + ", inside the " + sensors + " sensor columns");
        Objects.requireNonNull(targetName, "targetName");
    }

    /** Grid points per test function, P. */
    public int pointsPerFunction() {
        int p = 1;
        for (Axis a : axes) p *= a.points();
        return p;
    }

    /** Whether the grid is a plane (heatmap) rather than a line (curve). */
    public boolean twoDimensional() {
        return axes.size() == 2;
    }

    /** Whether the rows carry an input function f at sensors (an operator task). */
    public boolean hasInputFunction() {
        return sensors > 0;
    }

    /** The first row of test function {@code function}. */
    public int firstRow(int function) {
        Objects.checkIndex(function, functions);
        return function * pointsPerFunction();
    }

    /** Rows the layout covers. */
    public int rows() {
        return functions * pointsPerFunction();
    }

    /** The sensor position of sensor column {@code j}. */
    public double sensorPosition(int j) {
        Objects.checkIndex(j, sensors);
        return sensors == 1 ? 0 : (double) j / (sensors - 1);
    }

    /** The layout of the first {@code rows} rows: the whole test functions among them, or null when none fits. */
    public RegressionLayout limitedTo(int rows) {
        int whole = rows / pointsPerFunction();
        if (whole >= functions) return this;
        return whole == 0 ? null : new RegressionLayout(whole, axes, sensors, targetName);
    }

    /** Checks the layout against a set's rows and input length; the message names the set. */
    void check(String set, int size, int inputLength, int targetLength) {
        if (rows() != size)
            throw new IllegalArgumentException(set + ": layout of " + functions + " test functions × " + pointsPerFunction()
                    + " points needs " + rows() + " rows, the set has " + size);
        for (Axis a : axes)
            if (a.column() >= inputLength) throw new IllegalArgumentException(set + ": axis " + a.name() + " reads input column "
                    + a.column() + ", but a row has " + inputLength + " inputs");
        if (sensors >= inputLength) throw new IllegalArgumentException(set + ": " + sensors + " sensor columns leave no room "
                + "for coordinates in rows of " + inputLength + " inputs");
        if (targetLength != 1) throw new IllegalArgumentException(set + ": a grid layout is for one target value per row, got "
                + targetLength);
    }
}
