package io.spikeworks.ui.live.activity;

import io.spikeworks.learn.score.ConfusionMatrix;

import java.util.Objects;

/**
 * One confusion matrix the output view can show, with what it counts.
 *
 * @param key   stable while the matrix it names is updated ("test:3" for the evaluation after epoch 3, "training"
 *              for the running count over training samples)
 * @param label what the matrix counts, for the chooser and the view, e.g. "test set, epoch 3, accuracy 97.1 %"
 */
public record ConfusionEntry(String key, String label, ConfusionMatrix matrix) {
    public static final String TRAINING_KEY = "training";

    public ConfusionEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(matrix, "matrix");
    }

    /** The matrix of the test-set evaluation after {@code epoch}, whose diagonal gives {@code accuracy}. */
    public static ConfusionEntry testSet(int epoch, double accuracy, ConfusionMatrix matrix) {
        return new ConfusionEntry("test:" + epoch, String.format(java.util.Locale.ROOT,
                "test set, epoch %d, accuracy %.1f %%", epoch, 100 * accuracy), matrix);
    }

    /** The running count over the training samples the dashboard was shown (one per captured batch). */
    public static ConfusionEntry trainingSamples(int epoch, ConfusionMatrix matrix) {
        return new ConfusionEntry(TRAINING_KEY, "training samples shown, epoch " + epoch, matrix);
    }

    public boolean testSet() {
        return key.startsWith("test:");
    }
}
