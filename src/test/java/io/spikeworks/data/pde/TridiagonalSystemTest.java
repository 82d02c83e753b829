package io.spikeworks.data.pde;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TridiagonalSystemTest {
    @Test
    void solutionSatisfiesTheSystemWhenMultipliedBack() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 50;
        double[] lower = new double[n], diagonal = new double[n], upper = new double[n], rhs = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = random.nextDouble(-1, 1);
            upper[i] = random.nextDouble(-1, 1);
            diagonal[i] = 2.5 + random.nextDouble();
            rhs[i] = random.nextDouble(-5, 5);
        }
        double[] x = TridiagonalSystem.solve(lower, diagonal, upper, rhs);
        for (int i = 0; i < n; i++) {
            double row = diagonal[i] * x[i];
            if (i > 0) row += lower[i] * x[i - 1];
            if (i < n - 1) row += upper[i] * x[i + 1];
            assertEquals(rhs[i], row, 1e-12, "row " + i);
        }
    }

    @Test
    void solvesInPlaceWhenSolutionIsTheRightHandSide() {
        double[] lower = {0, -1, -1}, diagonal = {2, 2, 2}, upper = {-1, -1, 0};
        double[] b = {1, 0, 1};
        TridiagonalSystem.solve(lower, diagonal, upper, b, b, new double[3]);
        assertEquals(1, b[0], 1e-15);
        assertEquals(1, b[1], 1e-15);
        assertEquals(1, b[2], 1e-15);
    }

    @Test
    void aZeroPivotIsReportedWithItsRow() {
        double[] lower = {0, 1}, diagonal = {1, 1}, upper = {1, 0};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TridiagonalSystem.solve(lower, diagonal, upper, new double[]{1, 1}));
        assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    }
}
