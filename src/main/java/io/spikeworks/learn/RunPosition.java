package io.spikeworks.learn;

import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.learn.score.Score;
import java.util.List;
import java.util.Objects;

/**
 * Where a {@link TrainingRun} stands between two batches. With the weights and the optimiser state it is enough to
 * resume the run exactly (checkpoints).
 *
 * @param epoch      0-based epoch in progress (equal to the run's epochs once it is over)
 * @param nextBatch  0-based number of the next batch within that epoch
 * @param iteration  optimiser steps taken so far
 * @param epochScore what the epoch's batches so far scored: its samples, correct count or regression sums
 * @param rows       evaluation rows so far
 */
public record RunPosition(int epoch, int nextBatch, long iteration, long samplesSeen, double epochLoss, Score epochScore,
                          long epochNanos, long trainNanos, long trainSamples, List<EvaluationRow> rows) {
    public RunPosition {
        Objects.requireNonNull(epochScore, "epochScore");
        rows = List.copyOf(rows);
    }

    /** Samples the epoch has trained on so far. */
    public int epochSamples() {
        return (int) epochScore.samples();
    }

    /** Of those, classified right (class labels). */
    public int epochCorrect() {
        return (int) epochScore.correct();
    }
}
