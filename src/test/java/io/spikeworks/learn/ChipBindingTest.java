package io.spikeworks.learn;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.ChipProfileJson;
import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.learn.optim.AdamOptimizer;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.encode.PoissonEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training under a chip profile: the forward pass sees the chip's weights, the optimiser the float shadow. */
class ChipBindingTest {
    static Network network() {
        SpikeFunction f = SpikeFunction.of(Surrogate.FAST_SIGMOID, 25);
        DenseLayer h = new DenseLayer("h", new int[]{16}, 12, true, NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), f);
        DenseLayer o = new DenseLayer("o", new int[]{12}, 3, true, NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), f);
        FastRandom rng = new FastRandom(5);
        WeightInit.XAVIER.apply(h, rng);
        WeightInit.XAVIER.apply(o, rng);
        return new Network(new int[]{16}, List.of(h, o), new Readout(Readout.Kind.SPIKE_COUNT));
    }

    @Test
    void loihiWeightsAreEightBitDuringTheForwardPassAndFloatForTheUpdate() {
        ChipProfile loihi = ChipProfiles.builtInOnly().require("loihi");
        Network net = network();
        float[] before = net.params().get(0).value.clone();
        ChipBinding chip = new ChipBinding(loihi, net, 10, 1);
        chip.beforeForward();
        Set<Float> levels = new HashSet<>();
        for (float w : net.params().get(0).value) levels.add(w);
        assertTrue(levels.size() <= 255, "8-bit signed: at most 255 levels, got " + levels.size());
        assertFalse(java.util.Arrays.equals(before, net.params().get(0).value), "weights were quantised");
        chip.afterPasses();
        assertArrayEquals(before, net.params().get(0).value, "the float shadow comes back unchanged");
    }

    @Test
    void aTrainingBatchIsMeteredWithTheProfilesCosts() {
        ChipProfile loihi = ChipProfiles.builtInOnly().require("loihi");
        Network net = network();
        Trainer trainer = new Trainer(net, new PoissonEncoder(1), CrossEntropyLoss.onCounts(),
                new AdamOptimizer(0.9, 0.999, 1e-8, 0), new ExactBackprop(), 10, 1e-2, LearningRateSchedule.constant());
        ChipBinding chip = new ChipBinding(loihi, net, 10, 1);
        trainer.setHooks(chip);
        float[] pixels = new float[4 * 16];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (i % 5) / 4f;
        trainer.trainBatch(pixels, new int[]{0, 1, 2, 0}, 4, 3);
        var e = chip.meter().trainingEnergyPerSample();
        double synops = trainer.counters().synapticOps + trainer.counters().denseMacs + trainer.counters().backwardMacs;
        assertEquals(synops * 23.6e-12 / 4, e.synapticOps(), 1e-18, "Davies et al. 2018: 23.6 pJ per synaptic op");
        assertEquals(trainer.counters().neuronUpdates * 52e-12 / 4, e.neuronUpdates(), 1e-18);
        assertTrue(e.weightUpdates() > 0, "weight writes are counted");
    }

    @Test
    void aStochasticProfileRoundsStochastically() {
        String json = ChipProfileJson.toJson(ChipProfiles.builtInOnly().require("loihi"))
                .replaceFirst("\"signed\" : \\{", "\"rounding\" : \"stochastic\", \"signed\" : {");
        ChipProfile p = ChipProfileJson.parse(json, "stochastic.json");
        assertEquals(io.spikeworks.chip.Rounding.STOCHASTIC, p.forwardWeights().rounding(), json.substring(0, 400));
    }
}
