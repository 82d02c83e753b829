package io.spikeworks.learn.score;

import java.util.Map;

/**
 * One evaluation point of a run (one row of metrics.csv).
 *
 * @param epoch             1-based epoch just finished
 * @param trainLoss         mean loss over the epoch's training batches
 * @param trainAccuracy     accuracy over the epoch's training batches, as trained
 * @param samplesPerSecond  training throughput over the epoch (data, encoding, forward, backward, update)
 * @param extras            algorithm-specific columns, in a stable order
 * @param testConfusion     true against predicted class over the whole test set, whose diagonal over its total is
 *                          {@code testAccuracy}; null for rows of checkpoints that did not keep it
 */
public record EvaluationRow(int epoch, long samplesSeen, double trainLoss, double trainAccuracy, double testLoss,
                            double testAccuracy, double samplesPerSecond, double learningRate,
                            Map<String, Double> extras, ConfusionMatrix testConfusion) {

    /** A row without a confusion matrix. */
    public EvaluationRow(int epoch, long samplesSeen, double trainLoss, double trainAccuracy, double testLoss,
                         double testAccuracy, double samplesPerSecond, double learningRate, Map<String, Double> extras) {
        this(epoch, samplesSeen, trainLoss, trainAccuracy, testLoss, testAccuracy, samplesPerSecond, learningRate,
                extras, null);
    }
}
