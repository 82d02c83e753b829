package io.spikeworks.sim;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A forward-only network keeps two steps of state where it can and reads out exactly what a full one does. */
class ForwardOnlyHistoryTest {
    static final SpikeFunction F = SpikeFunction.of(Surrogate.FAST_SIGMOID, 10);

    static Network convNet() {
        Conv2dLayer c1 = new Conv2dLayer("c1", new int[]{2, 12, 12}, 6, 3, 1, 1, true, NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0), F);
        PoolLayer p1 = new PoolLayer("p1", PoolLayer.Kind.MAX, c1.outputShape(), 2, 2);
        Conv2dLayer c2 = new Conv2dLayer("c2", p1.outputShape(), 20, 3, 1, 0, true, NeuronModel.lif(0.8, 0.5, ResetMode.ZERO, 0), F);
        PoolLayer p2 = new PoolLayer("p2", PoolLayer.Kind.MAX, c2.outputShape(), 2, 2);
        DenseLayer out = new DenseLayer("out", p2.outputShape(), 5, true, NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0), F);
        return new Network(new int[]{2, 12, 12}, List.of(c1, p1, c2, p2, out), new Readout(Readout.Kind.MEMBRANE_SUM));
    }

    @Test
    void forwardOnlyReadsOutTheSameAsAFullNetworkWhileKeepingTwoSteps() {
        Network full = convNet();
        Network light = convNet();
        FastRandom r = new FastRandom(5);
        List<Param> a = full.params(), b = light.params();
        for (int i = 0; i < a.size(); i++)
            for (int j = 0; j < a.get(i).size(); j++) a.get(i).value[j] = b.get(i).value[j] = (float) (r.nextGaussian() * 0.6);
        light.setForwardOnly(true);
        int batch = 3, steps = 7, n = full.inputSize();
        for (double density : new double[]{0.05, 0.4}) {
            float[] x = new float[steps * batch * n];
            for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < density ? 1f : 0f;
            float[] ra = new float[batch * 5], rb = new float[batch * 5];
            full.forward(x, true, stepMajor(steps, batch, n, x), batch, steps, ra, new EngineCounters());
            light.forward(x, true, stepMajor(steps, batch, n, x), batch, steps, rb, new EngineCounters());
            assertArrayEquals(ra, rb, "readout, density " + density);
            assertTrue(((SpikingLayer) light.layers().get(0)).state().twoSteps, "c1 keeps two steps");
            assertTrue(((SpikingLayer) light.layers().get(2)).state().twoSteps, "c2 keeps two steps");
            assertEquals(false, ((SpikingLayer) light.layers().get(4)).state().twoSteps, "the output layer keeps its history");
            assertTrue(light.layers().get(0).bytesHeld() * 3 < full.layers().get(0).bytesHeld(), "c1 holds less");
        }
        assertThrows(IllegalStateException.class, () -> light.backward(new float[batch * 5], new EngineCounters()));
    }

    /** The spike lists of x as the engine wants them: slots by step, then sample. */
    private static SpikeEvents stepMajor(int steps, int batch, int n, float[] x) {
        SpikeEvents ev = new SpikeEvents();
        ev.reset(steps, batch);
        for (int t = 0; t < steps; t++)
            for (int b = 0; b < batch; b++) {
                ev.open(t, b);
                ev.ensure(n);
                for (int i = 0; i < n; i++) ev.addIf(i, x[(t * batch + b) * n + i] != 0f);
                ev.close();
            }
        return ev;
    }
}
