package io.spikeworks.data.function;

import io.spikeworks.data.pde.CumulativeSimpson;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FourierSeriesTest {
    private final FourierSeries series = RandomFourierSeries.standard().sample(new SplittableRandom(3));

    @Test
    void antiderivativeMatchesQuadratureAndDifferentiatesBack() {
        CumulativeSimpson numeric = CumulativeSimpson.of(series);
        double h = 1e-5;
        for (double x : new double[]{0, 0.1, 0.333, 0.5, 0.9, 1}) {
            // Simpson's bound h^4 max|f''''| / 2880 is about 5e-10 for 10 modes at h = 1/1024.
            assertEquals(series.antiderivative(x), numeric.applyAsDouble(x), 5e-10, "x = " + x);
            if (x > 0 && x < 1) {
                double derivative = (series.antiderivative(x + h) - series.antiderivative(x - h)) / (2 * h);
                assertEquals(series.applyAsDouble(x), derivative, 1e-6, "x = " + x);
            }
        }
    }

    @Test
    void poissonSolutionSatisfiesTheEquationAndBoundaryValues() {
        assertEquals(0, series.poissonSolution(0), 1e-14);
        assertEquals(0, series.poissonSolution(1), 1e-14);
        double h = 1e-4;
        for (double x : new double[]{0.05, 0.4, 0.71}) {
            double second = (series.poissonSolution(x + h) - 2 * series.poissonSolution(x) + series.poissonSolution(x - h)) / (h * h);
            assertEquals(series.applyAsDouble(x), -second, 1e-4, "x = " + x);
        }
    }

    @Test
    void randomSeriesHaveTheStatedCovariance() {
        RandomFourierSeries family = new RandomFourierSeries(4, 1.5, 1);
        int samples = 4000;
        double[][] points = {{0.2, 0.2}, {0.1, 0.35}, {0.0, 0.5}};
        double[] sums = new double[points.length];
        for (int s = 0; s < samples; s++) {
            FourierSeries f = family.sample(RandomStreams.forItem(9, 0, s));
            for (int p = 0; p < points.length; p++) sums[p] += f.applyAsDouble(points[p][0]) * f.applyAsDouble(points[p][1]);
        }
        for (int p = 0; p < points.length; p++) {
            double expected = family.covariance(points[p][0], points[p][1]);
            double variance = family.covariance(0, 0);
            // sd of the estimate is at most variance * sqrt(2 / N); allow 4 sd.
            assertEquals(expected, sums[p] / samples, 4 * variance * Math.sqrt(2.0 / samples), "pair " + p);
        }
    }

    @Test
    void mismatchedCoefficientsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FourierSeries(new double[]{1, 2}, new double[]{0}));
        assertEquals("cosines and sines must have the same nonzero length, got 2 and 1", e.getMessage());
    }
}
