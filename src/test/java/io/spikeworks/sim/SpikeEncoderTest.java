package io.spikeworks.sim;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpikeEncoderTest {
    static final float[] INTENSITIES = {0f, 0.1f, 0.25f, 0.5f, 0.8f, 1f};

    @Test
    void poissonRatesMatchIntensitiesWithinFourStandardErrors() {
        int steps = 20000;
        int n = INTENSITIES.length;
        float[] out = new float[steps * n];
        new PoissonEncoder(1.0).encode(INTENSITIES, 1, n, steps, 42, out);
        for (int i = 0; i < n; i++) {
            double count = 0;
            for (int t = 0; t < steps; t++) count += out[t * n + i];
            double p = INTENSITIES[i];
            double se = Math.sqrt(p * (1 - p) / steps);
            assertEquals(p, count / steps, 4 * se + 1e-9, "rate of input " + i);
        }
    }

    @Test
    void poissonIsReproducibleFromTheSeed() {
        float[] a = new float[25 * 6];
        float[] b = new float[25 * 6];
        float[] c = new float[25 * 6];
        PoissonEncoder e = new PoissonEncoder(0.8);
        e.encode(INTENSITIES, 1, 6, 25, 7, a);
        e.encode(INTENSITIES, 1, 6, 25, 7, b);
        e.encode(INTENSITIES, 1, 6, 25, 8, c);
        assertArrayEquals(a, b);
        assertFalse(java.util.Arrays.equals(a, c));
    }

    @Test
    void deterministicRateGivesRoundedCountsEvenlySpaced() {
        int steps = 20;
        float[] out = new float[steps * INTENSITIES.length];
        new RateEncoder(1.0).encode(INTENSITIES, 1, INTENSITIES.length, steps, 0, out);
        for (int i = 0; i < INTENSITIES.length; i++) {
            int count = 0;
            for (int t = 0; t < steps; t++) count += (int) out[t * INTENSITIES.length + i];
            assertEquals(Math.round(INTENSITIES[i] * steps), count, "count of input " + i);
        }
    }

    @Test
    void latencyIsMonotoneInIntensityAndSpikesOnce() {
        int steps = 25;
        LatencyEncoder e = new LatencyEncoder(0.05);
        float[] out = new float[steps * INTENSITIES.length];
        e.encode(INTENSITIES, 1, INTENSITIES.length, steps, 0, out);
        int previous = Integer.MAX_VALUE;
        for (int i = 1; i < INTENSITIES.length; i++) {
            int first = -1;
            int count = 0;
            for (int t = 0; t < steps; t++) {
                if (out[t * INTENSITIES.length + i] > 0) {
                    count++;
                    if (first < 0) first = t;
                }
            }
            assertEquals(1, count);
            assertTrue(first <= previous, "brighter input " + i + " spikes no later");
            previous = first;
        }
        assertEquals(0, e.spikeStep(1f, steps));
        assertEquals(-1, e.spikeStep(0f, steps));
        assertEquals(-1, e.spikeStep(0.05f, steps), "at or below minIntensity never spikes");
    }

    @Test
    void directEncodingInjectsScaledIntensityEveryStep() {
        float[] out = new float[3 * INTENSITIES.length];
        new CurrentEncoder(2.0).encode(INTENSITIES, 1, INTENSITIES.length, 3, 0, out);
        for (int t = 0; t < 3; t++)
            for (int i = 0; i < INTENSITIES.length; i++) assertEquals(2 * INTENSITIES[i], out[t * INTENSITIES.length + i]);
    }
}
