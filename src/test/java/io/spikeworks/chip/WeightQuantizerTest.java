package io.spikeworks.chip;

import io.spikeworks.sim.kernel.FastRandom;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightQuantizerTest {

    @Test
    void nearestSigned3BitOnHandMadeValues() {
        WeightQuantizer q = new WeightQuantizer(3, true, Rounding.NEAREST, 1);
        assertEquals(3, q.maxLevel());
        assertEquals(-3, q.minLevel(), "symmetric: −4 is not used");
        // scale 0.25 is a power of two, so every value below is exact in binary
        float[] w = {0.125f, -0.125f, 0.375f, -0.375f, 0.1f, 0.2f, 2.0f, -2.0f, 0f, 0.7499f, 0.625f};
        float[] got = new float[w.length];
        q.quantize(w, got, 0.25f);
        // ties (0.5, 1.5, 2.5 levels) go away from zero; beyond ±3 levels saturates
        float[] want = {0.25f, -0.25f, 0.5f, -0.5f, 0f, 0.25f, 0.75f, -0.75f, 0f, 0.75f, 0.75f};
        assertArrayEquals(want, got);
    }

    @Test
    void unsignedSaturatesNegativesToZeroAndLargeToMax() {
        WeightQuantizer q = new WeightQuantizer(2, false, Rounding.NEAREST, 1);
        assertEquals(3, q.maxLevel());
        assertEquals(0, q.minLevel());
        float[] w = {-0.5f, -7f, 0.5f, 1.49f, 2.5f, 3.7f};
        float[] got = new float[w.length];
        q.quantize(w, got, 1f);
        assertArrayEquals(new float[]{0f, 0f, 1f, 1f, 3f, 3f}, got);
    }

    @Test
    void perTensorScaleMapsTheLargestMagnitudeToTheTopLevel() {
        WeightQuantizer q = new WeightQuantizer(8, true, Rounding.NEAREST, 1);
        float[] w = {0.5f, -2.54f, 0.3f, 0f};
        float[] got = new float[w.length];
        float scale = q.quantize(w, got);
        assertEquals(2.54f / 127, scale, 1e-9f);
        assertEquals(-127, q.level(-2.54f, scale));
        assertEquals(-2.54f, got[1], Math.ulp(2.54f));
        assertEquals(0f, got[3]);
        for (int i = 0; i < w.length; i++) assertTrue(Math.abs(got[i] - w[i]) <= scale / 2 + 1e-7f, "error ≤ half a step");
    }

    @Test
    void allZeroTensorStaysZero() {
        WeightQuantizer q = new WeightQuantizer(4, true, Rounding.STOCHASTIC, 3);
        float[] got = {9f, 9f};
        assertEquals(0f, q.quantize(new float[]{0f, 0f}, got));
        assertArrayEquals(new float[]{0f, 0f}, got);
    }

    @Test
    void floatFormatIsTheIdentity() {
        WeightQuantizer q = new WeightQuantizer(32, true, Rounding.NEAREST, 1);
        assertTrue(q.isIdentity());
        float[] w = {0.123456789f, -1e-30f, 3e30f};
        float[] got = new float[3];
        q.quantize(w, got);
        assertArrayEquals(w, got);
    }

    @Test
    void signedOneBitIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new WeightQuantizer(1, true, Rounding.NEAREST, 1));
        assertThrows(IllegalArgumentException.class, () -> new WeightQuantizer(33, true, Rounding.NEAREST, 1));
    }

    /** Nearest rounding agrees with BigDecimal's HALF_UP (half away from zero) plus clamping, an independent rule. */
    @Test
    void nearestAgreesWithBigDecimalHalfUp() {
        FastRandom rng = new FastRandom(7);
        for (int bits : new int[]{2, 3, 5, 8, 12}) {
            for (boolean signed : new boolean[]{true, false}) {
                WeightQuantizer q = new WeightQuantizer(bits, signed, Rounding.NEAREST, 1);
                float scale = 0.0625f;   // power of two: w / scale is exact
                long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
                long min = signed ? -max : 0;
                for (int i = 0; i < 2000; i++) {
                    // include exact ties: multiples of scale/2
                    float w = i % 3 == 0 ? (rng.nextInt(4 * (int) max + 5) - 2 * (int) max - 2) * scale / 2
                            : (float) (rng.nextGaussian() * max * scale);
                    long ref = new BigDecimal(w).divide(new BigDecimal(scale)).setScale(0, RoundingMode.HALF_UP).longValueExact();
                    ref = Math.max(min, Math.min(max, ref));
                    assertEquals(ref, q.level(w, scale), bits + " bits, signed " + signed + ", w " + w);
                }
            }
        }
    }

    @Test
    void stochasticRoundingIsUnbiasedSeededAndOnlyPicksNeighbours() {
        float scale = 1f;
        float x = 0.3f;
        WeightQuantizer q = new WeightQuantizer(4, true, Rounding.STOCHASTIC, 42);
        int n = 100_000;
        long ups = 0;
        for (int i = 0; i < n; i++) {
            long l = q.level(x, scale);
            assertTrue(l == 0 || l == 1);
            ups += l;
        }
        double p = ups / (double) n;
        double sigma = Math.sqrt(0.3 * 0.7 / n);
        assertEquals(0.3, p, 5 * sigma);
        // negative values: floor(−1.25) = −2, up with probability 0.75
        long sum = 0;
        for (int i = 0; i < n; i++) sum += q.level(-1.25f, scale);
        assertEquals(-1.25, sum / (double) n, 5 * Math.sqrt(0.25 * 0.75 / n));

        WeightQuantizer a = new WeightQuantizer(4, true, Rounding.STOCHASTIC, 5);
        WeightQuantizer b = new WeightQuantizer(4, true, Rounding.STOCHASTIC, 5);
        float[] w = {0.1f, 0.5f, -0.7f, 1.3f, 2.9f};
        float[] qa = new float[5];
        float[] qb = new float[5];
        a.quantize(w, qa, 0.5f);
        b.quantize(w, qb, 0.5f);
        assertArrayEquals(qa, qb, "same seed, same result");
    }

    @Test
    void stochasticSaturatesToo() {
        WeightQuantizer q = new WeightQuantizer(3, true, Rounding.STOCHASTIC, 9);
        for (int i = 0; i < 100; i++) {
            assertEquals(3, q.level(10f, 1f));
            assertEquals(-3, q.level(-10f, 1f));
        }
    }
}
