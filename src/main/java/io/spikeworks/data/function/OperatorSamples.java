package io.spikeworks.data.function;

import io.spikeworks.data.pde.Arguments;

/**
 * An operator-learning data set: N input functions, each seen at m sensors (the branch input), and P query points
 * per function with d coordinates each (the trunk input) and the reference output there (the target).
 *
 * <p>Memory layout, all row major, float:
 * <ul>
 *   <li>{@code sensorPoints[j]}, j &lt; m: the sensor coordinates, uniform on [0, 1] with both ends;</li>
 *   <li>{@code branch[i * m + j] = f_i(sensorPoints[j])};</li>
 *   <li>when {@link #sharedQueries()} (a grid plan): {@code trunk[q * d + k]}, coordinate k of query q, the same
 *       for every function; otherwise {@code trunk[(i * P + q) * d + k]};</li>
 *   <li>{@code targets[i * P + q] = G(f_i)(query q of function i)};</li>
 *   <li>{@code gridAxes[k]} (grid plans only, else null): the coordinates along axis k; query q of the grid is
 *       the tensor point with the first axis slowest.</li>
 * </ul>
 * The arrays are shared, not copied: treat them as read-only.
 */
public final class OperatorSamples {
    private final String description;
    private final int functions;
    private final int sensors;
    private final int queriesPerFunction;
    private final int queryDims;
    private final boolean sharedQueries;
    private final float[] sensorPoints;
    private final float[] branch;
    private final float[] trunk;
    private final float[] targets;
    private final float[][] gridAxes;

    /** Checks every array's length against the sizes; see the class documentation for the layout. */
    public OperatorSamples(String description, int functions, int sensors, int queriesPerFunction, int queryDims,
                           boolean sharedQueries, float[] sensorPoints, float[] branch, float[] trunk, float[] targets,
                           float[][] gridAxes) {
        Arguments.atLeast("functions", functions, 1);
        Arguments.atLeast("sensors", sensors, 1);
        Arguments.atLeast("queriesPerFunction", queriesPerFunction, 1);
        Arguments.atLeast("queryDims", queryDims, 1);
        requireLength("sensorPoints", sensorPoints, sensors);
        requireLength("branch", branch, (long) functions * sensors);
        requireLength("trunk", trunk, (sharedQueries ? 1L : functions) * queriesPerFunction * queryDims);
        requireLength("targets", targets, (long) functions * queriesPerFunction);
        if (gridAxes != null) {
            if (gridAxes.length != queryDims) {
                throw new IllegalArgumentException("gridAxes must have queryDims = " + queryDims + " axes, got "
                        + gridAxes.length);
            }
            long product = 1;
            for (float[] axis : gridAxes) product *= axis.length;
            if (!sharedQueries || product != queriesPerFunction) {
                throw new IllegalArgumentException("gridAxes with " + product + " points need shared queries and"
                        + " queriesPerFunction = " + product + ", got " + queriesPerFunction
                        + (sharedQueries ? "" : " (not shared)"));
            }
        }
        this.description = description;
        this.functions = functions;
        this.sensors = sensors;
        this.queriesPerFunction = queriesPerFunction;
        this.queryDims = queryDims;
        this.sharedQueries = sharedQueries;
        this.sensorPoints = sensorPoints;
        this.branch = branch;
        this.trunk = trunk;
        this.targets = targets;
        this.gridAxes = gridAxes;
    }

    private static void requireLength(String name, float[] array, long expected) {
        if (array.length != expected) {
            throw new IllegalArgumentException(name + " must have " + expected + " entries, got " + array.length);
        }
    }

    /** Task, input family, sensors, query plan and seed, for reports. */
    public String description() {
        return description;
    }

    /** N, the number of input functions. */
    public int functions() {
        return functions;
    }

    /** m, the number of sensors. */
    public int sensors() {
        return sensors;
    }

    /** P, the number of queries per function. */
    public int queriesPerFunction() {
        return queriesPerFunction;
    }

    /** d, the coordinates per query point. */
    public int queryDims() {
        return queryDims;
    }

    /** True when all functions share one set of query points (stored once). */
    public boolean sharedQueries() {
        return sharedQueries;
    }

    public float[] sensorPoints() {
        return sensorPoints;
    }

    public float[] branch() {
        return branch;
    }

    public float[] trunk() {
        return trunk;
    }

    public float[] targets() {
        return targets;
    }

    /** The coordinates along each grid axis, or null for random queries. */
    public float[][] gridAxes() {
        return gridAxes;
    }

    /** f_i at sensor j. */
    public float branch(int function, int sensor) {
        return branch[function * sensors + sensor];
    }

    /** Coordinate k of query q of function i. */
    public float trunk(int function, int query, int k) {
        int row = sharedQueries ? query : function * queriesPerFunction + query;
        return trunk[row * queryDims + k];
    }

    /** G(f_i) at query q of function i. */
    public float target(int function, int query) {
        return targets[function * queriesPerFunction + query];
    }

    /**
     * One row per (function, query) pair, N * P rows, for a network without the branch/trunk split: row
     * {@code i * P + q} has the input {@code [f_i at the m sensors, the d query coordinates]} and one target.
     */
    public RealValuedSamples toRows() {
        long rows = (long) functions * queriesPerFunction;
        int width = sensors + queryDims;
        if (rows * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many rows to flatten: " + rows + " rows of " + width + " inputs");
        }
        int count = (int) rows;
        float[] inputs = new float[count * width];
        for (int i = 0; i < functions; i++) {
            for (int q = 0; q < queriesPerFunction; q++) {
                int offset = (i * queriesPerFunction + q) * width;
                System.arraycopy(branch, i * sensors, inputs, offset, sensors);
                for (int k = 0; k < queryDims; k++) inputs[offset + sensors + k] = trunk(i, q, k);
            }
        }
        return new RealValuedSamples(count, width, 1, inputs, targets.clone());
    }
}
