package io.spikeworks.data;

import io.spikeworks.data.function.MexicanHat;
import io.spikeworks.data.function.OperatorSplit;
import io.spikeworks.data.function.OperatorTasks;
import io.spikeworks.data.function.QueryPlan;
import io.spikeworks.data.function.RealValuedSamples;
import io.spikeworks.data.function.RegressionSets;
import io.spikeworks.data.function.SineWave;
import io.spikeworks.data.RegressionLayout.Axis;

import java.util.List;

/**
 * The scientific-ML regression sets of issue 20 as flat rows for an MLP, made on the spot from the generators and
 * reference solvers of {@code data.function} with fixed data seeds, so every project on a task sees the same samples.
 */
public final class ScientificRegression {
    /** Mexican hat: random training points, and the test grid's points per axis. */
    public static final int MEXICAN_HAT_TRAIN = 2000;
    public static final int MEXICAN_HAT_GRID = 51;
    /** Poisson and antiderivative: input functions and random queries per function for training; test functions on a shared grid. */
    public static final int OPERATOR_TRAIN_FUNCTIONS = 1000;
    public static final int OPERATOR_TRAIN_QUERIES = 10;
    public static final int OPERATOR_TEST_FUNCTIONS = 100;
    public static final int OPERATOR_TEST_GRID = 51;
    /** u is multiplied by this so its RMS (0.069 unscaled) is near 0.7; relative L2 errors do not change. */
    public static final float POISSON_TARGET_SCALE = 10f;

    /** Data seeds of the training and test sets: fixed, so every project on a task sees the same samples. */
    public static final long TRAIN_SEED = 0x5EEDL;
    public static final long TEST_SEED = 0x7E57L;

    private ScientificRegression() {}

    /** Sine: random training points, and the test grid's points. */
    public static final int SINE_TRAIN = 1000;
    public static final int SINE_GRID = 201;

    /** y = sin(2πx) on [0, 1]: 1,000 random training points, test on a 201-point grid. */
    public static TrainTestSplit sine1d() {
        SineWave sine = new SineWave();
        return new TrainTestSplit(set("sine-1d/train", RegressionSets.random(sine, SINE_TRAIN, TRAIN_SEED), 1),
                set("sine-1d/test", RegressionSets.grid(sine, SINE_GRID), 1,
                        new RegressionLayout(1, List.of(new Axis("x", 0, 0, 1, SINE_GRID)), 0, "y")));
    }

    /** The 2-D Mexican hat (σ = 0.8) on [−1, 1]²: 2,000 random training points, test on a 51 × 51 grid. */
    public static TrainTestSplit mexicanHat2d() {
        MexicanHat hat = new MexicanHat();
        return new TrainTestSplit(set("mexican-hat-2d/train", RegressionSets.random(hat, MEXICAN_HAT_TRAIN, TRAIN_SEED), 1),
                set("mexican-hat-2d/test", RegressionSets.grid(hat, MEXICAN_HAT_GRID), 1,
                        new RegressionLayout(1, List.of(new Axis("x1", 0, -1, 1, MEXICAN_HAT_GRID),
                                new Axis("x2", 1, -1, 1, MEXICAN_HAT_GRID)), 0, "z")));
    }

    /**
     * −u'' = f on [0, 1], u(0) = u(1) = 0, flattened: row [f at 100 sensors, x] → 10·u(x). Training: 1,000 GP input
     * functions, 10 random x each; test: 100 other functions on a 51-point grid of x.
     */
    public static TrainTestSplit poisson1d() {
        OperatorSplit split = OperatorTasks.poisson().generateSplit(OPERATOR_TRAIN_FUNCTIONS,
                QueryPlan.random(OPERATOR_TRAIN_QUERIES), TRAIN_SEED, OPERATOR_TEST_FUNCTIONS,
                QueryPlan.grid(OPERATOR_TEST_GRID), TEST_SEED);
        return new TrainTestSplit(set("poisson1d/train", split.train().toRows(), POISSON_TARGET_SCALE),
                set("poisson1d/test", split.test().toRows(), POISSON_TARGET_SCALE,
                        operatorLayout(OPERATOR_TEST_FUNCTIONS, "10·u(x)", OPERATOR_TEST_GRID)));
    }

    /** Antiderivative: 1,000 training functions × 10 random x, 100 test functions × a 51-point grid; u not scaled. */
    public static TrainTestSplit antiderivative1d() {
        OperatorSplit split = OperatorTasks.antiderivative().generateSplit(OPERATOR_TRAIN_FUNCTIONS,
                QueryPlan.random(OPERATOR_TRAIN_QUERIES), TRAIN_SEED, OPERATOR_TEST_FUNCTIONS,
                QueryPlan.grid(OPERATOR_TEST_GRID), TEST_SEED);
        return new TrainTestSplit(set("antiderivative1d/train", split.train().toRows(), 1f),
                set("antiderivative1d/test", split.test().toRows(), 1f,
                        operatorLayout(OPERATOR_TEST_FUNCTIONS, "u(x)", OPERATOR_TEST_GRID)));
    }

    /** Diffusion-reaction, inputs and test functions on a space-time grid. */
    public static final int DIFFUSION_TRAIN_FUNCTIONS = 500;
    public static final int DIFFUSION_TRAIN_QUERIES = 20;
    public static final int DIFFUSION_TEST_FUNCTIONS = 50;
    public static final int DIFFUSION_TEST_GRID = 21;

    /**
     * u_t = 0.01 u_xx + 0.01 u² + f(x), zero initial and boundary values, flattened: row [f at 100 sensors, x, t] →
     * u(x, t). Training: 500 functions × 20 random (x, t); test: 50 other functions on a 21 × 21 grid. u not scaled.
     */
    public static TrainTestSplit diffusionReaction() {
        OperatorSplit split = OperatorTasks.diffusionReaction().generateSplit(DIFFUSION_TRAIN_FUNCTIONS,
                QueryPlan.random(DIFFUSION_TRAIN_QUERIES), TRAIN_SEED, DIFFUSION_TEST_FUNCTIONS,
                QueryPlan.grid(DIFFUSION_TEST_GRID, DIFFUSION_TEST_GRID), TEST_SEED);
        return new TrainTestSplit(set("diffusion-reaction/train", split.train().toRows(), 1f),
                set("diffusion-reaction/test", split.test().toRows(), 1f,
                        operatorLayout(DIFFUSION_TEST_FUNCTIONS, "u(x, t)", DIFFUSION_TEST_GRID, DIFFUSION_TEST_GRID)));
    }

    private static RealValuedSet set(String name, RealValuedSamples rows, float targetScale) {
        return set(name, rows, targetScale, null);
    }

    private static RealValuedSet set(String name, RealValuedSamples rows, float targetScale, RegressionLayout layout) {
        float[] targets = rows.targets().clone();
        for (int i = 0; i < targets.length; i++) targets[i] *= targetScale;
        return new RealValuedSet(name, rows.inputs(), rows.inputSize(), targets, rows.targetSize(), layout);
    }

    /**
     * Test functions on a shared grid over [0, 1] per axis (x, then t), after f at {@link OperatorTasks#DEFAULT_SENSORS}
     * sensors: the layout {@code OperatorSamples.toRows()} writes for a grid query plan.
     */
    private static RegressionLayout operatorLayout(int functions, String targetName, int... pointsPerAxis) {
        int sensors = OperatorTasks.DEFAULT_SENSORS;
        List<Axis> axes = new java.util.ArrayList<>();
        String[] names = {"x", "t"};
        for (int d = 0; d < pointsPerAxis.length; d++) axes.add(new Axis(names[d], sensors + d, 0, 1, pointsPerAxis[d]));
        return new RegressionLayout(functions, axes, sensors, targetName);
    }
}
