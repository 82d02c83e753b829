package io.spikeworks.learn.ttl;

import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.learn.optim.SgdOptimizer;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.encode.CurrentEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The meters against counts made by hand for a 4 → 3 → 2 network (smooth spikes, so every input is non-zero and
 * every product is done), T = 4, batch 2, k = 1 (two blocks, a head on the hidden layer), T_tr = 2 (two windows),
 * following the counting model of docs/ttl-bptt.md.
 */
class TtlCostMetersTest {
    static final int B = 2, T = 4, IN = 4, HID = 3, OUT = 2, WINDOW = 2, WINDOWS = 2;

    @Test
    void endToEndSettingsSaveNothing() {
        TruncatedLocalBptt rule = new TruncatedLocalBptt(0, 0, 1);
        Trainer trainer = TtlBpttEquivalenceTest.trainer(TtlBpttEquivalenceTest.convNet(Readout.Kind.SPIKE_COUNT), rule,
                CrossEntropyLoss.onCounts(), 2);
        float[] x = TtlBpttEquivalenceTest.pixels(4, 7 * 64);
        for (int it = 0; it < 3; it++) trainer.trainBatch(x, new int[]{0, 1, 2, 3, 0, 1, 2}, 7, it);
        Map<String, Double> m = rule.metrics();
        assertEquals(0.0, m.get("ttl_memory_reduction"));
        assertEquals(0.0, m.get("ttl_mac_reduction"));
        assertEquals(0.0, m.get("ttl_access_reduction"));
    }

    /** The 4 → 3 → 2 network trained on one batch of B samples, split into the given number of slices. */
    private static Map<String, Double> metersAfterOneBatch(int slices) {
        SpikeFunction f = new SpikeFunction(Surrogate.FAST_SIGMOID, 3, true);
        NeuronModel n = NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0);
        DenseLayer h = new DenseLayer("h", new int[]{IN}, HID, true, n, f);
        DenseLayer o = new DenseLayer("o", new int[]{HID}, OUT, true, n, f);
        FastRandom rng = new FastRandom(2);
        List<Layer> layers = List.of(h, o);
        for (Layer l : layers) for (Param p : l.params()) for (int i = 0; i < p.size(); i++) p.value[i] = (float) (rng.nextDouble() - 0.5);
        Network net = new Network(new int[]{IN}, layers, new Readout(Readout.Kind.SPIKE_COUNT));
        TruncatedLocalBptt rule = new TruncatedLocalBptt(1, WINDOW, 1);
        Trainer trainer = new Trainer(net, new CurrentEncoder(1.0), CrossEntropyLoss.onCounts(), new SgdOptimizer(0, 0),
                rule, T, 0.01, LearningRateSchedule.constant(), slices);
        float[] x = {0.2f, 0.9f, 0.4f, 0.7f, 0.6f, 0.1f, 0.8f, 0.3f};
        trainer.trainBatch(x, new int[]{1, 0}, B, 1);
        return rule.metrics();
    }

    @Test
    void memoryPerSampleDoesNotDependOnHowManySlicesShareTheBatch() {
        Map<String, Double> whole = metersAfterOneBatch(1);
        Map<String, Double> split = metersAfterOneBatch(B);
        for (String column : List.of("ttl_bwd_bytes_peak_per_sample", "ttl_bwd_bytes_peak_with_heads_per_sample",
                "e2e_bwd_bytes_per_sample")) {
            assertTrue(whole.get(column) > 0, column);
            assertEquals(whole.get(column), split.get(column), column);
        }
    }

    @Test
    void metersEqualHandCounts() {
        Map<String, Double> m = metersAfterOneBatch(1);

        // memory for the backward pass per sample: a block's input and its neurons' U and S, 4 bytes each, for one
        // window (the slice of B samples holds B times this)
        long hBytes = WINDOW * 4L * (IN + 2 * HID);
        long headBytes = 4L * (HID + OUT);                  // the head's counts and logits' gradient
        long oBytes = WINDOW * 4L * (HID + 2 * OUT);
        long e2eBytes = T * 4L * (IN + 2 * HID + 2 * OUT);
        assertEquals(Math.max(hBytes, oBytes), m.get("ttl_bwd_bytes_peak_per_sample"));
        assertEquals(hBytes + headBytes, m.get("ttl_bwd_bytes_peak_with_heads_per_sample"));
        assertEquals(e2eBytes, m.get("e2e_bwd_bytes_per_sample"));
        assertEquals(1 - (double) (hBytes + headBytes) / e2eBytes, m.get("ttl_memory_reduction"), 1e-12);

        // MACs per sample: forward every synapse every step, the head once per window; backward dW every step, and
        // the head's dA and dL/dcounts per window; end to end also sends o's error down to h every step
        double netFwd = T * (IN * HID + HID * OUT);              // 72
        double headFwd = WINDOWS * HID * OUT;                    // 12
        double netDw = T * (IN * HID + HID * OUT);               // 72
        double headBwd = WINDOWS * 2 * HID * OUT;                // 24
        double propagate = T * HID * OUT;                        // 24
        assertEquals(netFwd + headFwd, m.get("ttl_fwd_macs_per_sample"));
        assertEquals(netDw + headBwd, m.get("ttl_bwd_macs_per_sample"));
        assertEquals(netFwd, m.get("e2e_fwd_macs_per_sample"));
        assertEquals(netDw + propagate, m.get("e2e_bwd_macs_per_sample"));

        // memory accesses per sample (values): forward per layer and step: weights+bias once, input, output, U read
        // and written; backward per layer and step: error and input read, U and dL/dU read, dL/dU written, every
        // weight's gradient written; sending the error below reads the weights again and writes the input's error
        long wh = IN * HID + HID, wo = HID * OUT + OUT;
        double fwdW = T * (wh + wo) / (double) B;
        double fwdA = T * (B * (IN + HID) + B * (HID + OUT)) / (double) B;
        double fwdS = T * (2 * B * HID + 2 * B * OUT) / (double) B;
        double bwdAReads = T * (B * (HID + IN) + B * (OUT + HID)) / (double) B;
        double bwdSReads = T * (2 * B * HID + 2 * B * OUT) / (double) B;
        double bwdSWrites = T * (B * HID + B * OUT) / (double) B;
        double bwdWWrites = T * (wh + wo) / (double) B;
        long headW = HID * OUT + OUT;
        double headWReads = WINDOWS * 2.0 * headW / B, headWWrites = WINDOWS * (double) headW / B;
        double headAReads = WINDOWS * (double) WINDOW * B * HID / B, headAWrites = WINDOWS * (double) B * HID / B;
        assertEquals(fwdW + headWReads, m.get("ttl_weight_reads_per_sample"), 1e-9);
        assertEquals(bwdWWrites + headWWrites, m.get("ttl_weight_writes_per_sample"), 1e-9);
        assertEquals(fwdS / 2 + bwdSReads, m.get("ttl_state_reads_per_sample"), 1e-9);
        assertEquals(fwdS / 2 + bwdSWrites, m.get("ttl_state_writes_per_sample"), 1e-9);
        double fwdAReads = T * (IN + HID);                       // h reads the input, o reads h's output
        assertEquals(fwdAReads + bwdAReads + headAReads, m.get("ttl_activation_reads_per_sample"), 1e-9);
        assertEquals(fwdA - fwdAReads + headAWrites, m.get("ttl_activation_writes_per_sample"), 1e-9);
        double ttlTotal = fwdW + headWReads + bwdWWrites + headWWrites + fwdS + bwdSReads + bwdSWrites
                + fwdA + bwdAReads + headAReads + headAWrites;
        assertEquals(ttlTotal, m.get("ttl_mem_accesses_per_sample"), 1e-9);
        double sendDown = T * (wo + B * HID) / (double) B; // o's weights read again, h's output error written
        double e2eTotal = fwdW + bwdWWrites + fwdS + bwdSReads + bwdSWrites + fwdA + bwdAReads + sendDown;
        assertEquals(e2eTotal, m.get("e2e_mem_accesses_per_sample"), 1e-9);
    }
}
