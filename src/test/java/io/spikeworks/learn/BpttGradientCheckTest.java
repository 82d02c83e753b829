package io.spikeworks.learn;

import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.sim.Conv2dLayer;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.PoolLayer;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.SpikingLayer;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BPTT (float, engine) against central finite differences of an independent double-precision forward pass
 * (relative error of each parameter's gradient &lt; 1e-4, and of every entry &lt; 1e-3),
 * with spikes replaced by the surrogate's primitive so the loss is smooth. Covers Dense and Conv2D synapses,
 * average pooling, LIF with both resets, CUBA-LIF and refractory gating, and the reset path.
 */
class BpttGradientCheckTest {
    static final int T = 5;
    static final int BATCH = 2;

    record Built(Network net, ReferenceSnn ref, ReferenceSnn.Neurons refOut, List<double[]> refParams) {}

    static Built build(int stride, int pad, int refractory, Surrogate sur, double scale, Readout.Kind readout, long seed) {
        SpikeFunction f = new SpikeFunction(sur, scale, true);
        NeuronModel convN = NeuronModel.lif(0.8, 0.5, ResetMode.SUBTRACT, 0);
        NeuronModel hidN = NeuronModel.lif(0.9, 0.6, ResetMode.ZERO, refractory);
        NeuronModel outN = NeuronModel.cubaLif(0.5, 0.85, 0.7, ResetMode.SUBTRACT, 0, 0);
        int[] in = {1, 6, 6};
        Conv2dLayer conv = new Conv2dLayer("c1", in, 2, 3, stride, pad, true, convN, f);
        int[] cs = conv.outputShape();
        PoolLayer pool = new PoolLayer("p1", PoolLayer.Kind.AVG, cs, 2, 2);
        int[] ps = pool.outputShape();
        DenseLayer hid = new DenseLayer("h", ps, 5, true, hidN, f);
        DenseLayer out = new DenseLayer("out", new int[]{5}, 3, true, outN, f);
        List<Layer> layers = List.of(conv, pool, hid, out);
        FastRandom rng = new FastRandom(seed);
        for (Layer l : layers)
            for (Param p : l.params())
                for (int i = 0; i < p.size(); i++) p.value[i] = (float) ((rng.nextDouble() * 2 - 1) * 0.9);
        Network net = new Network(in, layers, new Readout(readout));

        ReferenceSnn ref = new ReferenceSnn(sur, scale);
        List<double[]> rp = new ArrayList<>();
        for (Layer l : layers) for (Param p : l.params()) rp.add(toDouble(p.value));
        ref.conv(rp.get(0), rp.get(1), 1, 6, 6, 2, 3, stride, pad, convN);
        ref.avgPool(cs[0], cs[1], cs[2], 2, 2);
        ref.dense(rp.get(2), rp.get(3), ps[0] * ps[1] * ps[2], 5, hidN);
        ReferenceSnn.Neurons o = ref.dense(rp.get(4), rp.get(5), 5, 3, outN);
        return new Built(net, ref, o, rp);
    }

    static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) d[i] = a[i];
        return d;
    }

    /** The last column: 0/1 input given as spikes, which the convolution takes by pattern lookup. */
    @ParameterizedTest(name = "stride {0}, pad {1}, refractory {2}, {3}, {4}, spike input {5}")
    @CsvSource({
            "1, 1, 0, FAST_SIGMOID, SPIKE_COUNT, false",
            "2, 0, 2, ARCTAN, SPIKE_COUNT, false",
            "1, 0, 0, ARCTAN, MEMBRANE_SUM, false",
            "1, 1, 0, FAST_SIGMOID, SPIKE_COUNT, true",
            "2, 1, 0, ARCTAN, MEMBRANE_SUM, true",
    })
    void bpttMatchesFiniteDifferences(int stride, int pad, int refractory, Surrogate sur, Readout.Kind readout,
                                      boolean spikeInput) {
        Built b = build(stride, pad, refractory, sur, sur == Surrogate.FAST_SIGMOID ? 3 : 2, readout, 7);
        FastRandom rng = new FastRandom(11);
        float[] pixels = new float[BATCH * 36];
        for (int i = 0; i < pixels.length; i++) pixels[i] = spikeInput ? (rng.nextDouble() < 0.4 ? 1f : 0f) : rng.nextFloat();
        int[] labels = {1, 2};

        float[] enc = new float[T * BATCH * 36];
        new CurrentEncoder(1.0).encode(pixels, BATCH, 36, T, 0, enc);
        float[] r = new float[BATCH * 3];
        EngineCounters c = new EngineCounters();
        b.net().forward(enc, spikeInput, BATCH, T, r, c);
        if (spikeInput) {
            long[] routes = ((Conv2dLayer) b.net().layers().get(0)).routeSteps();
            assertEquals(T * BATCH, routes[Conv2dLayer.Route.PATTERNS.ordinal()], "the conv took the pattern route");
        }
        float[] dLdr = new float[BATCH * 3];
        CrossEntropyLoss.onCounts().compute(r, BATCH, 3, T, labels, null, dLdr);
        b.net().zeroGrad();
        b.net().backward(dLdr, c);

        double[][][] inputs = new double[T][BATCH][36];
        for (int t = 0; t < T; t++) for (int bb = 0; bb < BATCH; bb++) for (int i = 0; i < 36; i++) inputs[t][bb][i] = pixels[bb * 36 + i];
        boolean mem = readout == Readout.Kind.MEMBRANE_SUM;

        // The float engine and the double reference agree on the forward pass.
        double[][] refR = b.ref().run(inputs, b.refOut(), mem);
        for (int bb = 0; bb < BATCH; bb++)
            for (int i = 0; i < 3; i++) assertEquals(refR[bb][i], r[bb * 3 + i], 1e-4 * Math.max(1, Math.abs(refR[bb][i])));

        assertMatchesFiniteDifferences(b, inputs, labels, mem, "");
    }

    /**
     * Every parameter's BPTT gradient (left in Param.grad) against central finite differences of the double reference's
     * cross-entropy: relative error of each parameter's gradient < 1e-4 and of every entry < 1e-3.
     *
     * @param what prefix for failure messages (e.g. the surrogate)
     */
    static void assertMatchesFiniteDifferences(Built b, double[][][] inputs, int[] labels, boolean mem, String what) {
        List<Param> params = b.net().params();
        double h = 1e-6;
        int checked = 0;
        for (int pi = 0; pi < params.size(); pi++) {
            Param p = params.get(pi);
            double[] w = b.refParams().get(pi);
            double maxAbs = 0;
            for (float g : p.grad) maxAbs = Math.max(maxAbs, Math.abs(g));
            assertTrue(maxAbs > 0, p.name() + " received no gradient");
            double diff2 = 0;
            double sum2 = 0;
            for (int i = 0; i < w.length; i++) {
                double keep = w[i];
                w[i] = keep + h;
                double lp = ReferenceSnn.crossEntropy(b.ref().run(inputs, b.refOut(), mem), labels);
                w[i] = keep - h;
                double lm = ReferenceSnn.crossEntropy(b.ref().run(inputs, b.refOut(), mem), labels);
                w[i] = keep;
                double numeric = (lp - lm) / (2 * h);
                double analytic = p.grad[i];
                diff2 += (numeric - analytic) * (numeric - analytic);
                sum2 += (numeric + analytic) * (numeric + analytic);
                // element-wise as well, looser because the engine computes in float: catches a single wrong entry
                double denom = Math.max(Math.max(Math.abs(numeric), Math.abs(analytic)), 1e-2 * maxAbs);
                double rel = Math.abs(numeric - analytic) / denom;
                int idx = i;
                assertTrue(rel < 1e-3, () -> what + String.format("%s[%d]: BPTT %.8g vs finite difference %.8g (relative error %.2e)",
                        p.name(), idx, analytic, numeric, rel));
                checked++;
            }
            // the gradient as a whole: ‖analytic − numeric‖ / ‖analytic + numeric‖
            double relNorm = Math.sqrt(diff2 / sum2);
            assertTrue(relNorm < 1e-4, what + p.name() + ": relative error of the gradient " + relNorm);
        }
        assertTrue(checked > 50);
    }
}
