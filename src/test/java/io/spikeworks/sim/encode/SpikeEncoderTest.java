package io.spikeworks.sim.encode;

import io.spikeworks.sim.kernel.SpikeEvents;
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
    void poissonListsTheSameSpikesWithoutWritingTheTensor() {
        int batch = 3;
        int n = INTENSITIES.length;
        int steps = 25;
        float[] x = new float[batch * n];
        for (int b = 0; b < batch; b++) System.arraycopy(INTENSITIES, 0, x, b * n, n);
        PoissonEncoder e = new PoissonEncoder(0.9);
        float[] tensor = new float[steps * batch * n];
        SpikeEvents withTensor = new SpikeEvents();
        SpikeEvents listOnly = new SpikeEvents();
        e.encode(x, 0, batch, n, steps, 11, 5, tensor, withTensor);
        e.encode(x, 0, batch, n, steps, 11, 5, null, listOnly);
        assertTrue(e.listsWithoutTensor());
        assertTrue(listOnly.complete());
        int spikes = 0;
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                int[] a = java.util.Arrays.copyOfRange(withTensor.indices(), withTensor.from(t, b), withTensor.to(t, b));
                int[] l = java.util.Arrays.copyOfRange(listOnly.indices(), listOnly.from(t, b), listOnly.to(t, b));
                assertArrayEquals(a, l, "spikes of sample " + b + " at step " + t);
                for (int i : l) assertEquals(1f, tensor[(t * batch + b) * n + i]);
                spikes += l.length;
            }
        }
        float sum = 0;
        for (float v : tensor) sum += v;
        assertEquals(spikes, sum, "the tensor holds exactly the listed spikes");
        for (int b = 0; b < batch; b++) {
            float[] one = new float[steps * n];
            java.util.Arrays.fill(one, 5f);
            listOnly.sampleToTensor(b, one, steps, n);
            for (int t = 0; t < steps; t++)
                for (int i = 0; i < n; i++)
                    assertEquals(tensor[(t * batch + b) * n + i], one[t * n + i], "sample " + b + ", step " + t + ", input " + i);
        }
        assertTrue(spikes > 0);
    }

    @Test
    void poissonListsEachStepsSilentInputsAsTheRestOfTheSampleUniverse() {
        int batch = 2;
        int n = INTENSITIES.length;
        int steps = 25;
        float[] x = new float[batch * n];
        System.arraycopy(INTENSITIES, 0, x, 0, n);
        for (int i = 0; i < n; i++) x[n + i] = i % 3 == 0 ? 0f : INTENSITIES[n - 1 - i];
        SpikeEvents ev = new SpikeEvents();
        new PoissonEncoder(0.8).encode(x, 0, batch, n, steps, 3, 0, null, ev);
        assertTrue(ev.hasComplements());
        for (int b = 0; b < batch; b++) {
            java.util.Set<Integer> universe = new java.util.TreeSet<>();
            for (int e = ev.universeFrom(b); e < ev.universeTo(b); e++) universe.add(ev.universe()[e]);
            java.util.Set<Integer> lit = new java.util.TreeSet<>();
            for (int i = 0; i < n; i++) if (x[b * n + i] > 0) lit.add(i);
            assertEquals(lit, universe, "sample " + b + "'s universe is its inputs with a non-zero rate");
            for (int t = 0; t < steps; t++) {
                java.util.Set<Integer> both = new java.util.TreeSet<>();
                for (int e = ev.from(t, b); e < ev.to(t, b); e++) both.add(ev.indices()[e]);
                int spikes = both.size();
                for (int e = ev.silentFrom(t, b); e < ev.silentTo(t, b); e++) {
                    assertTrue(both.add(ev.silent()[e]), "input " + ev.silent()[e] + " both spiking and silent");
                }
                assertEquals(universe, both, "spikes ∪ silent = universe at sample " + b + ", step " + t);
                assertEquals(universe.size() - spikes, ev.silentTo(t, b) - ev.silentFrom(t, b));
            }
        }
        ev.reset(steps, batch);
        assertFalse(ev.hasComplements(), "a plain reset forgets the complements");
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
