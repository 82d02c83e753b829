package io.spikeworks.learn.score;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ConfusionMatrixTest {
    @Test
    void countsTotalsAndAccuracy() {
        ConfusionMatrix.Counter c = new ConfusionMatrix.Counter(3);
        int[][] pairs = {{0, 0}, {0, 0}, {0, 2}, {1, 1}, {2, 1}, {2, 2}, {2, 2}, {5, 1}};
        for (int[] p : pairs) c.add(p[0], p[1]);
        ConfusionMatrix m = c.matrix();
        assertEquals(7, m.total(), "out-of-range class ignored");
        assertEquals(2, m.count(0, 0));
        assertEquals(1, m.count(0, 2));
        assertEquals(1, m.count(2, 1));
        assertEquals(3, m.rowTotal(2));
        assertEquals(5, m.correct());
        assertEquals(5 / 7.0, m.accuracy(), 1e-12);
        assertEquals(2, m.max());
        c.add(1, 1);
        assertEquals(1, m.count(1, 1), "a matrix taken earlier does not change");
        assertEquals(2, c.matrix().count(1, 1));
        assertEquals(m, new ConfusionMatrix(3, m.counts()));
        assertNotEquals(m, c.matrix());
        assertTrue(Double.isNaN(new ConfusionMatrix.Counter(2).matrix().accuracy()));
    }

    @Test
    void refusesCountsOfTheWrongShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(3, new long[8]));
        assertEquals("3 classes need 9 counts, got 8", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(1, new long[]{-1}));
    }
}
