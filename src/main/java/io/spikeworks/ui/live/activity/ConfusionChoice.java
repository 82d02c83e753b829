package io.spikeworks.ui.live.activity;

import java.util.ArrayList;
import java.util.List;

/**
 * Which confusion matrix the output view shows. It follows the latest test-set evaluation (falling back to the
 * training samples before the first) until the user picks another entry; picking the latest evaluation again
 * follows new ones once more. A picked entry that disappears (a restore dropped its epoch) returns to following.
 * No JavaFX: the dashboard binds a chooser to it.
 */
final class ConfusionChoice {
    private ConfusionData data = ConfusionData.EMPTY;
    /** The key the user picked; null while following the latest evaluation. */
    private String pinned;

    /** Takes new data; true if the chooser's list of labels changed. */
    boolean update(ConfusionData next) {
        List<String> before = labels();
        data = next == null ? ConfusionData.EMPTY : next;
        if (pinned != null && find(pinned) == null) pinned = null;
        return !before.equals(labels());
    }

    ConfusionData data() {
        return data;
    }

    /** The chooser's entries, in order (newest evaluation first). */
    List<String> labels() {
        List<String> out = new ArrayList<>();
        for (ConfusionEntry e : data.entries()) out.add(e.label());
        return out;
    }

    /** The entry shown now, or null when there is none. */
    ConfusionEntry shown() {
        if (pinned != null) {
            ConfusionEntry e = find(pinned);
            if (e != null) return e;
        }
        if (!data.evaluations().isEmpty()) return data.evaluations().get(0);
        return data.trainingSamples();
    }

    /** Whether the choice follows new evaluations (nothing picked, or the latest one picked). */
    boolean following() {
        return pinned == null;
    }

    /** The user picked the entry with this label; an unknown label changes nothing. */
    void chooseLabel(String label) {
        for (ConfusionEntry e : data.entries()) {
            if (!e.label().equals(label)) continue;
            boolean latest = !data.evaluations().isEmpty() && data.evaluations().get(0).key().equals(e.key());
            pinned = latest ? null : e.key();
            return;
        }
    }

    private ConfusionEntry find(String key) {
        for (ConfusionEntry e : data.entries()) if (e.key().equals(key)) return e;
        return null;
    }
}
