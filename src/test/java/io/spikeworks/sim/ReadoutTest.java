package io.spikeworks.sim;

import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Readouts on a hand-made two-neuron history over four steps. */
class ReadoutTest {
    /** neuron 0 spikes at t=1 and t=3, neuron 1 never; membranes as given. */
    static NeuronState history() {
        NeuronState s = new NeuronState(NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), 1, 2, 4);
        float[] mem = {0.5f, 0.1f, 1.2f, 0.3f, 0.4f, 0.9f, 1.1f, 0.2f};
        float[] spk = {0, 0, 1, 0, 0, 0, 1, 0};
        System.arraycopy(mem, 0, s.mem, 0, 8);
        System.arraycopy(spk, 0, s.spikes, 0, 8);
        return s;
    }

    static float[] compute(Readout.Kind k) {
        float[] r = new float[2];
        new Readout(k).compute(history(), r);
        return r;
    }

    @Test
    void valuesFollowTheirDefinitions() {
        assertArrayEquals(new float[]{2, 0}, compute(Readout.Kind.SPIKE_COUNT));
        assertArrayEquals(new float[]{3.2f, 1.5f}, compute(Readout.Kind.MEMBRANE_SUM), 1e-6f);
        assertArrayEquals(new float[]{1.2f, 0.9f}, compute(Readout.Kind.MEMBRANE_MAX));
        assertArrayEquals(new float[]{1, 4}, compute(Readout.Kind.FIRST_SPIKE_TIME));
    }

    @Test
    void gradientsGoWhereTheValueCameFrom() {
        float[] dLdr = {1, 2};
        float[] gs = new float[2];
        float[] gm = new float[2];
        Readout max = new Readout(Readout.Kind.MEMBRANE_MAX);
        max.compute(history(), new float[2]);
        max.gradientAt(1, 4, dLdr, 2, gs, gm);
        assertArrayEquals(new float[]{1, 0}, gm); // neuron 0 peaked at t=1
        max.gradientAt(2, 4, dLdr, 2, gs, gm);
        assertArrayEquals(new float[]{0, 2}, gm); // neuron 1 peaked at t=2

        Readout first = new Readout(Readout.Kind.FIRST_SPIKE_TIME);
        first.compute(history(), new float[2]);
        first.gradientAt(0, 4, dLdr, 2, gs, gm);
        assertArrayEquals(new float[]{-4, -8}, gs); // dr/dS[t] = t − T up to the first spike
        first.gradientAt(2, 4, dLdr, 2, gs, gm);
        assertEquals(0f, gs[0]); // after neuron 0's first spike
        assertEquals(2 * (2 - 4), gs[1]);
    }
}
