package io.spikeworks.data.function;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaussianProcessFunctionsTest {
    private static final int SAMPLES = 4000;

    /** Empirical covariance of the samples' values at knots a and b (the mean is known to be 0). */
    private static double[] empiricalCovariances(GaussianProcessFunctions gp, int[][] pairs, long seed) {
        double[] sums = new double[pairs.length];
        for (int s = 0; s < SAMPLES; s++) {
            NaturalCubicSpline f = gp.sample(RandomStreams.forItem(seed, 0, s));
            for (int p = 0; p < pairs.length; p++) sums[p] += f.knotValue(pairs[p][0]) * f.knotValue(pairs[p][1]);
        }
        for (int p = 0; p < pairs.length; p++) sums[p] /= SAMPLES;
        return sums;
    }

    @Test
    void samplesHaveTheKernelsCovariance() {
        // 65 knots (spacing 1/64), length scale 0.2, variance 2: lags 0, 0.0625, 0.2, 0.4 and 0.75.
        GaussianProcessFunctions gp = new GaussianProcessFunctions(0.2, 2, 65);
        int[][] pairs = {{10, 10}, {20, 24}, {5, 18}, {30, 56}, {8, 56}, {64, 64}};
        double[] empirical = empiricalCovariances(gp, pairs, 11);
        for (int p = 0; p < pairs.length; p++) {
            double x = gp.knots().point(pairs[p][0]), y = gp.knots().point(pairs[p][1]);
            double expected = gp.kernel(x, y);
            // sd of the estimate is variance * sqrt((1 + rho^2) / N) <= 2 * 0.0224; allow 4 sd.
            assertEquals(expected, empirical[p], 0.18, "covariance at lag " + Math.abs(x - y));
        }
    }

    @Test
    void theCovarianceTestWouldNoticeAWrongLengthScale() {
        // The same statistic at lag 0.2 for l = 0.1 (exp(-2) = 0.135) lies far outside the tolerance around exp(-0.5).
        GaussianProcessFunctions shortScale = new GaussianProcessFunctions(0.1, 1, 65);
        double empirical = empiricalCovariances(shortScale, new int[][]{{5, 18}}, 11)[0];
        double rightForLongScale = Math.exp(-0.5 * Math.pow((18 - 5) / 64.0 / 0.2, 2));
        assertTrue(Math.abs(empirical - rightForLongScale) > 0.09 * 3, "empirical " + empirical);
    }

    @Test
    void sameGeneratorStateGivesTheSameFunction() {
        GaussianProcessFunctions gp = GaussianProcessFunctions.standard();
        NaturalCubicSpline a = gp.sample(new SplittableRandom(5));
        NaturalCubicSpline b = gp.sample(new SplittableRandom(5));
        NaturalCubicSpline c = gp.sample(new SplittableRandom(6));
        for (double x : new double[]{0, 0.3, 0.77, 1}) assertEquals(a.applyAsDouble(x), b.applyAsDouble(x), 0.0);
        assertNotEquals(a.applyAsDouble(0.3), c.applyAsDouble(0.3));
        assertTrue(gp.jitter() <= 1e-6, "jitter " + gp.jitter());
    }

    @Test
    void badParametersAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GaussianProcessFunctions(-0.2, 1, 65));
        assertEquals("lengthScale must be a positive finite number, got -0.2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new GaussianProcessFunctions(0.2, 1, 3));
        assertEquals("knots must be at least 4, got 3", e.getMessage());
    }
}
