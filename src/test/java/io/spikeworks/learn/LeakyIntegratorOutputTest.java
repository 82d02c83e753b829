package io.spikeworks.learn;

import io.spikeworks.learn.loss.MseRegressionLoss;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.encode.CurrentEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The non-spiking leaky-integrator output read as its mean membrane, against its closed form: with input current
 * I[t] = W·x + b (constant x), U[t] = Σ_{s≤t} β^{t−s} I, so r = (1/T) Σ_t U[t] = c·I with
 * c = (1/T) Σ_{t=0}^{T−1} (1 − β^{t+1}) / (1 − β); and for the MSE loss L = mean (r − y)², dL/dW = 2(r − y)·c·x / n.
 */
class LeakyIntegratorOutputTest {
    static final int T = 7;
    static final double BETA = 0.8;

    @Test
    void meanMembraneAndItsGradientFollowTheClosedForm() {
        int in = 3, out = 2, batch = 2;
        DenseLayer layer = new DenseLayer("out", new int[]{in}, out, true, NeuronModel.leakyIntegrator(BETA),
                new SpikeFunction(Surrogate.FAST_SIGMOID, 25, true));
        FastRandom rng = new FastRandom(3);
        for (var p : layer.params()) for (int i = 0; i < p.size(); i++) p.value[i] = (float) (rng.nextDouble() * 40 - 20);
        Network net = new Network(new int[]{in}, List.of(layer), new Readout(Readout.Kind.MEMBRANE_MEAN));
        float[] x = {0.3f, 0.9f, 0.1f, 1.0f, 0.5f, 0.7f};
        float[] y = {0.5f, -0.25f, 1.5f, 2f};
        float[] enc = new float[T * batch * in];
        new CurrentEncoder(1.0).encode(x, batch, in, T, 0, enc);
        float[] r = new float[batch * out];
        EngineCounters counters = new EngineCounters();
        net.forward(enc, false, batch, T, r, counters);
        float[] dLdr = new float[batch * out];
        new MseRegressionLoss().compute(r, batch, out, T, null, y, dLdr);
        net.zeroGrad();
        net.backward(dLdr, counters);

        double c = 0;
        for (int t = 0; t < T; t++) c += (1 - Math.pow(BETA, t + 1)) / (1 - BETA);
        c /= T;
        float[] w = layer.params().get(0).value; // [in][out]
        float[] b = layer.params().get(1).value;
        double[] gw = new double[in * out];
        for (int s = 0; s < batch; s++) {
            for (int o = 0; o < out; o++) {
                double current = b[o];
                for (int i = 0; i < in; i++) current += w[i * out + o] * x[s * in + i];
                double expected = c * current;
                assertEquals(expected, r[s * out + o], 1e-4 * Math.max(1, Math.abs(expected)), "readout " + s + "," + o);
                double dr = 2 * (expected - y[s * out + o]) / (batch * out);
                for (int i = 0; i < in; i++) gw[i * out + o] += dr * c * x[s * in + i];
            }
        }
        float[] grad = layer.params().get(0).grad;
        for (int k = 0; k < gw.length; k++)
            assertEquals(gw[k], grad[k], 1e-4 * Math.max(1, Math.abs(gw[k])), "dL/dW[" + k + "]");
        // currents of ±60 would fire any spiking neuron of threshold 1; the integrator never does
        float[] spikes = layer.output();
        for (float s : spikes) assertEquals(0f, s, "a leaky integrator never spikes");
    }
}
