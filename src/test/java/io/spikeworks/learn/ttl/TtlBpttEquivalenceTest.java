package io.spikeworks.learn.ttl;

import io.spikeworks.learn.BatchResult;
import io.spikeworks.learn.ExactBackprop;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.WeightInit;
import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.learn.loss.Loss;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.learn.optim.SgdOptimizer;
import io.spikeworks.sim.Conv2dLayer;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.PoolLayer;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.encode.PoissonEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** k = all and T_tr = T is the engine's BPTT bit for bit; blocks take no gradient from the blocks above them. */
class TtlBpttEquivalenceTest {
    static final int T = 8;
    static final int BATCH = 7;

    /** conv → avg pool → dense → dense (3 spiking layers), event-driven on Poisson spikes. */
    static Network convNet(Readout.Kind readout) {
        SpikeFunction f = SpikeFunction.of(Surrogate.FAST_SIGMOID, 25);
        NeuronModel n = NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0);
        int[] in = {1, 8, 8};
        Conv2dLayer conv = new Conv2dLayer("c1", in, 3, 3, 1, 1, true, n, f);
        PoolLayer pool = new PoolLayer("p1", PoolLayer.Kind.AVG, conv.outputShape(), 2, 2);
        DenseLayer h = new DenseLayer("h", pool.outputShape(), 12, true, n, f);
        DenseLayer o = new DenseLayer("o", new int[]{12}, 4, true, n, f);
        FastRandom rng = new FastRandom(5);
        for (SpikingLayer l : List.of(conv, h, o)) WeightInit.XAVIER.apply(l, rng);
        List<Layer> layers = List.of(conv, pool, h, o);
        return new Network(in, layers, new Readout(readout));
    }

    static Trainer trainer(Network net, LearningRule rule, Loss loss, int slices) {
        return new Trainer(net, new PoissonEncoder(1), loss, new SgdOptimizer(0.9, 0), rule, T, 0.05,
                LearningRateSchedule.constant(), slices);
    }

    static float[] pixels(long seed, int n) {
        FastRandom rng = new FastRandom(seed);
        float[] p = new float[n];
        for (int i = 0; i < n; i++) p[i] = rng.nextFloat();
        return p;
    }

    @ParameterizedTest(name = "{0}, {1} slices")
    @CsvSource({"SPIKE_COUNT, 1", "SPIKE_COUNT, 3", "MEMBRANE_MAX, 2", "FIRST_SPIKE_TIME, 2"})
    void wholeNetworkAndWholeRunIsPlainBptt(Readout.Kind readout, int slices) {
        Loss loss = readout == Readout.Kind.FIRST_SPIKE_TIME ? CrossEntropyLoss.onFirstSpikeTimes(2)
                : readout == Readout.Kind.SPIKE_COUNT ? CrossEntropyLoss.onCounts() : CrossEntropyLoss.onMembrane();
        Trainer bptt = trainer(convNet(readout), new ExactBackprop(), loss, slices);
        Trainer ttl = trainer(convNet(readout), new TruncatedLocalBptt(0, 0, 1), loss, slices);
        float[] x = pixels(3, BATCH * 64);
        int[] labels = {0, 1, 2, 3, 0, 1, 2};
        for (int it = 0; it < 3; it++) {
            BatchResult a = bptt.trainBatch(x, labels, BATCH, 40 + it);
            BatchResult b = ttl.trainBatch(x, labels, BATCH, 40 + it);
            assertEquals(a.loss(), b.loss(), 0.0, "loss at iteration " + it);
        }
        List<Param> pa = bptt.network().params();
        List<Param> pb = ttl.network().params();
        assertEquals(pa.size(), pb.size());
        assertTrue(ttl.trainedParams().size() == pb.size(), "one block: no auxiliary head");
        for (int p = 0; p < pa.size(); p++) assertArrayEquals(pa.get(p).value, pb.get(p).value, pa.get(p).name());
        assertEquals(bptt.counters().backwardMacs, ttl.counters().backwardMacs, "same backward work");
    }

    /** Weights after one update of every layer, with the output layer's weight i nudged first (or not). */
    static List<float[]> afterOneUpdate(LearningRule rule, float nudge) {
        Network net = convNet(Readout.Kind.SPIKE_COUNT);
        SpikingLayer out = net.outputLayer();
        out.weights().value[3] += nudge;
        Trainer t = trainer(net, rule, CrossEntropyLoss.onCounts(), 2);
        t.trainBatch(pixels(8, BATCH * 64), new int[]{3, 2, 1, 0, 3, 2, 1}, BATCH, 11);
        return net.params().stream().map(p -> p.value.clone()).toList();
    }

    @Test
    void aWeightAboveABlockDoesNotChangeTheBlocksUpdate() {
        // k = 1: blocks {conv, pool}, {h}, {o}; nudging o's weight must leave conv's and h's updates exactly alone
        List<float[]> plain = afterOneUpdate(new TruncatedLocalBptt(1, 3, 1), 0f);
        List<float[]> nudged = afterOneUpdate(new TruncatedLocalBptt(1, 3, 1), 0.3f);
        for (int p = 0; p < 4; p++) assertArrayEquals(plain.get(p), nudged.get(p), "parameter " + p + " below the output block");
        assertFalse(java.util.Arrays.equals(plain.get(4), nudged.get(4)), "the nudged block itself changes");
        // control: end-to-end BPTT does carry the nudge down to the first layers
        List<float[]> e2ePlain = afterOneUpdate(new ExactBackprop(), 0f);
        List<float[]> e2eNudged = afterOneUpdate(new ExactBackprop(), 0.3f);
        assertFalse(java.util.Arrays.equals(e2ePlain.get(0), e2eNudged.get(0)), "BPTT's conv update feels the output weight");
    }

    @Test
    void blocksFollowSpikingLayersAndPoolingGoesWithTheLayerBefore() {
        List<Layer> layers = convNet(Readout.Kind.SPIKE_COUNT).layers();
        LayerBlocks one = LayerBlocks.of(layers, 1);
        assertArrayEquals(new int[]{0, 2, 3}, one.low());
        assertArrayEquals(new int[]{1, 2, 3}, one.high());
        LayerBlocks two = LayerBlocks.of(layers, 2);
        assertArrayEquals(new int[]{0, 3}, two.low());
        assertArrayEquals(new int[]{2, 3}, two.high());
        assertEquals(1, LayerBlocks.of(layers, 0).count());
        assertEquals(1, LayerBlocks.of(layers, 9).count());
    }
}
