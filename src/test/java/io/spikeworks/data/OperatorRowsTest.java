package io.spikeworks.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator data sets as flat rows: layout, sizes, and targets an independent integration reproduces. */
class OperatorRowsTest {
    @Test
    void antiderivativeRowsHoldTheIntegralOfTheSensedFunction() {
        TrainTestSplit s = ScientificRegression.antiderivative1d();
        assertEquals(1000 * 10, s.train().size());
        assertEquals(100 * 51, s.test().size());
        assertEquals(101, s.train().sampleLength());
        float[] row = new float[101];
        float[] y = new float[1];
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            s.test().copySample(i, row, 0);
            s.test().copyTarget(i, y, 0);
            double x = row[100];
            // trapezoid rule over the sensors up to x (sensors at j/99): a coarse, independent estimate
            double sum = 0;
            for (int j = 1; j < 100 && j / 99.0 <= x + 1e-9; j++) sum += (row[j - 1] + row[j]) / 2.0 / 99.0;
            int last = (int) Math.floor(x * 99 + 1e-9);
            if (Math.abs(x * 99 - last) < 1e-6) {
                assertEquals(sum, y[0], 0.02, "row " + i + " at x = " + x);
                checked++;
            }
        }
        assertTrue(checked > 0, "some test points fall on sensors");
    }

    @Test
    void diffusionReactionRowsEndWithXAndT() {
        TrainTestSplit s = ScientificRegression.diffusionReaction();
        assertEquals(102, s.train().sampleLength());
        assertEquals(50 * 21 * 21, s.test().size());
        float[] row = new float[102];
        s.test().copySample(0, row, 0);
        assertTrue(row[100] >= 0 && row[100] <= 1 && row[101] >= 0 && row[101] <= 1, "x and t in [0, 1]");
        float[] y = new float[1];
        // at t = 0 the solution is its zero initial value
        for (int i = 0; i < s.test().size(); i++) {
            s.test().copySample(i, row, 0);
            if (row[101] == 0f) {
                s.test().copyTarget(i, y, 0);
                assertEquals(0f, y[0], 1e-6f);
            }
        }
    }
}
