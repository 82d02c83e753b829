package io.spikeworks.ui.live.learning;

import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.score.CheckpointChoice;

import java.util.List;

/**
 * The learning curves: per batch (x = samples seen) loss, accuracy and throughput, and per evaluation (epoch end)
 * train and test accuracy and loss. Arrays are parallel and immutable by contract. The "accuracy" columns hold the
 * task's score: accuracy for class labels (a share, higher is better), or the relative L2 error for real-valued targets
 * ({@code scoreName}, lower is better). {@code otherTests} are further read-outs of the test accuracy an algorithm
 * reports per evaluation (nBP: from the output membranes and as exact match, beside the spike read-out that is
 * {@code testAccuracy}) and the accuracy on held-out training samples, drawn beside it.
 */
public record LearningData(long version,
                           double[] batchSamples, double[] batchLoss, double[] batchAccuracy, double[] batchSamplesPerSecond,
                           int[] epoch, double[] epochSamples, double[] trainLoss, double[] trainAccuracy,
                           double[] testLoss, double[] testAccuracy, String scoreName, boolean higherIsBetter,
                           List<TestSeries> otherTests) {
    public static final String ACCURACY = "Accuracy";

    /**
     * One further accuracy per evaluation, by its metrics.csv column ({@code test_membrane_accuracy},
     * {@code validation_accuracy}); NaN where an evaluation lacks it.
     */
    public record TestSeries(String column, double[] values) {
        /** What the legend calls it: the column without "test_" and "_accuracy" ("membrane"); "held out". */
        public String label() {
            String c = column;
            if (c.equals(TrainingRun.VALIDATION_ACCURACY)) return "held out";
            if (c.startsWith("test_")) c = c.substring(5);
            if (c.endsWith("_accuracy")) c = c.substring(0, c.length() - 9);
            return c.replace('_', ' ');
        }
    }

    /** Curves with the task's score and no further test read-outs. */
    public LearningData(long version, double[] batchSamples, double[] batchLoss, double[] batchAccuracy,
                        double[] batchSamplesPerSecond, int[] epoch, double[] epochSamples, double[] trainLoss,
                        double[] trainAccuracy, double[] testLoss, double[] testAccuracy, String scoreName,
                        boolean higherIsBetter) {
        this(version, batchSamples, batchLoss, batchAccuracy, batchSamplesPerSecond, epoch, epochSamples, trainLoss,
                trainAccuracy, testLoss, testAccuracy, scoreName, higherIsBetter, List.of());
    }

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
        otherTests = List.copyOf(otherTests);
        for (TestSeries t : otherTests)
            if (t.values().length != e) throw new IllegalArgumentException(t.column() + " differs in length from the epochs");
    }

    /** Which of {@link #otherTests} is the held-out samples' accuracy, or -1. */
    public int heldOutSeries() {
        for (int i = 0; i < otherTests.size(); i++)
            if (otherTests.get(i).column().equals(TrainingRun.VALIDATION_ACCURACY)) return i;
        return -1;
    }

    /**
     * The evaluation the held-out samples chose: their best accuracy, the earliest among equals, as the run files
     * choose ({@link CheckpointChoice}); -1 without held-out samples.
     */
    public int chosenByHeldOut() {
        int s = heldOutSeries();
        if (s < 0) return -1;
        return CheckpointChoice.earliestBest(otherTests.get(s).values());
    }

    public int batches() {
        return batchSamples.length;
    }

    public int evaluations() {
        return epoch.length;
    }
}
