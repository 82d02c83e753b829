package io.spikeworks.sim;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.kernel.SpikeEvents;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Lists filled sample by sample read, slot for slot, as the same lists filled step by step. */
class SpikeEventsOrderTest {
    @Test
    void sampleMajorListsReadAsStepMajorOnes() {
        int steps = 4, batch = 3, n = 20;
        FastRandom r = new FastRandom(9);
        boolean[][][] on = new boolean[steps][batch][n];
        for (boolean[][] step : on) for (boolean[] sample : step) for (int i = 0; i < n; i++) sample[i] = r.nextDouble() < 0.3;

        SpikeEvents byStep = new SpikeEvents();
        byStep.reset(steps, batch);
        for (int t = 0; t < steps; t++) for (int b = 0; b < batch; b++) fill(byStep, t, b, on[t][b]);
        SpikeEvents bySample = new SpikeEvents();
        bySample.reset(steps * batch, 1);
        for (int b = 0; b < batch; b++) for (int t = 0; t < steps; t++) fill(bySample, b * steps + t, 0, on[t][b]);
        bySample.viewSampleMajor(steps, batch);

        for (int t = 0; t < steps; t++) {
            assertEquals(byStep.countAt(t), bySample.countAt(t), "spikes at step " + t);
            for (int b = 0; b < batch; b++) {
                assertArrayEquals(java.util.Arrays.copyOfRange(byStep.indices(), byStep.from(t, b), byStep.to(t, b)),
                        java.util.Arrays.copyOfRange(bySample.indices(), bySample.from(t, b), bySample.to(t, b)),
                        "slot (" + t + ", " + b + ")");
            }
        }
        float[] a = new float[steps * n], c = new float[steps * n];
        byStep.sampleToTensor(2, a, steps, n);
        bySample.sampleToTensor(2, c, steps, n);
        assertArrayEquals(a, c);
        assertThrows(IllegalStateException.class, bySample::slotStarts, "a consumer that walks the raw slot array must not misread it");
        bySample.reset(steps, batch);
        bySample.slotStarts(); // a fresh tensor is step-major again
    }

    @Test
    void onlyACompleteTensorOfOneSampleSlotsCanBeReadSampleMajor() {
        SpikeEvents e = new SpikeEvents();
        e.reset(6, 1);
        fill(e, 0, 0, new boolean[]{true});
        assertThrows(IllegalStateException.class, () -> e.viewSampleMajor(3, 2));
        SpikeEvents f = new SpikeEvents();
        f.reset(3, 2);
        for (int t = 0; t < 3; t++) for (int b = 0; b < 2; b++) fill(f, t, b, new boolean[]{true});
        assertThrows(IllegalStateException.class, () -> f.viewSampleMajor(3, 2));
    }

    private static void fill(SpikeEvents e, int t, int b, boolean[] on) {
        e.open(t, b);
        e.ensure(on.length);
        for (int i = 0; i < on.length; i++) e.addIf(i, on[i]);
        e.close();
    }
}
