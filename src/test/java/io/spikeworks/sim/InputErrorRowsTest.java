package io.spikeworks.sim;

import io.spikeworks.sim.encode.PoissonEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.kernel.SpikeEvents;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Regrouping a batch's spikes by input, with and without per-sample sums, against summing spike by spike. */
class InputErrorRowsTest {

    @ParameterizedTest(name = "batch {0}, gain {1}, {2} inputs lit")
    @CsvSource({"1, 0.9, 0.3", "4, 1.0, 0.5", "7, 0.5, 0.2", "3, 0.05, 0.9"})
    void rowsAddUpToTheSpikeBySpikeSum(int batch, double gain, double lit) {
        int in = 50;
        int steps = 25;
        FastRandom r = new FastRandom(batch * 31L);
        float[] pixels = new float[batch * in];
        for (int i = 0; i < pixels.length; i++) pixels[i] = r.nextDouble() < lit ? (float) (0.3 + 0.7 * r.nextDouble()) : 0f;
        SpikeEvents ev = new SpikeEvents();
        new PoissonEncoder(gain).encode(pixels, 0, batch, in, steps, 5, 0, null, ev);
        // error tensor: a row per (t, b) and a row per sample holding its sum over steps
        float[] e = new float[(steps + 1) * batch];
        for (int s = 0; s < steps * batch; s++) e[s] = (float) r.nextGaussian();
        for (int b = 0; b < batch; b++) for (int t = 0; t < steps; t++) e[steps * batch + b] += e[t * batch + b];
        double[] expected = new double[in];
        int spikes = 0;
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                for (int k = ev.from(t, b); k < ev.to(t, b); k++) expected[ev.indices()[k]] += e[t * batch + b];
                spikes += ev.to(t, b) - ev.from(t, b);
            }
        }
        for (boolean complement : new boolean[]{false, true}) {
            InputErrorRows g = new InputErrorRows();
            assertEquals(spikes, g.group(ev, steps, batch, in, complement));
            int rows = 0;
            for (int i = 0; i < in; i++) {
                double sum = 0;
                for (int k = g.plusFrom(i); k < g.plusEnd[i]; k++) sum += e[g.plus[k]];
                for (int k = g.minusFrom(i); k < g.minusEnd[i]; k++) sum -= e[g.minus[k]];
                rows += g.plusEnd[i] - g.plusFrom(i) + g.minusEnd[i] - g.minusFrom(i);
                assertEquals(expected[i], sum, 1e-4, "input " + i + (complement ? " with sums" : ""));
            }
            if (!complement) assertEquals(spikes, rows, "one row per spike");
            else assertTrue(rows <= spikes, "never more rows than spikes");
            if (complement && gain >= 0.9) {
                assertTrue(g.usesSums() && rows < spikes, "busy inputs use their sample's sum: " + rows + " < " + spikes);
            }
        }
    }
}
