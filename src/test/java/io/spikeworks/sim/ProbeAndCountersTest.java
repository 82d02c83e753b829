package io.spikeworks.sim;

import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProbeAndCountersTest {
    static final SpikeFunction F = SpikeFunction.of(Surrogate.FAST_SIGMOID, 25);

    @Test
    void synapticOpsAreEventsTimesFanOutAndSkippedWorkIsTheRest() {
        DenseLayer d = new DenseLayer("d", new int[]{4}, 3, false, NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), F);
        Network net = new Network(new int[]{4}, List.of(d), new Readout(Readout.Kind.SPIKE_COUNT));
        // batch 2, T 2: 1 + 2 active inputs at t=0, 0 + 3 at t=1 → 6 events × fan-out 3
        float[] in = {1, 0, 0, 0, 0, 1, 1, 0,
                      0, 0, 0, 0, 1, 1, 1, 0};
        EngineCounters c = new EngineCounters();
        net.forward(in, true, 2, 2, new float[6], c);
        assertEquals(18, c.synapticOps);
        assertEquals(2 * 2 * 4 * 3 - 18, c.skippedMacs);
        assertEquals(0, c.denseMacs);
        assertEquals(2 * 2 * 3, c.neuronUpdates);
        assertEquals(2, c.samples);
        // held for backward: the input and the layer's membrane and spike history
        assertEquals(4L * in.length + 2 * 4L * (2 * 2 * 3), c.backwardBytesPeak);
    }

    @Test
    void probeRecordsCurrentMembraneAndSpikesOfChosenNeuronsAtEveryStep() {
        DenseLayer d = new DenseLayer("d", new int[]{2}, 3, false, NeuronModel.integrateAndFire(1, ResetMode.SUBTRACT, 0), F);
        float[] w = d.weights().value; // [in][out]
        w[0] = 0.6f; w[1] = 0.2f; w[2] = 0f;
        w[3] = 0.6f; w[4] = 0.3f; w[5] = 1f;
        Network net = new Network(new int[]{2}, List.of(d), new Readout(Readout.Kind.SPIKE_COUNT));
        Probe probe = new Probe(1, new int[]{0, 2}, 3); // sample 1, neurons 0 and 2, keeps the last 3 steps
        d.setProbe(probe);
        float[] in = new float[4 * 2 * 2];
        for (int t = 0; t < 4; t++) in[t * 4 + 2] = 1; // sample 1 gets input 0 every step
        net.forward(in, true, 2, 4, new float[6], new EngineCounters());
        assertEquals(3, probe.size());
        float[][] snap = probe.snapshot(); // steps 1..3
        for (int s = 0; s < 3; s++) {
            assertEquals(0.6f, snap[0][s * 2], 1e-6, "current of neuron 0");
            assertEquals(0f, snap[0][s * 2 + 1], "neuron 2 gets nothing from input 0");
        }
        // IF, I = 0.6: U = 0.6, 1.2 (spike), 0.8, 1.4 (spike)
        assertEquals(1.2f, snap[1][0], 1e-6);
        assertEquals(1f, snap[2][0]);
        assertEquals(0.8f, snap[1][2], 1e-6);
        assertEquals(1.4f, snap[1][4], 1e-6);
        assertEquals(1f, snap[2][4]);
    }

    @Test
    void layerTimesAreCountedPerLayerOnlyWhenAskedAndSubtractLikeTheOtherCounters() {
        SpikeFunction f = SpikeFunction.of(Surrogate.FAST_SIGMOID, 5);
        Conv2dLayer c = new Conv2dLayer("c", new int[]{1, 8, 8}, 4, 3, 1, 0, true, NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0), f);
        PoolLayer p = new PoolLayer("p", PoolLayer.Kind.MAX, c.outputShape(), 2, 2);
        DenseLayer d = new DenseLayer("d", p.outputShape(), 3, true, NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0), f);
        Network net = new Network(new int[]{1, 8, 8}, List.of(c, p, d), new Readout(Readout.Kind.SPIKE_COUNT));
        float[] x = new float[5 * 2 * 64];
        for (int i = 0; i < x.length; i += 3) x[i] = 1f;
        float[] out = new float[2 * 3];
        EngineCounters off = new EngineCounters();
        net.forward(x, true, 2, 5, out, off);
        assertEquals(null, off.layerForwardNanos, "no timing unless switched on");
        Network.setTimingLayers(true);
        try {
            EngineCounters on = new EngineCounters();
            net.forward(x, true, 2, 5, out, on);
            EngineCounters before = on.copy();
            net.backward(new float[]{1, 0, 0, 0, 1, 0}, on);
            assertEquals(3, on.layerForwardNanos.length);
            long[] backward = on.since(before).layerBackwardNanos;
            for (int i = 0; i < 3; i++) {
                org.junit.jupiter.api.Assertions.assertTrue(on.layerForwardNanos[i] > 0, "forward time of layer " + i);
                org.junit.jupiter.api.Assertions.assertTrue(backward[i] > 0, "backward time of layer " + i);
            }
            assertEquals(before.layerForwardNanos[1], on.layerForwardNanos[1], "backward adds no forward time");
        } finally {
            Network.setTimingLayers(false);
        }
    }
}
