package io.spikeworks.ui.live.activity;

import java.util.List;

/**
 * The confusion matrices a run has to show: the test set's at every evaluation, newest first, and the running count
 * over training samples seen on the dashboard (null before the first). Immutable; {@code version} changes with the
 * content.
 */
public record ConfusionData(long version, List<ConfusionEntry> evaluations, ConfusionEntry trainingSamples) {
    public static final ConfusionData EMPTY = new ConfusionData(0, List.of(), null);

    public ConfusionData {
        evaluations = List.copyOf(evaluations);
    }

    /** Every entry in chooser order: evaluations newest first, then the training samples. */
    public List<ConfusionEntry> entries() {
        if (trainingSamples == null) return evaluations;
        java.util.ArrayList<ConfusionEntry> all = new java.util.ArrayList<>(evaluations);
        all.add(trainingSamples);
        return List.copyOf(all);
    }

    public boolean isEmpty() {
        return evaluations.isEmpty() && trainingSamples == null;
    }
}
