package io.spikeworks.sim;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The input current a probe records is the I[t] of the neuron equation, checked against the recorded membrane. */
class ProbeCurrentTest {
    static final SpikeFunction F = SpikeFunction.of(Surrogate.FAST_SIGMOID, 25);

    /** A 20-input LIF layer of 6 neurons with random weights and bias, fed random spikes for 30 steps. */
    static Network lifNetwork(DenseLayer[] out) {
        DenseLayer d = new DenseLayer("d", new int[]{20}, 6, true, NeuronModel.lif(0.85, 1.0, ResetMode.SUBTRACT, 0), F);
        FastRandom rng = new FastRandom(7);
        float[] w = d.weights().value;
        for (int i = 0; i < w.length; i++) w[i] = (float) (rng.nextGaussian() * 0.4 + 0.08);
        for (Param p : d.params()) if (p != d.weights()) for (int i = 0; i < p.value.length; i++) p.value[i] = 0.05f * (i - 2);
        out[0] = d;
        return new Network(new int[]{20}, List.of(d), new Readout(Readout.Kind.SPIKE_COUNT));
    }

    static float[] randomSpikes(int steps, int batch, int inputs, long seed) {
        FastRandom rng = new FastRandom(seed);
        float[] in = new float[steps * batch * inputs];
        for (int i = 0; i < in.length; i++) in[i] = rng.nextFloat() < 0.3f ? 1f : 0f;
        return in;
    }

    @Test
    void lifMembraneFollowsTheRecordedCurrent() {
        DenseLayer[] layer = new DenseLayer[1];
        Network net = lifNetwork(layer);
        int steps = 30, batch = 3;
        int[] neurons = {0, 2, 3, 5};
        Probe probe = new Probe(1, neurons, steps); // sample 1 of 3
        layer[0].setProbe(probe);
        net.forward(randomSpikes(steps, batch, 20, 11), true, batch, steps, new float[batch * 6], new EngineCounters());
        float[][] snap = probe.snapshot();
        float[] i = snap[0], u = snap[1], s = snap[2];
        int k = neurons.length;
        int spikes = 0;
        double beta = 0.85, theta = 1.0;
        for (int n = 0; n < k; n++) {
            assertEquals(i[n], u[n], 1e-6, "U[0] = I[0]");
            for (int t = 1; t < steps; t++) {
                double expected = beta * u[(t - 1) * k + n] + i[t * k + n] - theta * s[(t - 1) * k + n];
                assertEquals(expected, u[t * k + n], 1e-5, "neuron " + neurons[n] + ", step " + t);
                assertEquals(u[t * k + n] >= theta ? 1f : 0f, s[t * k + n], "spike at U ≥ θ");
            }
            for (int t = 0; t < steps; t++) spikes += (int) s[t * k + n];
        }
        assertTrue(spikes > 5, "the check covers resets: " + spikes + " spikes");
        // the membrane the probe saw is the layer's own history of sample 1
        float[] history = layer[0].state().membrane();
        for (int t = 0; t < steps; t++)
            for (int n = 0; n < k; n++) assertEquals(history[t * batch * 6 + 6 + neurons[n]], u[t * k + n]);
    }

    @Test
    void aCurrentsOnlyProbeKeepsTheLatestPassWithoutState() {
        DenseLayer[] layer = new DenseLayer[1];
        Network net = lifNetwork(layer);
        int steps = 10;
        int[] neurons = {1, 4};
        Probe full = new Probe(0, neurons, steps);
        layer[0].setProbe(full);
        float[] first = randomSpikes(steps, 2, 20, 1);
        net.forward(first, true, 2, steps, new float[12], new EngineCounters());
        float[] expected = full.snapshot()[0];

        Probe currents = Probe.currentsOnly(0, neurons, steps);
        layer[0].setProbe(currents);
        float[] dest = new float[steps * 2];
        assertFalse(currents.copyLatestCurrents(steps, dest), "nothing recorded yet");
        net.forward(randomSpikes(steps, 2, 20, 99), true, 2, steps, new float[12], new EngineCounters());
        net.forward(first, true, 2, steps, new float[12], new EngineCounters()); // the ring keeps this pass
        assertTrue(currents.copyLatestCurrents(steps, dest));
        assertArrayEquals(expected, dest);
        assertEquals(2L * steps, currents.stepsRecorded());
        assertFalse(currents.recordsState());
        assertEquals(0, currents.snapshot()[1].length);
        assertTrue(currents.records(new int[]{1, 4}));
        assertFalse(currents.records(new int[]{4, 1}));
    }
}
