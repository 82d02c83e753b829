package io.spikeworks.ui.live.activity;

import io.spikeworks.learn.score.ConfusionMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Which confusion matrix the output view shows: follows the latest evaluation until the user picks another. */
class ConfusionChoiceTest {
    static ConfusionMatrix diagonal(int classes, int perClass) {
        ConfusionMatrix.Counter c = new ConfusionMatrix.Counter(classes);
        for (int k = 0; k < classes; k++) for (int i = 0; i < perClass; i++) c.add(k, k);
        return c.matrix();
    }

    static ConfusionData data(long version, int evaluations, boolean training) {
        List<ConfusionEntry> evs = new java.util.ArrayList<>();
        for (int e = evaluations; e >= 1; e--) evs.add(ConfusionEntry.testSet(e, 0.5 + e / 100.0, diagonal(3, e)));
        return new ConfusionData(version, evs, training ? ConfusionEntry.trainingSamples(evaluations + 1, diagonal(3, 1)) : null);
    }

    @Test
    void followsTheLatestEvaluationFallingBackToTrainingSamples() {
        ConfusionChoice c = new ConfusionChoice();
        assertNull(c.shown());
        assertTrue(c.labels().isEmpty());

        assertTrue(c.update(data(1, 0, true)));
        assertEquals(ConfusionEntry.TRAINING_KEY, c.shown().key(), "before any evaluation: the training samples");

        assertTrue(c.update(data(2, 1, true)));
        assertEquals("test:1", c.shown().key());
        assertEquals(List.of("test set, epoch 1, accuracy 51.0 %", "training samples shown, epoch 2"), c.labels());

        assertTrue(c.update(data(3, 2, true)));
        assertEquals("test:2", c.shown().key(), "a new evaluation is shown at once");
        assertEquals(6, c.shown().matrix().total());
        assertTrue(c.following());
    }

    @Test
    void aPickedEarlierEvaluationStaysUntilTheLatestIsPickedAgain() {
        ConfusionChoice c = new ConfusionChoice();
        c.update(data(1, 2, true));
        c.chooseLabel("test set, epoch 1, accuracy 51.0 %");
        assertEquals("test:1", c.shown().key());
        assertFalse(c.following());

        assertTrue(c.update(data(2, 3, true)), "the new evaluation joins the list");
        assertEquals("test:1", c.shown().key(), "a new evaluation does not take the pick away");
        assertFalse(c.update(data(3, 3, true)), "same labels: the chooser keeps its items");

        c.chooseLabel("test set, epoch 3, accuracy 53.0 %");
        assertTrue(c.following(), "picking the latest follows new ones again");
        c.update(data(4, 4, true));
        assertEquals("test:4", c.shown().key());

        c.chooseLabel("training samples shown, epoch 5");
        assertEquals(ConfusionEntry.TRAINING_KEY, c.shown().key());
        c.chooseLabel("no such matrix");
        assertEquals(ConfusionEntry.TRAINING_KEY, c.shown().key(), "an unknown label changes nothing");
    }

    @Test
    void aPickThatDisappearsFallsBackToFollowing() {
        ConfusionChoice c = new ConfusionChoice();
        c.update(data(1, 3, false));
        c.chooseLabel("test set, epoch 2, accuracy 52.0 %");
        assertEquals("test:2", c.shown().key());
        c.update(data(2, 1, false)); // a restore to an earlier checkpoint dropped epochs 2 and 3
        assertTrue(c.following());
        assertEquals("test:1", c.shown().key());
    }

    @Test
    void entriesLabelTheirMatrix() {
        ConfusionMatrix m = diagonal(2, 4);
        ConfusionEntry e = ConfusionEntry.testSet(7, 0.9765, m);
        assertEquals("test set, epoch 7, accuracy 97.7 %", e.label());
        assertTrue(e.testSet());
        assertFalse(ConfusionEntry.trainingSamples(1, m).testSet());
        assertEquals(List.of(e), new ConfusionData(1, List.of(e), null).entries());
    }
}
