package io.spikeworks.data.function;

import io.spikeworks.data.pde.Arguments;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * Builds {@link OperatorSamples} for one operator task: input functions from a family, seen at m uniform sensors
 * on [0, 1], and the operator's reference output at the queries of a {@link QueryPlan}. Deterministic: function i
 * and its random queries depend only on (seed, i), from separate streams, so a larger data set extends a smaller one
 * with the same seed, and a test set is a second call with another seed.
 */
public final class OperatorDatasetGenerator {
    private static final long FUNCTION_STREAM = 0xF00D_0001L;
    private static final long QUERY_STREAM = 0xF00D_0002L;

    private final InputFunctionFamily family;
    private final FunctionOperator operator;
    private final int sensors;

    public OperatorDatasetGenerator(InputFunctionFamily family, FunctionOperator operator, int sensors) {
        this.family = family;
        this.operator = operator;
        this.sensors = Arguments.atLeast("sensors", sensors, 2);
    }

    public InputFunctionFamily family() {
        return family;
    }

    public FunctionOperator operator() {
        return operator;
    }

    public int sensors() {
        return sensors;
    }

    /** Function i of the data set with this seed (the one whose sensor values are branch row i). */
    public DoubleUnaryOperator function(long seed, int index) {
        return family.sample(RandomStreams.forItem(seed, FUNCTION_STREAM, index));
    }

    /** {@code functions} samples with queries placed by {@code plan}. */
    public OperatorSamples generate(int functions, QueryPlan plan, long seed) {
        Arguments.atLeast("functions", functions, 1);
        int dims = operator.queryDims();
        if (plan.isGrid() && plan.axes() != dims) {
            throw new IllegalArgumentException("query grid has " + plan.axes() + " axes but " + operator.name()
                    + " takes " + dims + "-D query points");
        }
        int p = plan.perFunction();
        long targetCount = (long) functions * p;
        long trunkCount = plan.isGrid() ? (long) p * dims : targetCount * dims;
        if (targetCount > Integer.MAX_VALUE || trunkCount > Integer.MAX_VALUE
                || (long) functions * sensors > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(functions + " functions x " + p + " queries is too large for one array");
        }
        float[] sensorPoints = new float[sensors];
        double[] sensorX = new double[sensors];
        for (int j = 0; j < sensors; j++) {
            sensorX[j] = j == sensors - 1 ? 1.0 : (double) j / (sensors - 1);
            sensorPoints[j] = (float) sensorX[j];
        }
        float[] branch = new float[functions * sensors];
        float[] trunk = new float[(int) trunkCount];
        float[] targets = new float[(int) targetCount];
        float[][] axes = null;
        double[] queries = new double[p * dims];
        double[] out = new double[p];
        if (plan.isGrid()) {
            axes = gridAxes(plan);
            fillGrid(plan, queries);
            for (int k = 0; k < queries.length; k++) trunk[k] = (float) queries[k];
        }
        for (int i = 0; i < functions; i++) {
            DoubleUnaryOperator f = function(seed, i);
            for (int j = 0; j < sensors; j++) branch[i * sensors + j] = (float) f.applyAsDouble(sensorX[j]);
            if (!plan.isGrid()) {
                SplittableRandom random = RandomStreams.forItem(seed, QUERY_STREAM, i);
                for (int q = 0; q < p; q++) {
                    for (int k = 0; k < dims; k++) {
                        double lo = operator.lower(k), hi = operator.upper(k);
                        queries[q * dims + k] = lo + (hi - lo) * random.nextDouble();
                        trunk[(i * p + q) * dims + k] = (float) queries[q * dims + k];
                    }
                }
            }
            operator.apply(f, queries, p, out);
            for (int q = 0; q < p; q++) targets[i * p + q] = (float) out[q];
        }
        String description = operator.name() + " of " + family.describe() + ", m=" + sensors + ", queries " + plan
                + ", seed " + seed;
        return new OperatorSamples(description, functions, sensors, p, dims, plan.isGrid(), sensorPoints, branch,
                trunk, targets, axes);
    }

    /** A training and a test set from different seeds (equal seeds would repeat the same functions). */
    public OperatorSplit generateSplit(int trainFunctions, QueryPlan trainPlan, long trainSeed,
                                       int testFunctions, QueryPlan testPlan, long testSeed) {
        if (trainSeed == testSeed) {
            throw new IllegalArgumentException("trainSeed and testSeed must differ, both are " + trainSeed);
        }
        return new OperatorSplit(generate(trainFunctions, trainPlan, trainSeed),
                generate(testFunctions, testPlan, testSeed));
    }

    private float[][] gridAxes(QueryPlan plan) {
        float[][] axes = new float[plan.axes()][];
        for (int k = 0; k < plan.axes(); k++) {
            int n = plan.pointsOnAxis(k);
            axes[k] = new float[n];
            for (int a = 0; a < n; a++) axes[k][a] = (float) axisPoint(k, a, n);
        }
        return axes;
    }

    private void fillGrid(QueryPlan plan, double[] queries) {
        int dims = plan.axes();
        int p = plan.perFunction();
        for (int q = 0; q < p; q++) {
            int rest = q;
            for (int k = dims - 1; k >= 0; k--) {
                int n = plan.pointsOnAxis(k);
                queries[q * dims + k] = axisPoint(k, rest % n, n);
                rest /= n;
            }
        }
    }

    private double axisPoint(int axis, int index, int points) {
        double lo = operator.lower(axis), hi = operator.upper(axis);
        return index == points - 1 ? hi : lo + (hi - lo) * index / (points - 1);
    }
}
