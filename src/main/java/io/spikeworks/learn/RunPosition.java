package io.spikeworks.learn;

import java.util.List;

/**
 * Where a {@link TrainingRun} stands between two batches. With the weights and the optimiser state it is enough to
 * resume the run exactly (checkpoints).
 *
 * @param epoch     0-based epoch in progress (equal to the run's epochs once it is over)
 * @param nextBatch 0-based number of the next batch within that epoch
 * @param iteration optimiser steps taken so far
 * @param rows      evaluation rows so far
 * @param epochScore what the epoch's batches so far scored (its correct count is {@code epochCorrect})
 */
public record RunPosition(int epoch, int nextBatch, long iteration, long samplesSeen, double epochLoss, int epochCorrect,
                          int epochSamples, long epochNanos, long trainNanos, long trainSamples,
                          List<EvaluationRow> rows, Score epochScore) {
    public RunPosition {
        rows = List.copyOf(rows);
        if (epochScore == null) epochScore = Score.classes(epochSamples, epochCorrect);
    }

    /** A position of a classification run, whose epoch score is its correct count. */
    public RunPosition(int epoch, int nextBatch, long iteration, long samplesSeen, double epochLoss, int epochCorrect,
                       int epochSamples, long epochNanos, long trainNanos, long trainSamples, List<EvaluationRow> rows) {
        this(epoch, nextBatch, iteration, samplesSeen, epochLoss, epochCorrect, epochSamples, epochNanos, trainNanos,
                trainSamples, rows, null);
    }
}
