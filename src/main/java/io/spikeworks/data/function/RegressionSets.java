package io.spikeworks.data.function;

import io.spikeworks.data.pde.Arguments;

import java.util.SplittableRandom;

/**
 * Function-regression data sets: a {@link TargetFunction} sampled on a uniform grid (the usual test set, and the
 * 100 x 100 grid of the Mexican-hat task) or at uniformly random points drawn from a seed (a training set).
 */
public final class RegressionSets {
    private static final long POINT_STREAM = 0x5EED_0001L;

    private RegressionSets() {
    }

    /**
     * The target on the tensor grid with {@code pointsPerAxis} points per coordinate, both ends included. Rows
     * enumerate the grid with the first coordinate slowest: row {@code i0 * n + i1} holds (x0_i0, x1_i1) in 2-D.
     */
    public static RealValuedSamples grid(TargetFunction target, int pointsPerAxis) {
        Arguments.atLeast("pointsPerAxis", pointsPerAxis, 2);
        int dims = target.inputDims();
        long rows = 1;
        for (int d = 0; d < dims; d++) rows *= pointsPerAxis;
        if (rows > Integer.MAX_VALUE / Math.max(1, dims)) {
            throw new IllegalArgumentException("pointsPerAxis " + pointsPerAxis + " gives too many grid points in "
                    + dims + " dimensions: " + rows);
        }
        int count = (int) rows;
        float[] inputs = new float[count * dims];
        float[] targets = new float[count];
        double[] x = new double[dims];
        for (int r = 0; r < count; r++) {
            int rest = r;
            for (int d = dims - 1; d >= 0; d--) {
                int index = rest % pointsPerAxis;
                rest /= pointsPerAxis;
                x[d] = target.lower(d) + (target.upper(d) - target.lower(d)) * index / (pointsPerAxis - 1);
            }
            store(target, x, r, inputs, targets);
        }
        return new RealValuedSamples(count, dims, 1, inputs, targets);
    }

    /** {@code count} points drawn uniformly from the target's box; point r depends only on (seed, r). */
    public static RealValuedSamples random(TargetFunction target, int count, long seed) {
        Arguments.atLeast("count", count, 1);
        int dims = target.inputDims();
        float[] inputs = new float[count * dims];
        float[] targets = new float[count];
        double[] x = new double[dims];
        for (int r = 0; r < count; r++) {
            SplittableRandom random = RandomStreams.forItem(seed, POINT_STREAM, r);
            for (int d = 0; d < dims; d++) x[d] = target.lower(d) + (target.upper(d) - target.lower(d)) * random.nextDouble();
            store(target, x, r, inputs, targets);
        }
        return new RealValuedSamples(count, dims, 1, inputs, targets);
    }

    private static void store(TargetFunction target, double[] x, int row, float[] inputs, float[] targets) {
        int dims = x.length;
        for (int d = 0; d < dims; d++) inputs[row * dims + d] = (float) x[d];
        targets[row] = (float) target.value(x);
    }
}
