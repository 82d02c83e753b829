package io.spikeworks.learn;

import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.learn.optim.SgdOptimizer;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.encode.PoissonEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cutting a batch into slices on several threads changes only the float summation order. */
class SlicedTrainingTest {
    static Trainer trainer(int slices) {
        SpikeFunction f = SpikeFunction.of(Surrogate.FAST_SIGMOID, 25);
        DenseLayer h = new DenseLayer("h", new int[]{1, 6, 6}, 20, true, NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), f);
        DenseLayer o = new DenseLayer("o", new int[]{20}, 4, true, NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), f);
        FastRandom rng = new FastRandom(3);
        WeightInit.XAVIER.apply(h, rng);
        WeightInit.XAVIER.apply(o, rng);
        Network net = new Network(new int[]{1, 6, 6}, List.of(h, o), new Readout(Readout.Kind.SPIKE_COUNT));
        return new Trainer(net, new PoissonEncoder(1), CrossEntropyLoss.onCounts(), new SgdOptimizer(0.9, 0),
                new ExactBackprop(), 10, 0.05, LearningRateSchedule.constant(), slices);
    }

    @ParameterizedTest(name = "{0} slices")
    @ValueSource(ints = {2, 3, 7})
    void slicedTrainingMatchesOneSlice(int slices) {
        int batch = 13; // odd, so slices differ in size
        FastRandom rng = new FastRandom(9);
        float[] pixels = new float[batch * 36];
        int[] labels = new int[batch];
        for (int i = 0; i < pixels.length; i++) pixels[i] = rng.nextFloat();
        for (int b = 0; b < batch; b++) labels[b] = b % 4;
        Trainer one = trainer(1);
        Trainer many = trainer(slices);
        for (int it = 0; it < 4; it++) {
            BatchResult a = one.trainBatch(pixels, labels, batch, 100 + it);
            BatchResult b = many.trainBatch(pixels, labels, batch, 100 + it);
            assertEquals(a.loss(), b.loss(), 1e-5 * Math.max(1, Math.abs(a.loss())), "loss at iteration " + it);
            assertEquals(a.correct(), b.correct());
        }
        List<Param> pa = one.network().params();
        List<Param> pb = many.network().params();
        for (int p = 0; p < pa.size(); p++) assertArrayEquals(pa.get(p).value, pb.get(p).value, 1e-4f, pa.get(p).name());
        assertEquals(one.counters().synapticOps, many.counters().synapticOps, "same spikes, same work");

        // evaluation runs on its own, smaller slices: every sample's readout is the same as on one slice
        BatchResult ea = one.evaluateBatch(pixels, labels, batch, 7);
        BatchResult eb = many.evaluateBatch(pixels, labels, batch, 7);
        assertArrayEquals(java.util.Arrays.copyOf(one.lastReadout(), batch * 4),
                java.util.Arrays.copyOf(many.lastReadout(), batch * 4), "evaluation readouts");
        assertEquals(ea.correct(), eb.correct());
        assertEquals(ea.loss(), eb.loss(), 1e-6 * Math.max(1, Math.abs(ea.loss())));
    }

    @org.junit.jupiter.api.Test
    void helperThreadsEndWhenTheTrainerIdles() throws Exception {
        Trainer t = trainer(2);
        float[] pixels = new float[4 * 36];
        java.util.Arrays.fill(pixels, 0.5f);
        t.trainBatch(pixels, new int[]{0, 1, 2, 3}, 4, 1);
        int helpers = Math.min(2, Runtime.getRuntime().availableProcessors()) - 1;
        org.junit.jupiter.api.Assertions.assertTrue(t.liveHelperThreads() <= helpers);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (t.liveHelperThreads() > 0 && System.nanoTime() < deadline) java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        assertEquals(0, t.liveHelperThreads(), "idle helpers end");
        // and the next batch gets a helper again, with the same result as before
        BatchResult again = t.trainBatch(pixels, new int[]{0, 1, 2, 3}, 4, 2);
        org.junit.jupiter.api.Assertions.assertTrue(Double.isFinite(again.loss()));
    }
}
