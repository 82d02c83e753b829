package io.spikeworks.learn;

import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.learn.optim.SgdOptimizer;
import io.spikeworks.learn.ttl.TruncatedLocalBptt;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * TTL-BPTT's gradient against central finite differences of the truncated objective, computed by the independent
 * double-precision {@link ReferenceSnn} in smooth mode: in every window the state entering it is taken from the
 * unperturbed run and held fixed, only the window's steps are recomputed with the nudged weight, and a block's
 * objective is the mean over windows of its loss on the window (readout, or its auxiliary head's logits
 * z = counts·A + a). Each block's parameters are checked against its own objective only.
 */
class TtlBpttGradientCheckTest {
    static final int T = 5;
    static final int BATCH = 2;
    static final int IN = 6;
    static final int HID = 5;
    static final int OUT = 3;

    @ParameterizedTest(name = "block size {0}, truncation {1}")
    @CsvSource({"0, 2", "1, 2", "1, 3", "0, 1"})
    void gradientMatchesFiniteDifferencesOfTheTruncatedObjective(int blockSize, int truncation) {
        Surrogate sur = Surrogate.FAST_SIGMOID;
        double scale = 3;
        SpikeFunction f = new SpikeFunction(sur, scale, true);
        NeuronModel hidN = NeuronModel.lif(0.85, 0.5, ResetMode.SUBTRACT, 0);
        NeuronModel outN = NeuronModel.cubaLif(0.5, 0.85, 0.7, ResetMode.ZERO, 0, 0);
        DenseLayer h = new DenseLayer("h", new int[]{IN}, HID, true, hidN, f);
        DenseLayer o = new DenseLayer("o", new int[]{HID}, OUT, true, outN, f);
        FastRandom rng = new FastRandom(21);
        List<Layer> layers = List.of(h, o);
        for (Layer l : layers) for (Param p : l.params()) for (int i = 0; i < p.size(); i++) p.value[i] = (float) ((rng.nextDouble() * 2 - 1) * 0.9);
        Network net = new Network(new int[]{IN}, layers, new Readout(Readout.Kind.SPIKE_COUNT));
        TruncatedLocalBptt rule = new TruncatedLocalBptt(blockSize, truncation, 4);
        Trainer trainer = new Trainer(net, new CurrentEncoder(1.0), CrossEntropyLoss.onCounts(), new SgdOptimizer(0, 0),
                rule, T, 1e-3, LearningRateSchedule.constant(), 1);
        // the values at which the gradient is taken (training moves them)
        List<Param> all = new ArrayList<>(net.params());
        all.addAll(rule.params());
        List<double[]> values = new ArrayList<>();
        for (Param p : all) values.add(BpttGradientCheckTest.toDouble(p.value));
        boolean twoBlocks = rule.params().size() == 2;

        float[] pixels = new float[BATCH * IN];
        FastRandom px = new FastRandom(5);
        for (int i = 0; i < pixels.length; i++) pixels[i] = px.nextFloat();
        int[] labels = {2, 0};
        trainer.trainBatch(pixels, labels, BATCH, 1);

        double[][][] inputs = new double[T][BATCH][IN];
        for (int t = 0; t < T; t++) for (int b = 0; b < BATCH; b++) for (int i = 0; i < IN; i++) inputs[t][b][i] = pixels[b * IN + i];
        Objective base = new Objective(sur, scale, copies(values), hidN, outN);
        Objective nudged = new Objective(sur, scale, values, hidN, outN);
        int window = truncation;
        double hStep = 1e-6;
        int checked = 0;
        for (int pi = 0; pi < all.size(); pi++) {
            Param p = all.get(pi);
            double[] w = values.get(pi);
            // h and the head belong to block 1 when there are two blocks; o to the last
            boolean lowerBlock = twoBlocks && pi != 2 && pi != 3;
            double diff2 = 0, sum2 = 0, maxAbs = 0;
            for (float g : p.grad) maxAbs = Math.max(maxAbs, Math.abs(g));
            assertTrue(maxAbs > 0, p.name() + " received no gradient");
            for (int i = 0; i < w.length; i++) {
                double keep = w[i];
                w[i] = keep + hStep;
                double lp = nudged.value(base, inputs, labels, window, lowerBlock);
                w[i] = keep - hStep;
                double lm = nudged.value(base, inputs, labels, window, lowerBlock);
                w[i] = keep;
                double numeric = (lp - lm) / (2 * hStep);
                double analytic = p.grad[i];
                diff2 += (numeric - analytic) * (numeric - analytic);
                sum2 += (numeric + analytic) * (numeric + analytic);
                double denom = Math.max(Math.max(Math.abs(numeric), Math.abs(analytic)), 1e-2 * maxAbs);
                double rel = Math.abs(numeric - analytic) / denom;
                int idx = i;
                assertTrue(rel < 1e-3, () -> String.format("%s[%d]: TTL-BPTT %.8g vs finite difference %.8g (relative error %.2e)",
                        p.name(), idx, analytic, numeric, rel));
                checked++;
            }
            double relNorm = Math.sqrt(diff2 / sum2);
            assertTrue(relNorm < 1e-4, p.name() + ": relative error of the gradient " + relNorm);
        }
        assertTrue(checked >= 50);
    }

    static List<double[]> copies(List<double[]> v) {
        List<double[]> c = new ArrayList<>();
        for (double[] a : v) c.add(a.clone());
        return c;
    }

    /** The truncated objective: h and o (and the head, when present) from parameter arrays [hW, hb, oW, ob, A, a]. */
    static final class Objective {
        final ReferenceSnn ref;
        final ReferenceSnn.Neurons hid;
        final ReferenceSnn.Neurons out;
        final List<double[]> params;

        Objective(Surrogate sur, double scale, List<double[]> params, NeuronModel hidN, NeuronModel outN) {
            this.params = params;
            ref = new ReferenceSnn(sur, scale);
            hid = ref.dense(params.get(0), params.get(1), IN, HID, hidN);
            out = ref.dense(params.get(2), params.get(3), HID, OUT, outN);
        }

        /** Runs steps [from, to) from the state base reached after step from − 1 (its own state when base is this). */
        void runWindow(Objective base, double[][][] inputs, int from, int to) {
            for (ReferenceSnn.Stage s : base.ref.stages) s.reset(BATCH);
            for (int t = 0; t < from; t++) {
                double[][] a = inputs[t];
                for (ReferenceSnn.Stage s : base.ref.stages) a = s.step(a);
            }
            for (ReferenceSnn.Stage s : ref.stages) s.reset(BATCH);
            copyState(base.hid, hid);
            copyState(base.out, out);
            for (int t = from; t < to; t++) {
                double[][] a = inputs[t];
                for (ReferenceSnn.Stage s : ref.stages) a = s.step(a);
            }
        }

        static void copyState(ReferenceSnn.Neurons from, ReferenceSnn.Neurons to) {
            to.u = from.u == null ? null : deep(from.u);
            to.s = from.s == null ? null : deep(from.s);
            to.j = deep(from.j);
            to.refr = new int[from.refr.length][];
            for (int b = 0; b < from.refr.length; b++) to.refr[b] = from.refr[b].clone();
        }

        static double[][] deep(double[][] a) {
            double[][] c = new double[a.length][];
            for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
            return c;
        }

        static double[][] counts(ReferenceSnn.Neurons n) {
            int width = n.spikeHistory.get(0)[0].length;
            double[][] c = new double[BATCH][width];
            for (double[][] s : n.spikeHistory) for (int b = 0; b < BATCH; b++) for (int i = 0; i < width; i++) c[b][i] += s[b][i];
            return c;
        }

        /** Mean over windows of the lower block's head loss (lowerBlock) or of the readout's loss. */
        double value(Objective base, double[][][] inputs, int[] labels, int window, boolean lowerBlock) {
            int windows = (T + window - 1) / window;
            double total = 0;
            for (int w = 0; w < windows; w++) {
                int from = w * window;
                int to = Math.min(T, from + window);
                runWindow(base, inputs, from, to);
                if (lowerBlock) {
                    double[][] c = counts(hid);
                    double[] a = params.get(4);
                    double[] bias = params.get(5);
                    double[][] z = new double[BATCH][OUT];
                    for (int b = 0; b < BATCH; b++)
                        for (int k = 0; k < OUT; k++) {
                            double v = bias[k];
                            for (int i = 0; i < HID; i++) v += c[b][i] * a[i * OUT + k];
                            z[b][k] = v;
                        }
                    total += ReferenceSnn.crossEntropy(z, labels);
                } else {
                    total += ReferenceSnn.crossEntropy(counts(out), labels);
                }
            }
            return total / windows;
        }
    }
}
