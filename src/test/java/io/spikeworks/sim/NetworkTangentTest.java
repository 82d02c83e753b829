package io.spikeworks.sim;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.NeuronValues;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeDerivative;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forward-mode (tangent) pass checked against independent computations: its directional derivative equals
 * BPTT's gradient (itself gradient-checked in the engine's tests) dotted with the direction, for every neuron model
 * and readout; on smooth networks it equals a central finite difference of the loss; it holds memory independent
 * of the number of steps; a convolution is refused by name.
 */
class NetworkTangentTest {
    static final int B = 4, IN = 5, HID = 7, OUT = 3, D = 3;

    /** Input currents [t][b][in], with enough drive that the hidden neurons spike at some steps, not all. */
    static float[] input(int steps, long seed) {
        FastRandom r = new FastRandom(seed);
        float[] x = new float[steps * B * IN];
        for (int i = 0; i < x.length; i++) x[i] = (float) (0.8 * r.nextGaussian() + 0.3);
        return x;
    }

    static Network net(NeuronModel hidden, NeuronModel out, Readout.Kind readout, SpikeFunction f, long seed) {
        DenseLayer h = new DenseLayer("h", new int[]{IN}, HID, true, hidden, f);
        DenseLayer h2 = new DenseLayer("h2", new int[]{HID}, HID, true, hidden, f);
        DenseLayer o = new DenseLayer("o", new int[]{HID}, OUT, true, out, f);
        FastRandom r = new FastRandom(seed);
        for (DenseLayer l : List.of(h, h2, o))
            for (Param p : l.params()) for (int i = 0; i < p.size(); i++) p.value[i] = (float) (0.6 * r.nextGaussian());
        return new Network(new int[]{IN}, List.of(h, h2, o), new Readout(readout));
    }

    /** Per layer, per parameter, D random directions (direction-major). */
    static List<List<float[]>> directions(Network net, long seed) {
        FastRandom r = new FastRandom(seed);
        List<List<float[]>> v = new ArrayList<>();
        for (Layer l : net.layers()) {
            List<float[]> ps = new ArrayList<>();
            for (Param p : l.params()) {
                float[] a = new float[D * p.size()];
                for (int i = 0; i < a.length; i++) a[i] = (float) r.nextGaussian();
                ps.add(a);
            }
            v.add(ps);
        }
        return v;
    }

    static final float[] TARGET = new float[B * OUT];

    static {
        for (int i = 0; i < TARGET.length; i++) TARGET[i] = (float) Math.sin(i);
    }

    /** Mean squared error of r against TARGET; dL/dr into grad. */
    static double mse(float[] r, float[] grad) {
        double l = 0;
        for (int i = 0; i < B * OUT; i++) {
            double d = r[i] - TARGET[i];
            l += d * d;
            if (grad != null) grad[i] = (float) (2 * d / (B * OUT));
        }
        return l / (B * OUT);
    }

    /** Checks JVP = BPTT·v for each direction, within 1e-4 of the sum of |terms|; returns the spikes seen. */
    static void assertTangentEqualsBptt(Network net, int steps, String what) {
        float[] x = input(steps, 11);
        float[] r = new float[B * OUT];
        EngineCounters c = new EngineCounters();
        net.forward(x, false, B, steps, r, c);
        float[] g = new float[B * OUT];
        mse(r, g);
        net.zeroGrad();
        net.backward(g, c);
        List<List<float[]>> v = directions(net, 5);
        NetworkTangent pass = new NetworkTangent(net, B, D, SpikeDerivative.surrogate(net.outputLayer().spikeFunction()));
        pass.run(x, steps, v);
        for (int i = 0; i < B * OUT; i++)
            assertEquals(r[i], pass.readout()[i], 1e-4 * (1 + Math.abs(r[i])), what + ": readout " + i);
        for (int d = 0; d < D; d++) {
            double jvp = 0;
            for (int i = 0; i < B * OUT; i++) jvp += g[i] * (double) pass.readoutTangent()[d * B * OUT + i];
            double dot = 0, scale = 0;
            for (int li = 0; li < net.layers().size(); li++) {
                List<Param> ps = net.layers().get(li).params();
                for (int pi = 0; pi < ps.size(); pi++) {
                    float[] grad = ps.get(pi).grad;
                    float[] a = v.get(li).get(pi);
                    for (int i = 0; i < grad.length; i++) {
                        double term = grad[i] * (double) a[d * grad.length + i];
                        dot += term;
                        scale += Math.abs(term);
                    }
                }
            }
            assertTrue(scale > 1e-6, what + ": the gradient is not zero");
            assertEquals(dot, jvp, 1e-4 * scale, what + ": direction " + d + " JVP " + jvp + " vs BPTT·v " + dot);
        }
    }

    static int hiddenSpikes(Network net, int steps) {
        float[] r = new float[B * OUT];
        net.forward(input(steps, 11), false, B, steps, r, new EngineCounters());
        int n = 0;
        for (float s : net.spikingLayers().get(1).state().spikes()) n += s != 0 ? 1 : 0;
        return n;
    }

    static final SpikeFunction FAST = SpikeFunction.of(Surrogate.FAST_SIGMOID, 25);

    @Test
    void directionalDerivativeEqualsBpttDottedWithTheDirectionForEveryNeuronModel() {
        NeuronModel li = NeuronModel.leakyIntegrator(0.9);
        List<NeuronModel> models = List.of(
                NeuronModel.lif(0.9, 1.0, ResetMode.SUBTRACT, 0),
                NeuronModel.lif(0.8, 0.7, ResetMode.ZERO, 0),
                NeuronModel.integrateAndFire(1.0, ResetMode.SUBTRACT, 0),
                NeuronModel.cubaLif(0.5, 0.9, 1.0, ResetMode.SUBTRACT, 0, 0),
                NeuronModel.lif(0.9, 1.0, ResetMode.SUBTRACT, 2),
                NeuronModel.singleSpike(0.9, 1.0));
        int steps = 12;
        for (NeuronModel m : models) {
            Network net = net(m, li, Readout.Kind.MEMBRANE_MEAN, FAST, 3);
            int spikes = hiddenSpikes(net, steps);
            assertTrue(spikes > 0 && spikes < steps * B * HID, m.kind() + ": some spikes, not all (" + spikes + ")");
            assertTangentEqualsBptt(net, steps, m.kind() + " " + m.reset() + " refractory " + m.refractory());
        }
        for (Surrogate s : Surrogate.values())
            assertTangentEqualsBptt(net(models.get(0), li, Readout.Kind.MEMBRANE_MEAN, SpikeFunction.of(s, 5), 4), steps,
                    "surrogate " + s.id());
    }

    @Test
    void directionalDerivativeEqualsBpttForEveryReadout() {
        NeuronModel lif = NeuronModel.lif(0.9, 1.0, ResetMode.SUBTRACT, 0);
        for (Readout.Kind k : Readout.Kind.values())
            assertTangentEqualsBptt(net(lif, lif, k, SpikeFunction.of(Surrogate.ARCTAN, 2), 6), 10, "readout " + k.id());
    }

    @Test
    void perNeuronValuesAndFixedPointStateFollowBptt() {
        NeuronModel lif = NeuronModel.lif(0.9, 1.0, ResetMode.SUBTRACT, 0);
        Network net = net(lif, NeuronModel.leakyIntegrator(0.9), Readout.Kind.MEMBRANE_MEAN, FAST, 8);
        FastRandom r = new FastRandom(2);
        float[] a = new float[HID], b = new float[HID], th = new float[HID];
        for (int i = 0; i < HID; i++) {
            a[i] = i % 2 == 0 ? 0f : 0.4f;
            b[i] = (float) (0.7 + 0.25 * r.nextDouble());
            th[i] = (float) (0.6 + 0.8 * r.nextDouble());
        }
        net.spikingLayers().get(0).setNeuronValues(new NeuronValues(a, b, th));
        assertTangentEqualsBptt(net, 10, "per-neuron α, β, θ");
        Network fixed = net(NeuronModel.cubaLif(0.5, 0.9, 1.0, ResetMode.SUBTRACT, 0, 12),
                NeuronModel.leakyIntegrator(0.9), Readout.Kind.MEMBRANE_MEAN, FAST, 9);
        assertTangentEqualsBptt(fixed, 10, "12-bit state");
    }

    /** Central difference of the loss along direction d of v, with the network's own forward pass. */
    static double centralDifference(Network net, float[] x, int steps, List<List<float[]>> v, int d, double h) {
        List<float[]> saved = new ArrayList<>();
        for (Param p : net.params()) saved.add(p.value.clone());
        double[] loss = new double[2];
        for (int side = 0; side < 2; side++) {
            double step = side == 0 ? h : -h;
            int k = 0;
            for (int li = 0; li < net.layers().size(); li++) {
                List<Param> ps = net.layers().get(li).params();
                for (int pi = 0; pi < ps.size(); pi++, k++) {
                    Param p = ps.get(pi);
                    float[] a = v.get(li).get(pi);
                    for (int i = 0; i < p.size(); i++) p.value[i] = (float) (saved.get(k)[i] + step * a[d * p.size() + i]);
                }
            }
            float[] r = new float[B * OUT];
            net.forward(x, false, B, steps, r, new EngineCounters());
            loss[side] = mse(r, null);
        }
        for (int k = 0; k < saved.size(); k++) System.arraycopy(saved.get(k), 0, net.params().get(k).value, 0, saved.get(k).length);
        return (loss[0] - loss[1]) / (2 * h);
    }

    static double jvp(Network net, float[] x, int steps, List<List<float[]>> v, int d) {
        NetworkTangent pass = new NetworkTangent(net, B, D, SpikeDerivative.surrogate(net.outputLayer().spikeFunction()));
        pass.run(x, steps, v);
        float[] g = new float[B * OUT];
        mse(pass.readout(), g);
        double s = 0;
        for (int i = 0; i < B * OUT; i++) s += g[i] * (double) pass.readoutTangent()[d * B * OUT + i];
        return s;
    }

    @Test
    void onSmoothNetworksTheDirectionalDerivativeIsAFiniteDifferenceOfTheLoss() {
        int steps = 8;
        float[] x = input(steps, 3);
        // all leaky integrators: no spike at all, the readout linear in each layer's weights
        NeuronModel li = NeuronModel.leakyIntegrator(0.85);
        // arctan's primitive is smooth everywhere (fast sigmoid's has a kink at threshold, which spoils differences)
        SpikeFunction smooth = new SpikeFunction(Surrogate.ARCTAN, 2, true);
        Network linear = net(li, li, Readout.Kind.MEMBRANE_MEAN, FAST, 12);
        // spiking LIF in the test-only smooth mode: the spike is the surrogate's primitive, so the surrogate is exact
        Network spiking = net(NeuronModel.lif(0.9, 1.0, ResetMode.SUBTRACT, 0), li, Readout.Kind.MEMBRANE_MEAN, smooth, 13);
        for (Network net : List.of(linear, spiking)) {
            List<List<float[]>> v = directions(net, 21);
            for (int d = 0; d < D; d++) {
                // a direction moves ~100 weights at once, so the curvature along it is large: a small step
                double fd = centralDifference(net, x, steps, v, d, 1e-3);
                double j = jvp(net, x, steps, v, d);
                assertEquals(fd, j, 1e-3 * Math.max(1e-2, Math.abs(fd)), "direction " + d + ": JVP " + j + " FD " + fd);
            }
        }
    }

    @Test
    void holdsOneStepOfStateWhateverTheNumberOfSteps() {
        NeuronModel lif = NeuronModel.lif(0.9, 1.0, ResetMode.SUBTRACT, 0);
        Network net = net(lif, NeuronModel.leakyIntegrator(0.9), Readout.Kind.MEMBRANE_MEAN, FAST, 3);
        long[] tangent = new long[2];
        long[] bptt = new long[2];
        int[] steps = {8, 64};
        for (int i = 0; i < 2; i++) {
            NetworkTangent pass = new NetworkTangent(net, B, D, SpikeDerivative.surrogate(FAST));
            pass.run(input(steps[i], 1), steps[i], directions(net, 1));
            tangent[i] = pass.bytesHeld();
            net.forward(input(steps[i], 1), false, B, steps[i], new float[B * OUT], new EngineCounters());
            for (Layer l : net.layers()) bptt[i] += l.bytesHeld();
        }
        assertEquals(tangent[0], tangent[1], "the tangent pass holds the same at T = 8 and 64");
        assertEquals(8.0, (double) bptt[1] / bptt[0], 1e-9, "BPTT's history grows with T");
        // one step of every layer: current (1 + D), neuron state and scratch (6 + 2D floats per neuron)
        long expected = 0;
        for (int units : new int[]{HID, HID, OUT}) expected += 4L * B * units * (7 + 3 * D); // current, state and scratch, with D tangents of three
        expected += 4L * B * OUT * (1 + D) + B * OUT; // readout
        assertEquals(expected, tangent[0]);
    }

    @Test
    void refusesAConvolutionByName() {
        Conv2dLayer conv = new Conv2dLayer("conv1", new int[]{1, 6, 6}, 2, 3, 1, 0, true,
                NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), FAST);
        DenseLayer out = new DenseLayer("out", new int[]{2, 4, 4}, 3, true, NeuronModel.leakyIntegrator(0.9), FAST);
        Network net = new Network(new int[]{1, 6, 6}, List.of(conv, out), new Readout(Readout.Kind.MEMBRANE_MEAN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetworkTangent(net, 2, 1, SpikeDerivative.surrogate(FAST)));
        assertTrue(e.getMessage().contains("layer 'conv1' (a convolution) has no forward-mode (tangent) step"), e.getMessage());
        assertEquals(List.of(conv), NetworkTangent.unsupportedLayers(net));
    }
}
