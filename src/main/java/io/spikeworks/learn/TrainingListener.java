package io.spikeworks.learn;

import io.spikeworks.learn.score.EvaluationRow;

/** Receives a run's progress on the training thread; must return quickly. */
public interface TrainingListener {
    /** Listens to nothing. */
    TrainingListener NONE = new TrainingListener() {};

    default void onBatch(BatchProgress progress) {
    }

    default void onEvaluation(EvaluationRow row) {
    }
}
