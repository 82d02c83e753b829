package io.spikeworks.learn;

import io.spikeworks.learn.score.Score;

/** Outcome of one training or evaluation batch: its mean loss and what it scored. */
public record BatchResult(double loss, Score score) {
    public BatchResult(double loss, int correct, int batch) {
        this(loss, Score.classes(batch, correct));
    }

    public int correct() {
        return (int) score.correct();
    }

    public int batch() {
        return (int) score.samples();
    }

    public double accuracy() {
        return score.accuracy();
    }
}
