package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.learn.symmetry.ToyTraining.Coding;
import io.spikeworks.learn.symmetry.ToyTraining.Shape;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.encode.CurrentEncoder;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectFeedbackAlignmentTest {
    static final double K = 2; // fast-sigmoid slope
    static final double THETA = 0.5;

    static double sg(double u) {
        double d = 1 + K * Math.abs(u - THETA);
        return 1 / (d * d);
    }

    /**
     * Two inputs → h1 (3) → h2 (2) → out (2), one time step, batch 2, spike-count readout and cross-entropy. By hand:
     * e = dL/dr ⊙ σ'(U_out); each hidden layer gets dL/dS_l = e·D_l (not the error through the layer above), then
     * dL/dU_l = dL/dS_l ⊙ σ'(U_l) and dL/dW_l[i][j] = Σ_b in_l[b][i]·dL/dU_l[b][j].
     */
    @Test
    void updateMatchesAHandComputedCase() {
        SpikeFunction f = SpikeFunction.of(Surrogate.FAST_SIGMOID, K);
        NeuronModel n = NeuronModel.lif(0.9, THETA, ResetMode.SUBTRACT, 0);
        DenseLayer h1 = new DenseLayer("h1", new int[]{2}, 3, false, n, f);
        DenseLayer h2 = new DenseLayer("h2", new int[]{3}, 2, false, n, f);
        DenseLayer out = new DenseLayer("out", new int[]{2}, 2, false, n, f);
        float[] w1 = {0.8f, -0.3f, 0.4f, 0.2f, 0.9f, -0.5f};  // [in 2][out 3]
        float[] w2 = {0.7f, -0.2f, 0.1f, 0.6f, -0.4f, 0.3f};  // [3][2]
        float[] w3 = {0.9f, 0.1f, -0.3f, 0.8f};               // [2][2]
        System.arraycopy(w1, 0, h1.weightValues(), 0, 6);
        System.arraycopy(w2, 0, h2.weightValues(), 0, 6);
        System.arraycopy(w3, 0, out.weightValues(), 0, 4);
        Network net = new Network(new int[]{2}, List.<Layer>of(h1, h2, out), new Readout(Readout.Kind.SPIKE_COUNT));
        DirectFeedbackAlignment rule = new DirectFeedbackAlignment(FeedbackSettings.defaults());
        rule.attach(net);
        float[] d1 = rule.directFeedback("h1").orElseThrow(); // [K 2][3]
        float[] d2 = rule.directFeedback("h2").orElseThrow(); // [K 2][2]
        assertTrue(rule.directFeedback("out").isEmpty());

        double[][] x = {{0.9, 0.4}, {0.2, 1.0}};
        int[] labels = {1, 0};
        float[] enc = {0.9f, 0.4f, 0.2f, 1.0f};
        float[] r = new float[4];
        EngineCounters c = new EngineCounters();
        net.forward(enc, false, 2, 1, r, c);
        float[] dLdr = new float[4];
        CrossEntropyLoss.onCounts().compute(r, 2, 2, 1, labels, null, dLdr);
        net.zeroGrad();
        net.backward(dLdr, c);

        double[][] u1 = matmul(x, w1, 2, 3), s1 = spikes(u1);
        double[][] u2 = matmul(s1, w2, 3, 2), s2 = spikes(u2);
        double[][] u3 = matmul(s2, w3, 2, 2), s3 = spikes(u3);
        double[][] e = new double[2][2];
        for (int b = 0; b < 2; b++) {
            double z = Math.exp(s3[b][0]) + Math.exp(s3[b][1]);
            for (int k = 0; k < 2; k++) {
                double dr = (Math.exp(s3[b][k]) / z - (k == labels[b] ? 1 : 0)) / 2;
                e[b][k] = dr * sg(u3[b][k]);
            }
        }
        double[][] gu1 = direct(e, d1, u1, 3), gu2 = direct(e, d2, u2, 2);
        assertGrad(outer(s2, e, 2, 2), out.weights().grad, "out (exact, as in BP)");
        assertGrad(outer(s1, gu2, 3, 2), h2.weights().grad, "h2 (direct)");
        assertGrad(outer(x, gu1, 2, 3), h1.weights().grad, "h1 (direct)");
        boolean someSpike = false, someSilent = false;
        for (double[] row : s1) for (double v : row) if (v > 0) someSpike = true; else someSilent = true;
        assertTrue(someSpike && someSilent, "the case exercises both branches");
    }

    static double[][] matmul(double[][] in, float[] w, int nIn, int nOut) {
        double[][] u = new double[in.length][nOut];
        for (int b = 0; b < in.length; b++)
            for (int j = 0; j < nOut; j++) for (int i = 0; i < nIn; i++) u[b][j] += in[b][i] * w[i * nOut + j];
        return u;
    }

    static double[][] spikes(double[][] u) {
        double[][] s = new double[u.length][u[0].length];
        for (int b = 0; b < u.length; b++) for (int j = 0; j < u[b].length; j++) s[b][j] = u[b][j] >= THETA ? 1 : 0;
        return s;
    }

    static double[][] direct(double[][] e, float[] d, double[][] u, int n) {
        double[][] g = new double[e.length][n];
        for (int b = 0; b < e.length; b++)
            for (int j = 0; j < n; j++) {
                double gs = 0;
                for (int k = 0; k < e[b].length; k++) gs += e[b][k] * d[k * n + j];
                g[b][j] = gs * sg(u[b][j]);
            }
        return g;
    }

    static double[] outer(double[][] in, double[][] g, int nIn, int nOut) {
        double[] dw = new double[nIn * nOut];
        for (int b = 0; b < in.length; b++)
            for (int i = 0; i < nIn; i++) for (int j = 0; j < nOut; j++) dw[i * nOut + j] += in[b][i] * g[b][j];
        return dw;
    }

    static void assertGrad(double[] expected, float[] actual, String what) {
        double max = 0;
        for (double v : expected) max = Math.max(max, Math.abs(v));
        assertTrue(max > 1e-4, what + ": the case must produce a gradient");
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], 1e-6, what + "[" + i + "]");
    }

    @Test
    void convLayersReceiveTheDirectErrorAndNothingIsTransported() {
        Network net = ToyTraining.network(Shape.CONV, Coding.RATE, 3);
        DirectFeedbackAlignment rule = new DirectFeedbackAlignment(FeedbackSettings.defaults().withAlignmentEvery(5));
        Trainer t = ToyTraining.trainer(net, Coding.RATE, rule, 5e-3);
        float[] before = net.spikingLayers().get(0).weightValues().clone();
        ToyTraining.train(t, 10);
        assertTrue(!java.util.Arrays.equals(before, net.spikingLayers().get(0).weightValues()), "the conv layer learns");
        assertEquals(4 * 6 * 6 * 3, rule.directFeedback("c1").orElseThrow().length);
        assertEquals(0, rule.transportMeter().bitsCopied());
        assertEquals(10, rule.transportMeter().iterations());
        assertEquals(Double.POSITIVE_INFINITY, rule.metrics().get("transport_reduction_vs_bp"));
        assertEquals(2, rule.gradientAlignment().history().size());
        assertTrue(rule.gradientAlignment().lastDegrees() > 1, "random direct feedback is not BP");
        assertTrue(net.errorRouting() == rule, "routing restored after measuring alignment");
    }
}
