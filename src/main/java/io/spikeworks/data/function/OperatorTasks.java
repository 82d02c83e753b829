package io.spikeworks.data.function;

/**
 * The operator tasks of issue 20 with DeepONet's defaults: inputs from a Gaussian process with RBF kernel, length
 * scale 0.2 and unit variance, seen at m = 100 uniform sensors. Choose N, the query plan and the seeds when
 * generating, e.g. {@code poisson().generateSplit(1000, QueryPlan.random(100), 1, 200, QueryPlan.grid(101), 2)}.
 */
public final class OperatorTasks {
    public static final int DEFAULT_SENSORS = 100;

    private OperatorTasks() {
    }

    /** f -> integral of f from 0 to x. */
    public static OperatorDatasetGenerator antiderivative() {
        return new OperatorDatasetGenerator(GaussianProcessFunctions.standard(), new AntiderivativeOperator(),
                DEFAULT_SENSORS);
    }

    /** f -> u with -u'' = f on [0, 1], u(0) = u(1) = 0. */
    public static OperatorDatasetGenerator poisson() {
        return new OperatorDatasetGenerator(GaussianProcessFunctions.standard(), new PoissonOperator(), DEFAULT_SENSORS);
    }

    /** f -> u(x, t) with u_t = 0.01 u_xx + 0.01 u^2 + f(x), zero initial and boundary values. */
    public static OperatorDatasetGenerator diffusionReaction() {
        return new OperatorDatasetGenerator(GaussianProcessFunctions.standard(), new DiffusionReactionOperator(),
                DEFAULT_SENSORS);
    }
}
