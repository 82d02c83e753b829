package io.spikeworks.ui.lesson;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The slider neuron against the closed form of a leaky integrator under a constant current. */
class LifDemoNeuronTest {
    @Test
    void beforeTheFirstSpikeTheMembraneIsTheGeometricSum() {
        LifDemoNeuron n = new LifDemoNeuron(0.9, 1.0, true);
        double current = 0.15;
        LifDemoNeuron.Trace t = n.run(current, 60);
        // u[t] = I (1 − β^(t+1)) / (1 − β); first spike at the least t with u[t] ≥ θ
        int first = (int) Math.ceil(Math.log(1 - 1.0 * (1 - 0.9) / current) / Math.log(0.9) - 1);
        for (int k = 0; k <= first; k++) {
            assertEquals(current * (1 - Math.pow(0.9, k + 1)) / (1 - 0.9), t.membrane()[k], 1e-12, "step " + k);
            assertEquals(k == first, t.spikes()[k], "step " + k);
        }
        assertEquals(10, first, "0.15 fires at step 10");
    }

    @Test
    void withResetToZeroSpikesRepeatWithTheFirstSpikesPeriod() {
        LifDemoNeuron n = new LifDemoNeuron(0.8, 1.0, false);
        double current = 0.3;
        int first = (int) Math.ceil(Math.log(1 - 1.0 * (1 - 0.8) / current) / Math.log(0.8) - 1);
        int steps = 100;
        LifDemoNeuron.Trace t = n.run(current, steps);
        // after a spike the membrane restarts from I, so spikes fall at k·(first+1) − 1
        for (int k = 0; k < steps; k++) assertEquals((k + 1) % (first + 1) == 0, t.spikes()[k], "step " + k);
        assertEquals(steps / (first + 1), t.spikeCount());
    }

    @Test
    void belowTheRheobaseItNeverFiresAndJustAboveItDoes() {
        LifDemoNeuron n = new LifDemoNeuron(0.9, 1.0, true);
        assertEquals(0.1, n.rheobase(), 1e-12);
        assertEquals(0, n.run(0.0999, 2000).spikeCount());
        assertTrue(n.run(0.1001, 2000).spikeCount() > 0);
    }

    @Test
    void subtractiveResetCarriesTheOvershootOver() {
        // no leak: u0 = I fires; u1 = 0·u0 + I − θ = 0 (the engine subtracts θ the step after a spike); u2 = I fires again
        LifDemoNeuron n = new LifDemoNeuron(0.0, 1.0, true);
        assertEquals(15, n.run(1.0, 30).spikeCount());
        LifDemoNeuron.Trace t = new LifDemoNeuron(0.5, 1.0, true).run(0.8, 3);
        assertArrayEquals(new double[]{0.8, 1.2, 0.8 - 1.0 + 0.6}, t.membrane(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new LifDemoNeuron(1.0, 1.0, true));
    }
}
