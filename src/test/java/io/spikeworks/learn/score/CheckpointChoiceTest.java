package io.spikeworks.learn.score;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckpointChoiceTest {
    private static final double NaN = Double.NaN;

    @Test
    void theBestScoreWinsAndTheEarliestAmongEquals() {
        assertEquals(2, CheckpointChoice.earliestBest(new double[]{0.5, 0.7, 0.9, 0.8}));
        assertEquals(1, CheckpointChoice.earliestBest(new double[]{0.5, 0.9, 0.7, 0.9, 0.9}));
        assertEquals(0, CheckpointChoice.earliestBest(new double[]{0.9}));
    }

    @Test
    void unscoredCheckpointsAreNeverChosen() {
        assertEquals(2, CheckpointChoice.earliestBest(new double[]{NaN, NaN, 0.1, NaN}));
        assertEquals(3, CheckpointChoice.earliestBest(new double[]{NaN, 0.2, NaN, 0.3}));
        assertEquals(-1, CheckpointChoice.earliestBest(new double[]{NaN, NaN}));
        assertEquals(-1, CheckpointChoice.earliestBest(new double[0]));
    }
}
