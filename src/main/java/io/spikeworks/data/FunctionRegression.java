package io.spikeworks.data;

import java.util.function.DoubleUnaryOperator;

/**
 * Function-regression sets made on the spot: x ↦ f(x) on [0, 1]. Training inputs are drawn uniformly from a seeded
 * stream, test inputs lie on an even grid, so the test error is a quadrature of the error over the interval.
 */
public final class FunctionRegression {
    /** Training and test sizes of the generated sets (the project's limits can cut them). */
    public static final int TRAIN_SIZE = 1000;
    public static final int TEST_SIZE = 201;
    /** The data seed: fixed, so every project on this task sees the same samples. */
    public static final long DATA_SEED = 0x5EEDL;

    private FunctionRegression() {}

    /** y = sin(2πx) on [0, 1]. */
    public static TrainTestSplit sine1d() {
        return of("sine-1d", x -> Math.sin(2 * Math.PI * x), TRAIN_SIZE, TEST_SIZE, DATA_SEED);
    }

    static TrainTestSplit of(String name, DoubleUnaryOperator f, int trainSize, int testSize, long seed) {
        if (trainSize < 1 || testSize < 2)
            throw new IllegalArgumentException(name + ": need at least 1 training and 2 test samples");
        SplitMix64 rng = new SplitMix64(seed);
        float[] xTrain = new float[trainSize];
        float[] yTrain = new float[trainSize];
        for (int i = 0; i < trainSize; i++) {
            double x = rng.nextDouble();
            xTrain[i] = (float) x;
            yTrain[i] = (float) f.applyAsDouble(x);
        }
        float[] xTest = new float[testSize];
        float[] yTest = new float[testSize];
        for (int i = 0; i < testSize; i++) {
            double x = (double) i / (testSize - 1);
            xTest[i] = (float) x;
            yTest[i] = (float) f.applyAsDouble(x);
        }
        return new TrainTestSplit(new RealValuedSet(name + "/train", xTrain, 1, yTrain, 1),
                new RealValuedSet(name + "/test", xTest, 1, yTest, 1));
    }
}
