package io.spikeworks.ui.live.learning;

/**
 * The learning curves: per batch (x = samples seen) loss, accuracy and throughput, and per evaluation (epoch end)
 * train and test accuracy and loss. Arrays are parallel and immutable by contract. The "accuracy" columns hold the
 * task's score: accuracy for class labels (a share, higher is better), or the relative L2 error for real-valued targets
 * ({@code scoreName}, lower is better).
 */
public record LearningData(long version,
                           double[] batchSamples, double[] batchLoss, double[] batchAccuracy, double[] batchSamplesPerSecond,
                           int[] epoch, double[] epochSamples, double[] trainLoss, double[] trainAccuracy,
                           double[] testLoss, double[] testAccuracy, String scoreName, boolean higherIsBetter) {
    public static final String ACCURACY = "Accuracy";

    /** Curves of a classification run. */
    public LearningData(long version, double[] batchSamples, double[] batchLoss, double[] batchAccuracy,
                        double[] batchSamplesPerSecond, int[] epoch, double[] epochSamples, double[] trainLoss,
                        double[] trainAccuracy, double[] testLoss, double[] testAccuracy) {
        this(version, batchSamples, batchLoss, batchAccuracy, batchSamplesPerSecond, epoch, epochSamples, trainLoss,
                trainAccuracy, testLoss, testAccuracy, ACCURACY, true);
    }

    public static final LearningData EMPTY = new LearningData(0, new double[0], new double[0], new double[0],
            new double[0], new int[0], new double[0], new double[0], new double[0], new double[0], new double[0]);

    public LearningData {
        int n = batchSamples.length;
        if (batchLoss.length != n || batchAccuracy.length != n || batchSamplesPerSecond.length != n)
            throw new IllegalArgumentException("batch columns differ in length");
        int e = epoch.length;
        if (epochSamples.length != e || trainLoss.length != e || trainAccuracy.length != e || testLoss.length != e
                || testAccuracy.length != e)
            throw new IllegalArgumentException("epoch columns differ in length");
    }

    public int batches() {
        return batchSamples.length;
    }

    public int evaluations() {
        return epoch.length;
    }
}
