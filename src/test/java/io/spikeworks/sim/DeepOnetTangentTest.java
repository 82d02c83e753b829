package io.spikeworks.sim;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.SpikeDerivative;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static io.spikeworks.sim.DeepOnetLayerTest.BATCH;
import static io.spikeworks.sim.DeepOnetLayerTest.T;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DeepONet / SepONet tangent pass (stacks stepped with their tangents, G and its tangent by the product rule at
 * the end of the pass) against two independent computations: BPTT's gradient (gradient-checked in
 * {@link DeepOnetLayerTest}) dotted with the direction, on a network whose hidden neurons really spike; and a central
 * difference, along the same direction, of the double-precision reference of {@link DeepOnetLayerTest} with the
 * surrogate's primitive as the spike.
 */
class DeepOnetTangentTest {
    static final int D = 3;
    static final double[] TARGET = {0.4, -0.8, 1.3};

    /** The composite's parameters' D directions (one layer in the network: the composite). */
    static List<List<float[]>> directions(Network net, long seed) {
        FastRandom r = new FastRandom(seed);
        List<float[]> ps = new ArrayList<>();
        for (Param p : net.params()) {
            float[] a = new float[D * p.size()];
            for (int i = 0; i < a.length; i++) a[i] = (float) r.nextGaussian();
            ps.add(a);
        }
        return List.of(ps);
    }

    /** L = mean over samples of (G − target)², with dL/dG into grad when it is not null. */
    static double loss(double[] g, float[] grad) {
        double l = 0;
        for (int b = 0; b < BATCH; b++) {
            double e = g[b] - TARGET[b];
            l += e * e / BATCH;
            if (grad != null) grad[b] = (float) (2 * e / BATCH);
        }
        return l;
    }

    static double[] doubles(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) d[i] = x[i];
        return d;
    }

    @ParameterizedTest(name = "separable {0}")
    @ValueSource(booleans = {false, true})
    void directionalDerivativeEqualsBpttGradientDottedWithTheDirection(boolean separable) {
        SpikeFunction spike = SpikeFunction.of(Surrogate.FAST_SIGMOID, 3);
        DeepOnetLayerTest.Built built = DeepOnetLayerTest.build(separable, separable ? 7 : 4, spike);
        Network net = built.net();
        float[] in = DeepOnetLayerTest.rows(built.width(), 19);
        float[] r = new float[BATCH];
        EngineCounters c = new EngineCounters();
        net.forward(in, false, BATCH, T, r, c);
        int spikes = 0, slots = 0;
        for (SpikingLayer l : net.spikingLayers()) {
            if (!l.neuronModel().spikes()) continue; // the latent integrators and the product unit
            for (float s : l.state().spikes()) {
                spikes += s != 0 ? 1 : 0;
                slots++;
            }
        }
        assertTrue(spikes > 0 && spikes < slots, "hidden neurons spike at some steps, not all: " + spikes + " of " + slots);
        float[] g = new float[BATCH];
        loss(doubles(r), g);
        net.zeroGrad();
        net.backward(g, c);

        List<List<float[]>> v = directions(net, 5);
        NetworkTangent pass = new NetworkTangent(net, BATCH, D, SpikeDerivative.surrogate(spike));
        pass.run(in, T, v);
        for (int b = 0; b < BATCH; b++) assertEquals(r[b], pass.readout()[b], 1e-5 * (1 + Math.abs(r[b])), "G of sample " + b);
        List<Param> params = net.params();
        for (int d = 0; d < D; d++) {
            double jvp = 0;
            for (int b = 0; b < BATCH; b++) jvp += g[b] * (double) pass.readoutTangent()[d * BATCH + b];
            double dot = 0, scale = 0;
            for (int pi = 0; pi < params.size(); pi++) {
                float[] grad = params.get(pi).grad;
                float[] a = v.get(0).get(pi);
                for (int i = 0; i < grad.length; i++) {
                    double term = grad[i] * (double) a[d * grad.length + i];
                    dot += term;
                    scale += Math.abs(term);
                }
            }
            assertTrue(scale > 1e-6, "the gradient is not zero");
            assertEquals(dot, jvp, 1e-4 * scale, "direction " + d + ": tangent " + jvp + ", BPTT·v " + dot);
        }
    }

    @ParameterizedTest(name = "separable {0}")
    @ValueSource(booleans = {false, true})
    void directionalDerivativeEqualsACentralDifferenceOfTheEquations(boolean separable) {
        DeepOnetLayerTest.Built built = DeepOnetLayerTest.build(separable, separable ? 5 : 3);
        Network net = built.net();
        float[] in = DeepOnetLayerTest.rows(built.width(), 17);
        List<List<float[]>> v = directions(net, 9);
        NetworkTangent pass = new NetworkTangent(net, BATCH, D,
                SpikeDerivative.surrogate(net.outputLayer().spikeFunction()));
        pass.run(in, T, v);
        float[] g = new float[BATCH];
        loss(doubles(pass.readout()), g);
        DeepOnetLayerTest.Reference ref = new DeepOnetLayerTest.Reference(net, separable);
        List<double[]> base = new ArrayList<>();
        for (double[] p : ref.params) base.add(p.clone());
        double h = 1e-5;
        for (int d = 0; d < D; d++) {
            double jvp = 0;
            for (int b = 0; b < BATCH; b++) jvp += g[b] * (double) pass.readoutTangent()[d * BATCH + b];
            double[] l = new double[2];
            for (int side = 0; side < 2; side++) {
                double step = side == 0 ? h : -h;
                for (int pi = 0; pi < base.size(); pi++) {
                    double[] p = ref.params.get(pi);
                    float[] a = v.get(0).get(pi);
                    for (int i = 0; i < p.length; i++) p[i] = base.get(pi)[i] + step * a[d * p.length + i];
                }
                l[side] = loss(ref.run(in, built.width()), null);
            }
            double fd = (l[0] - l[1]) / (2 * h);
            assertTrue(Math.abs(fd) > 1e-3, "the loss moves along direction " + d);
            assertEquals(fd, jvp, 1e-3 * Math.abs(fd), "direction " + d + ": tangent " + jvp + ", central difference " + fd);
        }
    }

    @org.junit.jupiter.api.Test
    void aLayerWhoseOutputComesAtTheEndMustBeTheLast() {
        DeepOnetLayerTest.Built built = DeepOnetLayerTest.build(false, 3);
        DenseLayer after = new DenseLayer("after", new int[]{1}, 2, true, NeuronModel.leakyIntegrator(0.5),
                SpikeFunction.of(Surrogate.FAST_SIGMOID, 3));
        Network net = new Network(new int[]{built.width()}, List.of(built.layer(), after), new Readout(Readout.Kind.MEMBRANE_MEAN));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new NetworkTangent(net, BATCH, D, SpikeDerivative.surrogate(after.spikeFunction())));
        assertTrue(e.getMessage().contains("layer 'o' gives its output only at the end of the pass"), e.getMessage());
    }
}
