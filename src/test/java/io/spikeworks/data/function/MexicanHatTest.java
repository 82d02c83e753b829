package io.spikeworks.data.function;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MexicanHatTest {
    private static double gaussian(double x, double y, double sigma) {
        return Math.exp(-(x * x + y * y) / (2 * sigma * sigma)) / (2 * Math.PI * sigma * sigma);
    }

    @Test
    void isTheNegativeLaplacianOfTheUnitMassGaussian() {
        double sigma = 0.8, h = 1e-3;
        MexicanHat hat = new MexicanHat(sigma);
        for (double[] p : new double[][]{{0, 0}, {0.3, -0.7}, {1, 1}, {-0.9, 0.2}, {1.13, 0}}) {
            double x = p[0], y = p[1];
            double laplacian = (gaussian(x + h, y, sigma) + gaussian(x - h, y, sigma) + gaussian(x, y + h, sigma)
                    + gaussian(x, y - h, sigma) - 4 * gaussian(x, y, sigma)) / (h * h);
            assertEquals(-laplacian, hat.value(p), 1e-6, "at (" + x + ", " + y + ")");
        }
    }

    @Test
    void peaksAtTheOriginCrossesZeroAtRootTwoSigmaAndIntegratesToZero() {
        double sigma = 0.5;
        MexicanHat hat = new MexicanHat(sigma);
        assertEquals(1 / (Math.PI * Math.pow(sigma, 4)), hat.value(new double[]{0, 0}), 1e-12);
        assertEquals(0, hat.value(new double[]{Math.sqrt(2) * sigma, 0}), 1e-12);
        assertEquals(0.777, new MexicanHat().peak(), 5e-4);
        // Integral over [-8 sigma, 8 sigma]^2 by a product midpoint rule: 0 up to the tails.
        int n = 800;
        double a = 8 * sigma, h = 2 * a / n, sum = 0, positive = 0;
        double[] p = new double[2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[0] = -a + (i + 0.5) * h;
                p[1] = -a + (j + 0.5) * h;
                double v = hat.value(p) * h * h;
                sum += v;
                positive += Math.max(v, 0);
            }
        }
        assertTrue(positive > 0.5, "positive lobe " + positive);
        assertEquals(0, sum, 1e-6);
    }

    @Test
    void sigmaMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MexicanHat(0));
        assertEquals("sigma must be a positive finite number, got 0.0", e.getMessage());
    }
}
