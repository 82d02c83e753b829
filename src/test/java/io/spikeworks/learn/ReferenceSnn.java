package io.spikeworks.learn;

import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.Surrogate;

import java.util.ArrayList;
import java.util.List;

/**
 * A second, deliberately plain implementation of the engine's forward pass in double precision, in the
 * smooth mode (spikes replaced by the surrogate's primitive). Written from the documented equations, not
 * from the engine's code: naive loops, no event skipping, no precomputed taps. Used for finite differences.
 */
final class ReferenceSnn {
    interface Stage {
        double[][] step(double[][] in); // [batch][features] → [batch][features]
        void reset(int batch);
    }

    final Surrogate surrogate;
    final double scale;
    final List<Stage> stages = new ArrayList<>();
    /** Every spiking layer's neurons in order, so a test can look at all membranes after a run. */
    final List<Neurons> neuronGroups = new ArrayList<>();

    ReferenceSnn(Surrogate surrogate, double scale) {
        this.surrogate = surrogate;
        this.scale = scale;
    }

    final class Neurons {
        final NeuronModel m;
        double[][] u;
        double[][] s;
        double[][] j;
        int[][] refr;
        List<double[][]> memHistory = new ArrayList<>();
        List<double[][]> spikeHistory = new ArrayList<>();

        Neurons(NeuronModel m) {
            this.m = m;
        }

        void reset(int batch, int n) {
            u = null;
            s = null;
            j = new double[batch][n];
            refr = new int[batch][n];
            memHistory.clear();
            spikeHistory.clear();
        }

        double[][] step(double[][] current) {
            int batch = current.length;
            int n = current[0].length;
            double[][] nu = new double[batch][n];
            double[][] ns = new double[batch][n];
            for (int b = 0; b < batch; b++) {
                for (int i = 0; i < n; i++) {
                    j[b][i] = m.alpha() * j[b][i] + current[b][i];
                    double a = 1;
                    if (refr[b][i] > 0) {
                        a = 0;
                        if (!m.singleSpike()) refr[b][i]--;
                    }
                    double v;
                    if (u == null) v = a * j[b][i];
                    else if (m.reset() == ResetMode.SUBTRACT) v = m.beta() * u[b][i] + a * j[b][i] - m.threshold() * s[b][i];
                    else v = m.beta() * u[b][i] * (1 - s[b][i]) + a * j[b][i];
                    nu[b][i] = v;
                    ns[b][i] = a * surrogate.primitive(v - m.threshold(), scale);
                    if (a > 0 && v >= m.threshold() && (m.refractory() > 0 || m.singleSpike()))
                        refr[b][i] = m.singleSpike() ? 1 : m.refractory();
                }
            }
            u = nu;
            s = ns;
            memHistory.add(nu);
            spikeHistory.add(ns);
            return ns;
        }
    }

    /** Dense: W is [in][out] flattened, as in the engine. */
    Neurons dense(double[] w, double[] bias, int in, int out, NeuronModel m) {
        Neurons ns = new Neurons(m);
        neuronGroups.add(ns);
        stages.add(new Stage() {
            public double[][] step(double[][] x) {
                double[][] cur = new double[x.length][out];
                for (int b = 0; b < x.length; b++)
                    for (int o = 0; o < out; o++) {
                        double sum = bias == null ? 0 : bias[o];
                        for (int i = 0; i < in; i++) sum += x[b][i] * w[i * out + o];
                        cur[b][o] = sum;
                    }
                return ns.step(cur);
            }

            public void reset(int batch) {
                ns.reset(batch, out);
            }
        });
        return ns;
    }

    /** Conv: input and output channels-last, W is [ky][kx][cin][cout]. */
    Neurons conv(double[] w, double[] bias, int cin, int h, int wd, int cout, int k, int stride, int pad, NeuronModel m) {
        int ho = (h + 2 * pad - k) / stride + 1;
        int wo = (wd + 2 * pad - k) / stride + 1;
        Neurons ns = new Neurons(m);
        neuronGroups.add(ns);
        stages.add(new Stage() {
            public double[][] step(double[][] x) {
                double[][] cur = new double[x.length][ho * wo * cout];
                for (int b = 0; b < x.length; b++)
                    for (int oy = 0; oy < ho; oy++)
                        for (int ox = 0; ox < wo; ox++)
                            for (int co = 0; co < cout; co++) {
                                double sum = bias == null ? 0 : bias[co];
                                for (int ky = 0; ky < k; ky++)
                                    for (int kx = 0; kx < k; kx++) {
                                        int y = oy * stride + ky - pad;
                                        int xx = ox * stride + kx - pad;
                                        if (y < 0 || y >= h || xx < 0 || xx >= wd) continue;
                                        for (int ci = 0; ci < cin; ci++)
                                            sum += x[b][(y * wd + xx) * cin + ci] * w[((ky * k + kx) * cin + ci) * cout + co];
                                    }
                                cur[b][(oy * wo + ox) * cout + co] = sum;
                            }
                return ns.step(cur);
            }

            public void reset(int batch) {
                ns.reset(batch, ho * wo * cout);
            }
        });
        return ns;
    }

    void avgPool(int c, int h, int w, int k, int stride) {
        int ho = (h - k) / stride + 1;
        int wo = (w - k) / stride + 1;
        stages.add(new Stage() {
            public double[][] step(double[][] x) {
                double[][] out = new double[x.length][ho * wo * c];
                for (int b = 0; b < x.length; b++)
                    for (int oy = 0; oy < ho; oy++)
                        for (int ox = 0; ox < wo; ox++)
                            for (int ch = 0; ch < c; ch++) {
                                double s = 0;
                                for (int dy = 0; dy < k; dy++)
                                    for (int dx = 0; dx < k; dx++) s += x[b][((oy * stride + dy) * w + ox * stride + dx) * c + ch];
                                out[b][(oy * wo + ox) * c + ch] = s / (k * k);
                            }
                return out;
            }

            public void reset(int batch) {
            }
        });
    }

    /** Runs T steps of the same input, returns the last stage's neurons' spike counts or membrane sums per sample. */
    double[][] run(double[][][] inputs, Neurons out, boolean membraneSum) {
        int batch = inputs[0].length;
        for (Stage s : stages) s.reset(batch);
        for (double[][] x : inputs) {
            double[][] a = x;
            for (Stage s : stages) a = s.step(a);
        }
        int n = out.memHistory.get(0)[0].length;
        double[][] r = new double[batch][n];
        for (int t = 0; t < inputs.length; t++) {
            double[][] src = membraneSum ? out.memHistory.get(t) : out.spikeHistory.get(t);
            for (int b = 0; b < batch; b++) for (int i = 0; i < n; i++) r[b][i] += src[b][i];
        }
        return r;
    }

    static double crossEntropy(double[][] r, int[] labels) {
        double total = 0;
        for (int b = 0; b < r.length; b++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : r[b]) max = Math.max(max, v);
            double sum = 0;
            for (double v : r[b]) sum += Math.exp(v - max);
            total += Math.log(sum) + max - r[b][labels[b]];
        }
        return total / r.length;
    }
}
