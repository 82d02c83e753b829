package io.spikeworks.sim;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spiking DeepONet / SepONet composite against a second implementation written from the equations in double
 * precision ({@link Reference}): its forward output, and its BPTT gradient of every parameter against central finite
 * differences of that reference, with spikes replaced by the surrogate's primitive so the loss is smooth. Also the
 * engine-level shape checks and how the composite shows itself to the rest of the engine.
 */
class DeepOnetLayerTest {
    static final int T = 6;
    static final int BATCH = 3;
    static final int M = 5;
    static final int P = 3;
    static final double THETA = 0.6;
    static final double BETA = 0.85;
    static final double LATENT_BETA = 0.5;
    static final double SCALE = 3;
    static final double BRANCH_GAIN = 1.3;
    static final double TRUNK_GAIN = 0.7;

    record Built(Network net, DeepOnetLayer layer, int width) {}

    /** m = 5 sensors and 2 coordinates; DeepONet: one trunk on both; SepONet: one trunk on each. */
    static Built build(boolean separable, long seed) {
        return build(separable, seed, new SpikeFunction(Surrogate.FAST_SIGMOID, SCALE, true));
    }

    /** The same with the given spike function (a real, stepping spike for checks against BPTT). */
    static Built build(boolean separable, long seed, SpikeFunction f) {
        NeuronModel hidden = NeuronModel.lif(BETA, THETA, ResetMode.SUBTRACT, 0);
        NeuronModel latent = NeuronModel.leakyIntegrator(LATENT_BETA);
        int width = M + 2;
        Network branch = stack("o.branch", new int[]{M, 4, P}, hidden, latent, f);
        List<Network> trunks = new ArrayList<>();
        int[][] inputs;
        if (separable) {
            trunks.add(stack("o.trunk1", new int[]{1, 4, P}, hidden, latent, f));
            trunks.add(stack("o.trunk2", new int[]{1, 3, P}, hidden, latent, f));
            inputs = new int[][]{{M}, {M + 1}};
        } else {
            trunks.add(stack("o.trunk", new int[]{2, 4, P}, hidden, latent, f));
            inputs = new int[][]{{M, M + 1}};
        }
        DeepOnetLayer layer = new DeepOnetLayer("o", new int[]{width}, M, inputs, BRANCH_GAIN, TRUNK_GAIN, branch,
                trunks, true, f);
        Network net = new Network(new int[]{width}, List.of(layer), new Readout(Readout.Kind.MEMBRANE_MEAN));
        FastRandom rng = new FastRandom(seed);
        for (Param p : net.params())
            for (int i = 0; i < p.size(); i++) p.value[i] = (float) ((rng.nextDouble() * 2 - 1) * 0.9);
        return new Built(net, layer, width);
    }

    static Network stack(String name, int[] sizes, NeuronModel hidden, NeuronModel latent, SpikeFunction f) {
        List<Layer> layers = new ArrayList<>();
        for (int i = 1; i < sizes.length; i++) {
            boolean last = i == sizes.length - 1;
            layers.add(new DenseLayer(name + "." + i, new int[]{sizes[i - 1]}, sizes[i], true, last ? latent : hidden, f));
        }
        return new Network(new int[]{sizes[0]}, layers, new Readout(Readout.Kind.MEMBRANE_MEAN));
    }

    /** Rows [f at 5 sensors, y1, y2], constant over the steps as direct current gives them. */
    static float[] rows(int width, long seed) {
        FastRandom rng = new FastRandom(seed);
        float[] one = new float[BATCH * width];
        for (int i = 0; i < one.length; i++) one[i] = (float) (rng.nextDouble() * 2 - 1);
        float[] in = new float[T * BATCH * width];
        for (int t = 0; t < T; t++) System.arraycopy(one, 0, in, t * one.length, one.length);
        return in;
    }

    /**
     * The DeepONet from its equations, double precision, naive loops: per stack, dense layers I[t] = x[t]·W + c,
     * hidden LIF U[t] = β·U[t−1] + I[t] − θ·S[t−1], S[t] = σ(U[t] − θ) (σ the fast sigmoid's primitive), latent
     * leaky integrators U[t] = β_L·U[t−1] + I[t] averaged over the steps; G = Σₖ bₖ·Πₐ tᵃₖ + b0.
     */
    static final class Reference {
        final List<double[]> params = new ArrayList<>();
        final boolean separable;

        Reference(Network net, boolean separable) {
            for (Param p : net.params()) {
                double[] d = new double[p.size()];
                for (int i = 0; i < d.length; i++) d[i] = p.value[i];
                params.add(d);
            }
            this.separable = separable;
        }

        /** G per sample for rows (one step's rows, repeated T times). */
        double[] run(float[] in, int width) {
            int[][] trunkCols = separable ? new int[][]{{M}, {M + 1}} : new int[][]{{M, M + 1}};
            int at = 0;
            double[][] b = new double[BATCH][];
            double[][][] tr = new double[trunkCols.length][BATCH][];
            for (int s = 0; s < BATCH; s++) {
                double[] x = new double[M];
                for (int i = 0; i < M; i++) x[i] = BRANCH_GAIN * in[s * width + i];
                b[s] = stack(x, 0);
            }
            at = 4; // the branch's two layers: weight, bias, weight, bias
            for (int a = 0; a < trunkCols.length; a++) {
                for (int s = 0; s < BATCH; s++) {
                    double[] y = new double[trunkCols[a].length];
                    for (int j = 0; j < y.length; j++) y[j] = TRUNK_GAIN * in[s * width + trunkCols[a][j]];
                    tr[a][s] = stack(y, at);
                }
                at += 4;
            }
            double b0 = params.get(at)[0];
            double[] g = new double[BATCH];
            for (int s = 0; s < BATCH; s++) {
                double sum = b0;
                for (int k = 0; k < P; k++) {
                    double term = b[s][k];
                    for (double[][] t : tr) term *= t[s][k];
                    sum += term;
                }
                g[s] = sum;
            }
            return g;
        }

        /** One sample through a two-layer stack whose weights start at params[first]. */
        private double[] stack(double[] x, int first) {
            double[] w1 = params.get(first);
            double[] c1 = params.get(first + 1);
            double[] w2 = params.get(first + 2);
            double[] c2 = params.get(first + 3);
            int h = c1.length;
            double[] u = new double[h];
            double[] sPrev = new double[h];
            double[] v = new double[P];
            double[] mean = new double[P];
            for (int t = 0; t < T; t++) {
                double[] s = new double[h];
                for (int j = 0; j < h; j++) {
                    double current = c1[j];
                    for (int i = 0; i < x.length; i++) current += x[i] * w1[i * h + j];
                    u[j] = (t == 0 ? 0 : BETA * u[j]) + current - THETA * sPrev[j];
                    double z = u[j] - THETA;
                    s[j] = z / (1 + SCALE * Math.abs(z)) + 1 / SCALE;
                }
                for (int k = 0; k < P; k++) {
                    double current = c2[k];
                    for (int j = 0; j < h; j++) current += s[j] * w2[j * P + k];
                    v[k] = (t == 0 ? 0 : LATENT_BETA * v[k]) + current;
                    mean[k] += v[k] / T;
                }
                sPrev = s;
            }
            return mean;
        }
    }

    @ParameterizedTest(name = "separable {0}")
    @ValueSource(booleans = {false, true})
    void forwardMatchesTheEquationsAndBpttMatchesFiniteDifferences(boolean separable) {
        Built built = build(separable, separable ? 5 : 3);
        float[] in = rows(built.width(), 17);
        float[] r = new float[BATCH];
        EngineCounters c = new EngineCounters();
        built.net().forward(in, false, BATCH, T, r, c);
        Reference ref = new Reference(built.net(), separable);
        double[] g = ref.run(in, built.width());
        for (int b = 0; b < BATCH; b++) assertEquals(g[b], r[b], 1e-4 * Math.max(1, Math.abs(g[b])), "G of sample " + b);
        assertEquals(BATCH, c.samples, "the stacks' passes are not counted as samples");
        assertTrue(c.denseMacs + c.synapticOps > 0, "the stacks' work reaches the run's counters");

        // L = Σ_b w_b·G_b, so dL/dr = w
        double[] w = {0.7, -1.1, 0.9};
        float[] dLdr = new float[BATCH];
        for (int b = 0; b < BATCH; b++) dLdr[b] = (float) w[b];
        built.net().zeroGrad();
        built.net().backward(dLdr, c);

        List<Param> params = built.net().params();
        assertEquals(ref.params.size(), params.size());
        double h = 1e-6;
        for (int pi = 0; pi < params.size(); pi++) {
            Param p = params.get(pi);
            double[] v = ref.params.get(pi);
            double maxAbs = 0;
            for (float x : p.grad) maxAbs = Math.max(maxAbs, Math.abs(x));
            assertTrue(maxAbs > 0, p.name() + " received no gradient");
            double diff2 = 0;
            double sum2 = 0;
            for (int i = 0; i < v.length; i++) {
                double keep = v[i];
                v[i] = keep + h;
                double lp = dot(w, ref.run(in, built.width()));
                v[i] = keep - h;
                double lm = dot(w, ref.run(in, built.width()));
                v[i] = keep;
                double numeric = (lp - lm) / (2 * h);
                double analytic = p.grad[i];
                diff2 += (numeric - analytic) * (numeric - analytic);
                sum2 += (numeric + analytic) * (numeric + analytic);
                double denom = Math.max(Math.max(Math.abs(numeric), Math.abs(analytic)), 1e-2 * maxAbs);
                assertTrue(Math.abs(numeric - analytic) / denom < 2e-3,
                        p.name() + "[" + i + "]: BPTT " + analytic + ", finite difference " + numeric);
            }
            double rel = Math.sqrt(diff2 / Math.max(sum2, 1e-30));
            assertTrue(rel < 2e-4, p.name() + ": relative error " + rel);
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    @Test
    void theProductRuleOfSepOnetMultipliesEveryOtherFactor() {
        // G = Σₖ bₖ·t¹ₖ·t²ₖ for one sample, p = 2, by hand
        float[] b = {2, -1};
        float[][] t = {{3, 0.5f}, {-2, 4}};
        float[] drive = new float[1];
        DeepOnetLayer.combine(b, t, 1, 2, drive);
        assertEquals(2 * 3 * -2 + -1 * 0.5 * 4, drive[0], 1e-6);
        float[] gb = new float[2];
        float[][] gt = {new float[2], new float[2]};
        DeepOnetLayer.spreadGradient(new float[]{1.5f}, b, t, 1, 2, gb, gt);
        assertEquals(1.5 * 3 * -2, gb[0], 1e-6);
        assertEquals(1.5 * 0.5 * 4, gb[1], 1e-6);
        assertEquals(1.5 * 2 * -2, gt[0][0], 1e-6);
        assertEquals(1.5 * -1 * 0.5, gt[1][1], 1e-6);
    }

    @Test
    void replicasShareValuesAndKeepTheirOwnGradients() {
        Built built = build(true, 9);
        Network copy = built.net().replicate();
        List<Param> a = built.net().params();
        List<Param> b = copy.params();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertSame(a.get(i).value, b.get(i).value, a.get(i).name());
            assertNotEquals(System.identityHashCode(a.get(i).grad), System.identityHashCode(b.get(i).grad));
        }
        float[] in = rows(built.width(), 4);
        float[] r1 = new float[BATCH];
        float[] r2 = new float[BATCH];
        built.net().forward(in, false, BATCH, T, r1, new EngineCounters());
        copy.forward(in, false, BATCH, T, r2, new EngineCounters());
        for (int i = 0; i < BATCH; i++) assertEquals(r1[i], r2[i], 0f);
    }

    @Test
    void theEngineSeesTheInnerSpikingLayersAndReadsTheProductUnit() {
        Built built = build(true, 2);
        List<SpikingLayer> inner = built.net().spikingLayers();
        // branch 2 + two trunks of 2 + the product unit
        assertEquals(7, inner.size());
        assertSame(built.layer().outputNeurons(), built.net().outputLayer());
        assertSame(built.net().outputLayer(), inner.get(inner.size() - 1));
        List<String> names = new ArrayList<>();
        for (Param p : built.net().params()) names.add(p.name());
        assertEquals(names.size(), names.stream().distinct().count(), "parameter names are unique: " + names);
        assertTrue(names.contains("o.product.bias"), names.toString());
    }

    @Test
    void shapesThatDoNotFitAreRefusedWithTheReason() {
        SpikeFunction f = SpikeFunction.of(Surrogate.FAST_SIGMOID, 5);
        NeuronModel hidden = NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0);
        NeuronModel latent = NeuronModel.leakyIntegrator(0);
        Network branch = stack("b", new int[]{M, 4, 3}, hidden, latent, f);
        Network trunk4 = stack("t", new int[]{1, 4, 4}, hidden, latent, f);
        Network trunk3 = stack("t", new int[]{1, 4, 3}, hidden, latent, f);
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class, () -> new DeepOnetLayer("o",
                new int[]{M + 1}, M, new int[][]{{M}}, 1, 1, branch, List.of(trunk4), true, f));
        assertEquals("o: the branch ends in p = 3 units but trunk 0 in 4; both must give the same p", p.getMessage());
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> new DeepOnetLayer("o",
                new int[]{M}, M, new int[][]{{M}}, 1, 1, branch, List.of(trunk3), true, f));
        assertTrue(m.getMessage().contains("5 sensors leave no coordinates in a row of 5 values"), m.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class, () -> new DeepOnetLayer("o",
                new int[]{M + 2}, M, new int[][]{{M, M + 1}}, 1, 1, branch, List.of(trunk3), true, f));
        assertEquals("o: trunk 0 takes 1 inputs but is given 2 coordinates", d.getMessage());
        IllegalArgumentException where = assertThrows(IllegalArgumentException.class, () -> new DeepOnetLayer("o",
                new int[]{M + 1}, M, new int[][]{{M - 1}}, 1, 1, branch, List.of(trunk3), true, f));
        assertEquals("o: trunk 0 reads row position 4, outside the coordinates 5 to 5", where.getMessage());
    }
}
