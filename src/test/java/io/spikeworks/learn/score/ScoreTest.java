package io.spikeworks.learn.score;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreTest {
    @Test
    void regressionFiguresMatchAHandComputedCase() {
        float[] r = {1f, 2f, 4f, 0f};
        float[] y = {1f, 3f, 3f, 1f};
        // split in two batches: the sums add up to the whole
        Score s = Score.regression(r, y, 2, 1).plus(Score.regression(new float[]{4f, 0f}, new float[]{3f, 1f}, 2, 1));
        // errors 0, −1, 1, −1: SSE 3; Σy = 8, Σy² = 20, mean 2, Σ(y − ȳ)² = 4
        assertEquals(Math.sqrt(3.0 / 20), s.relativeL2(), 1e-12);
        assertEquals(Math.sqrt(3.0 / 4), s.rmse(), 1e-12);
        assertEquals(1 - 3.0 / 4, s.r2(), 1e-12);
        assertEquals(4, s.samples());
    }

    @Test
    void classificationCountsAddAcrossBatches() {
        Score s = Score.classes(10, 7).plus(Score.classes(5, 1));
        assertEquals(8.0 / 15, s.accuracy(), 1e-12);
        assertTrue(Double.isNaN(s.relativeL2()), "no regression figures from class counts");
    }
}
