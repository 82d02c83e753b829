package io.spikeworks.sim;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every convolution and pooling route (spike lists, scanned spikes, real-valued input; forward, weight gradient,
 * error sent back) against plain loops written from the definitions, on random inputs of several densities,
 * kernel sizes, strides, paddings, channel counts and batch sizes (1 and odd ones included).
 */
class ConvolutionKernelsTest {
    static final SpikeFunction F = SpikeFunction.of(Surrogate.FAST_SIGMOID, 10);

    /** cin, side, cout, kernel, stride, pad, batch, density */
    static Stream<Arguments> shapes() {
        List<Arguments> out = new ArrayList<>();
        double[] densities = {0, 0.01, 0.1, 0.5, 1};
        int[][] geometry = {
                {1, 9, 12, 5, 1, 0}, {12, 8, 32, 5, 1, 0}, {2, 7, 5, 3, 1, 1}, {3, 9, 16, 3, 2, 1},
                {4, 6, 33, 1, 1, 0}, {2, 10, 17, 4, 3, 2}, {16, 6, 8, 3, 1, 2}, {5, 5, 1, 5, 1, 0}, {1, 28, 12, 5, 1, 0},
                {2, 21, 7, 3, 1, 1}};
        int[] batches = {1, 3, 4};
        int i = 0;
        for (int[] g : geometry) {
            for (double d : densities) {
                int b = batches[i++ % batches.length];
                out.add(Arguments.of(g[0], g[1], g[2], g[3], g[4], g[5], b, d));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "cin={0} side={1} cout={2} k={3} s={4} p={5} batch={6} density={7}")
    @MethodSource("shapes")
    void convolutionRoutesMatchTheDefinition(int cin, int side, int cout, int k, int stride, int pad, int batch,
                                             double density) {
        Conv2dLayer layer = new Conv2dLayer("c", new int[]{cin, side, side}, cout, k, stride, pad, false,
                NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), F);
        FastRandom r = new FastRandom(cin * 1000L + side * 100L + cout * 10L + k + (long) (density * 1e4));
        float[] w = layer.weights().value;
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        layer.prepare(batch, 1);
        int in = layer.inputSize();
        int outSize = layer.outputSize();
        int[] os = layer.outputShape();

        float[] spikes = new float[batch * in];
        for (int i = 0; i < spikes.length; i++) spikes[i] = r.nextDouble() < density ? 1f : 0f;
        float[] real = new float[batch * in];
        for (int i = 0; i < real.length; i++) real[i] = r.nextDouble() < density ? (float) r.nextGaussian() : 0f;
        SpikeEvents listed = list(spikes, batch, in);
        float[] g = new float[batch * outSize + Kernels.get().lanes()];
        for (int i = 0; i < batch * outSize; i++) g[i] = (float) r.nextGaussian();

        float[] wantSpikes = reference(spikes, w, batch, cin, side, cout, k, stride, pad, os[1]);
        float[] wantReal = reference(real, w, batch, cin, side, cout, k, stride, pad, os[1]);
        for (Conv2dLayer.Route route : new Conv2dLayer.Route[]{Conv2dLayer.Route.EVENTS, Conv2dLayer.Route.PATTERNS,
                Conv2dLayer.Route.DENSE, null}) {
            layer.routeOverride = route;
            assertClose(wantSpikes, forward(layer, spikes, true, listed, batch, outSize), "forward, listed spikes, route " + route);
            assertClose(referenceWeightGrad(spikes, g, batch, cin, side, cout, k, stride, pad, os[1]),
                    weightGrad(layer, spikes, true, listed, g), "weight gradient, listed spikes, route " + route);
        }
        for (Conv2dLayer.Route route : new Conv2dLayer.Route[]{Conv2dLayer.Route.PATTERNS, Conv2dLayer.Route.DENSE}) {
            layer.routeOverride = route;
            assertClose(wantSpikes, forward(layer, spikes, true, null, batch, outSize), "forward, scanned spikes, route " + route);
        }
        layer.routeOverride = null;
        assertClose(wantSpikes, forward(layer, spikes, true, null, batch, outSize), "forward, scanned spikes");
        assertClose(wantReal, forward(layer, real, false, null, batch, outSize), "forward, real input");

        float[] wantGradW = referenceWeightGrad(spikes, g, batch, cin, side, cout, k, stride, pad, os[1]);
        assertClose(wantGradW, weightGrad(layer, spikes, true, null, g), "weight gradient, scanned spikes");
        assertClose(referenceWeightGrad(real, g, batch, cin, side, cout, k, stride, pad, os[1]),
                weightGrad(layer, real, false, null, g), "weight gradient, real input");

        float[] gradIn = new float[batch * in];
        java.util.Arrays.fill(gradIn, 7f); // whatever was there before must be overwritten
        layer.propagate(g, w, gradIn, new EngineCounters());
        assertClose(referenceInputGrad(g, w, batch, cin, side, cout, k, stride, pad, os[1]), gradIn, "error sent back");
    }

    /**
     * Gathering errors spike by spike adds, for each weight, the same errors in the same order (ascending output
     * position) as the dense route's multiply-adds by 1 and 0 do, so the weight gradients are equal to the bit.
     */
    @ParameterizedTest(name = "cin={0} side={1} cout={2} k={3} s={4} p={5} batch={6} density={7}")
    @MethodSource("shapes")
    void gatheredWeightGradientIsTheDenseRoutesToTheBit(int cin, int side, int cout, int k, int stride, int pad, int batch,
                                                       double density) {
        if (stride != 1) return; // the gather needs stride 1; other strides take the dense route anyway
        Conv2dLayer layer = new Conv2dLayer("c", new int[]{cin, side, side}, cout, k, stride, pad, false,
                NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), F);
        FastRandom r = new FastRandom(7 + cin * 31L + side + (long) (density * 1e4));
        layer.prepare(batch, 1);
        int in = layer.inputSize();
        float[] spikes = new float[batch * in];
        for (int i = 0; i < spikes.length; i++) spikes[i] = r.nextDouble() < density ? 1f : 0f;
        float[] g = new float[batch * layer.outputSize() + Kernels.get().lanes()];
        for (int i = 0; i < batch * layer.outputSize(); i++) g[i] = (float) r.nextGaussian();
        layer.routeOverride = Conv2dLayer.Route.DENSE;
        float[] dense = weightGrad(layer, spikes, true, null, g);
        layer.routeOverride = Conv2dLayer.Route.PATTERNS;
        org.junit.jupiter.api.Assertions.assertArrayEquals(dense, weightGrad(layer, spikes, true, null, g), "scanned spikes");
        org.junit.jupiter.api.Assertions.assertArrayEquals(dense, weightGrad(layer, spikes, true, list(spikes, batch, in), g),
                "listed spikes");
    }

    /**
     * On 0/1 input every forward route adds a window's weights in the same order (row by row, as the pattern tables
     * do) onto what the current held (the bias), and the event route's weight gradient gathers like the dense one:
     * all give the same floats to the bit, also on the dense reference route, which hands the spikes over as real values.
     */
    @ParameterizedTest(name = "cin={0} side={1} cout={2} k={3} s={4} p={5} batch={6} density={7}")
    @MethodSource("shapes")
    void spikeRoutesAgreeToTheBit(int cin, int side, int cout, int k, int stride, int pad, int batch, double density) {
        int lanes = Kernels.get().lanes();
        if (!SpikePatternLookup.fits(cin, side, k, pad, (cout + lanes - 1) / lanes * lanes)) return;
        Conv2dLayer layer = new Conv2dLayer("c", new int[]{cin, side, side}, cout, k, stride, pad, false,
                NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), F);
        FastRandom r = new FastRandom(3 + cin * 17L + side * 5L + cout + (long) (density * 1e4));
        float[] w = layer.weights().value;
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        layer.prepare(batch, 1);
        int in = layer.inputSize();
        int outSize = layer.outputSize();
        float[] spikes = new float[batch * in];
        for (int i = 0; i < spikes.length; i++) spikes[i] = r.nextDouble() < density ? 1f : 0f;
        SpikeEvents listed = list(spikes, batch, in);
        float[] bias = new float[batch * outSize + lanes];
        for (int i = 0; i < batch * outSize; i++) bias[i] = (float) r.nextGaussian();
        float[] g = new float[batch * outSize + lanes];
        for (int i = 0; i < batch * outSize; i++) g[i] = (float) r.nextGaussian();

        layer.routeOverride = Conv2dLayer.Route.DENSE;
        float[] want = forward(layer, spikes, true, null, bias, batch, outSize);
        float[] wantGrad = weightGrad(layer, spikes, true, null, g);
        layer.setDenseReference(true);
        org.junit.jupiter.api.Assertions.assertArrayEquals(want, forward(layer, spikes, false, null, bias, batch, outSize),
                "dense reference route, the spikes handed over as real values");
        layer.setDenseReference(false);
        for (Conv2dLayer.Route route : new Conv2dLayer.Route[]{Conv2dLayer.Route.EVENTS, Conv2dLayer.Route.PATTERNS, null}) {
            layer.routeOverride = route;
            org.junit.jupiter.api.Assertions.assertArrayEquals(want, forward(layer, spikes, true, listed, bias, batch, outSize),
                    "forward, listed spikes, route " + route);
            if (stride == 1)
                org.junit.jupiter.api.Assertions.assertArrayEquals(wantGrad, weightGrad(layer, spikes, true, listed, g),
                        "weight gradient, listed spikes, route " + route);
        }
    }

    /**
     * On the event route the weight gradient is credited with the synapses the forward pass reached, for shapes with
     * pattern tables (looked up) and without (k = 9: each spike's slices added), both gathering at stride 1.
     */
    @ParameterizedTest(name = "k={0} side={1}")
    @CsvSource({"3,8", "9,12"})
    void eventRouteBackwardCountsWhatItsForwardReached(int k, int side) {
        Conv2dLayer layer = new Conv2dLayer("c", new int[]{2, side, side}, 3, k, 1, k / 2, false,
                NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), F);
        layer.routeOverride = Conv2dLayer.Route.EVENTS;
        int batch = 2;
        layer.prepare(batch, 1);
        int in = layer.inputSize();
        FastRandom r = new FastRandom(k * 17L + side);
        float[] spikes = new float[batch * in];
        for (int i = 0; i < spikes.length; i++) spikes[i] = r.nextDouble() < 0.05 ? 1f : 0f;
        SpikeEvents listed = list(spikes, batch, in);
        EngineCounters forward = new EngineCounters();
        layer.integrate(0, spikes, 0, true, listed, new float[batch * layer.outputSize() + Kernels.get().lanes()], forward);
        float[] g = new float[batch * layer.outputSize() + Kernels.get().lanes()];
        java.util.Arrays.fill(g, 0, batch * layer.outputSize(), 1f);
        EngineCounters backward = new EngineCounters();
        layer.accumulateWeightGrad(0, spikes, 0, true, listed, g, backward);
        assertTrue(forward.synapticOps > 0, "the spikes reached synapses");
        assertEquals(forward.synapticOps, backward.backwardMacs, "backward credited with the forward's synapses");
    }

    private static float[] forward(Conv2dLayer layer, float[] x, boolean binary, SpikeEvents ev, float[] initial,
                                   int batch, int outSize) {
        float[] current = initial.clone();
        layer.integrate(0, x, 0, binary, ev, current, new EngineCounters());
        return java.util.Arrays.copyOf(current, batch * outSize);
    }

    private static float[] forward(Conv2dLayer layer, float[] x, boolean binary, SpikeEvents ev, int batch, int outSize) {
        float[] current = new float[batch * outSize + Kernels.get().lanes()];
        layer.integrate(0, x, 0, binary, ev, current, new EngineCounters());
        return java.util.Arrays.copyOf(current, batch * outSize);
    }

    private static float[] weightGrad(Conv2dLayer layer, float[] x, boolean binary, SpikeEvents ev, float[] g) {
        layer.weights().zeroGrad();
        layer.accumulateWeightGrad(0, x, 0, binary, ev, g, new EngineCounters());
        return layer.weights().grad.clone();
    }

    static SpikeEvents list(float[] x, int batch, int in) {
        SpikeEvents ev = new SpikeEvents();
        ev.reset(1, batch);
        for (int b = 0; b < batch; b++) {
            ev.open(0, b);
            ev.ensure(in);
            for (int i = 0; i < in; i++) ev.addIf(i, x[b * in + i] != 0f);
            ev.close();
        }
        return ev;
    }

    /** x is [b][y][x][ci], w [ky][kx][ci][co]; the result [b][oy][ox][co]. */
    static float[] reference(float[] x, float[] w, int batch, int cin, int side, int cout, int k, int s, int p, int o) {
        float[] out = new float[batch * o * o * cout];
        for (int b = 0; b < batch; b++)
            for (int oy = 0; oy < o; oy++)
                for (int ox = 0; ox < o; ox++)
                    for (int co = 0; co < cout; co++) {
                        double sum = 0;
                        for (int ky = 0; ky < k; ky++)
                            for (int kx = 0; kx < k; kx++) {
                                int y = oy * s + ky - p, xx = ox * s + kx - p;
                                if (y < 0 || y >= side || xx < 0 || xx >= side) continue;
                                for (int ci = 0; ci < cin; ci++)
                                    sum += x[((b * side + y) * side + xx) * cin + ci] * w[((ky * k + kx) * cin + ci) * cout + co];
                            }
                        out[((b * o + oy) * o + ox) * cout + co] = (float) sum;
                    }
        return out;
    }

    static float[] referenceWeightGrad(float[] x, float[] g, int batch, int cin, int side, int cout, int k, int s, int p,
                                       int o) {
        float[] dw = new float[k * k * cin * cout];
        for (int ky = 0; ky < k; ky++)
            for (int kx = 0; kx < k; kx++)
                for (int ci = 0; ci < cin; ci++)
                    for (int co = 0; co < cout; co++) {
                        double sum = 0;
                        for (int b = 0; b < batch; b++)
                            for (int oy = 0; oy < o; oy++)
                                for (int ox = 0; ox < o; ox++) {
                                    int y = oy * s + ky - p, xx = ox * s + kx - p;
                                    if (y < 0 || y >= side || xx < 0 || xx >= side) continue;
                                    sum += x[((b * side + y) * side + xx) * cin + ci] * g[((b * o + oy) * o + ox) * cout + co];
                                }
                        dw[((ky * k + kx) * cin + ci) * cout + co] = (float) sum;
                    }
        return dw;
    }

    static float[] referenceInputGrad(float[] g, float[] w, int batch, int cin, int side, int cout, int k, int s, int p,
                                      int o) {
        float[] dx = new float[batch * side * side * cin];
        for (int b = 0; b < batch; b++)
            for (int y = 0; y < side; y++)
                for (int xx = 0; xx < side; xx++)
                    for (int ci = 0; ci < cin; ci++) {
                        double sum = 0;
                        for (int ky = 0; ky < k; ky++)
                            for (int kx = 0; kx < k; kx++) {
                                int oyNum = y + p - ky, oxNum = xx + p - kx;
                                if (oyNum < 0 || oxNum < 0 || oyNum % s != 0 || oxNum % s != 0) continue;
                                int oy = oyNum / s, ox = oxNum / s;
                                if (oy >= o || ox >= o) continue;
                                for (int co = 0; co < cout; co++)
                                    sum += g[((b * o + oy) * o + ox) * cout + co] * w[((ky * k + kx) * cin + ci) * cout + co];
                            }
                        dx[((b * side + y) * side + xx) * cin + ci] = (float) sum;
                    }
        return dx;
    }

    static void assertClose(float[] want, float[] got, String what) {
        assertEquals(want.length, got.length, what + ": length");
        for (int i = 0; i < want.length; i++) {
            double tol = 1e-4 * Math.max(1, Math.abs(want[i]));
            assertTrue(Math.abs(want[i] - got[i]) <= tol, what + " differs at " + i + ": want " + want[i] + ", got " + got[i]);
        }
    }

    /** channels, side, kernel, stride, batch, density */
    static Stream<Arguments> pools() {
        List<Arguments> out = new ArrayList<>();
        double[] densities = {0, 0.01, 0.1, 0.5, 1};
        int[][] geometry = {{12, 24, 2, 2}, {32, 8, 2, 2}, {3, 7, 3, 2}, {5, 9, 3, 3}, {1, 5, 2, 1}};
        int i = 0;
        for (int[] g : geometry) for (double d : densities) out.add(Arguments.of(g[0], g[1], g[2], g[3], 1 + 2 * (i++ % 3), d));
        return out.stream();
    }

    @ParameterizedTest(name = "c={0} side={1} k={2} s={3} batch={4} density={5}")
    @MethodSource("pools")
    void poolingMatchesTheDefinition(int c, int side, int k, int stride, int batch, double density) {
        FastRandom r = new FastRandom(c * 100L + side + (long) (density * 1e4));
        for (int variant = 0; variant < 4; variant++) {
            PoolLayer.Kind kind = variant == 0 ? PoolLayer.Kind.AVG : PoolLayer.Kind.MAX;
            boolean listedInput = variant == 2;
            // variant 3: each sample-step handed over as the layer below makes it (where the pool takes that)
            boolean bySampleStep = variant == 3;
            PoolLayer pool = new PoolLayer("p", kind, new int[]{c, side, side}, k, stride);
            if (bySampleStep && !pool.readsListedSpikesOnly()) continue;
            int steps = 2;
            pool.prepare(batch, steps);
            int in = pool.inputSize();
            int outSize = pool.outputSize();
            int o = pool.outputShape()[1];
            float[] x = new float[steps * batch * in];
            for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < density ? 1f : 0f;
            SpikeEvents listed = new SpikeEvents();
            listed.reset(steps, batch);
            for (int t = 0; t < steps; t++)
                for (int b = 0; b < batch; b++) {
                    listed.open(t, b);
                    listed.ensure(in);
                    for (int i = 0; i < in; i++) listed.addIf(i, x[(t * batch + b) * in + i] != 0f);
                    listed.close();
                }
            if (bySampleStep) {
                for (int b = 0; b < batch; b++)
                    for (int t = 0; t < steps; t++) pool.poolSampleStep(t, b, x, (t * batch + b) * in);
                pool.forwardAllSteps(steps, batch, x, true, null, new EngineCounters());
            } else {
                for (int t = 0; t < steps; t++)
                    pool.forward(t, x, t * batch * in, true, listedInput ? listed : null, new EngineCounters());
            }
            float[] g = new float[batch * outSize];
            for (int i = 0; i < g.length; i++) g[i] = (float) r.nextGaussian();
            for (int t = 0; t < steps; t++) {
                float[] gradIn = new float[batch * in];
                pool.backward(t, x, t * batch * in, g, null, gradIn, new EngineCounters());
                float[] want = new float[batch * outSize];
                float[] wantGrad = new float[batch * in];
                for (int b = 0; b < batch; b++)
                    for (int oy = 0; oy < o; oy++)
                        for (int ox = 0; ox < o; ox++)
                            for (int ch = 0; ch < c; ch++) {
                                float best = Float.NEGATIVE_INFINITY, sum = 0;
                                int arg = -1;
                                for (int dy = 0; dy < k; dy++)
                                    for (int dx = 0; dx < k; dx++) {
                                        int idx = ((oy * stride + dy) * side + ox * stride + dx) * c + ch;
                                        float v = x[t * batch * in + b * in + idx];
                                        sum += v;
                                        if (v > best) {
                                            best = v;
                                            arg = idx;
                                        }
                                    }
                                int oi = (oy * o + ox) * c + ch;
                                float gi = g[b * outSize + oi];
                                if (kind == PoolLayer.Kind.MAX) {
                                    want[b * outSize + oi] = best;
                                    wantGrad[b * in + arg] += gi;
                                } else {
                                    want[b * outSize + oi] = sum / (k * k);
                                    for (int dy = 0; dy < k; dy++)
                                        for (int dx = 0; dx < k; dx++)
                                            wantGrad[b * in + ((oy * stride + dy) * side + ox * stride + dx) * c + ch] += gi / (k * k);
                                }
                            }
                assertClose(want, java.util.Arrays.copyOfRange(pool.output(), t * batch * outSize, (t + 1) * batch * outSize),
                        kind + (listedInput ? " (listed input)" : bySampleStep ? " (by sample-step)" : "") + " forward, step " + t);
                assertClose(wantGrad, gradIn, kind + (listedInput ? " (listed input)" : bySampleStep ? " (by sample-step)" : "") + " backward, step " + t);
                if (kind == PoolLayer.Kind.MAX) {
                    SpikeEvents ev = pool.outputEvents();
                    ev.slotStarts(); // step-major, for any consumer
                    for (int b = 0; b < batch; b++) {
                        int n = 0;
                        for (int i = 0; i < outSize; i++) if (want[b * outSize + i] != 0f) n++;
                        assertEquals(n, ev.to(t, b) - ev.from(t, b), "listed outputs, step " + t + " sample " + b);
                        for (int e = ev.from(t, b); e < ev.to(t, b); e++)
                            assertEquals(1f, want[b * outSize + ev.indices()[e]], "a listed output is active");
                    }
                } else {
                    assertEquals(null, pool.outputEvents(), "average pooling does not list its outputs");
                }
            }
        }
    }

    @ParameterizedTest(name = "reset={0} density={1} batch={2}")
    @CsvSource({"SUBTRACT, 0.05, 3", "SUBTRACT, 0.4, 1", "ZERO, 0.3, 2", "ZERO, 0.02, 4"})
    void sampleBySampleForwardEqualsStepByStep(ResetMode reset, double density, int batch) {
        int steps = 6;
        int[] in = {3, 9, 9};
        Conv2dLayer bySample = new Conv2dLayer("c", in, 20, 3, 1, 1, true, NeuronModel.lif(0.85, 0.6, reset, 0), F);
        Conv2dLayer byStep = new Conv2dLayer("c", in, 20, 3, 1, 1, true, NeuronModel.lif(0.85, 0.6, reset, 0), F);
        FastRandom r = new FastRandom(11);
        for (int i = 0; i < bySample.weights().size(); i++)
            bySample.weights().value[i] = byStep.weights().value[i] = (float) (r.nextGaussian() * 0.5);
        for (int i = 0; i < bySample.bias().size(); i++) bySample.bias().value[i] = byStep.bias().value[i] = 0.1f * i;
        int n = bySample.inputSize();
        float[] x = new float[steps * batch * n];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < density ? 1f : 0f;
        SpikeEvents listed = new SpikeEvents();
        listed.reset(steps, batch);
        for (int t = 0; t < steps; t++)
            for (int b = 0; b < batch; b++) {
                listed.open(t, b);
                listed.ensure(n);
                for (int i = 0; i < n; i++) listed.addIf(i, x[(t * batch + b) * n + i] != 0f);
                listed.close();
            }
        bySample.prepare(batch, steps);
        byStep.prepare(batch, steps);
        bySample.forwardAllSteps(steps, batch, x, true, listed, new EngineCounters());
        for (int t = 0; t < steps; t++) byStep.forward(t, x, t * batch * n, true, listed, new EngineCounters());
        assertTrue(java.util.Arrays.equals(byStep.state().membrane(), bySample.state().membrane()), "membranes");
        assertTrue(java.util.Arrays.equals(byStep.output(), bySample.output()), "spikes");
        int total = 0;
        for (int t = 0; t < steps; t++)
            for (int b = 0; b < batch; b++) {
                SpikeEvents a = byStep.outputEvents(), e = bySample.outputEvents();
                assertEquals(a.to(t, b) - a.from(t, b), e.to(t, b) - e.from(t, b), "spike count at step " + t + ", sample " + b);
                for (int k = 0; k < a.to(t, b) - a.from(t, b); k++)
                    assertEquals(a.indices()[a.from(t, b) + k], e.indices()[e.from(t, b) + k], "listed spike");
                total += a.to(t, b) - a.from(t, b);
            }
        assertTrue(total > 0, "the layer spiked at all");
    }
}
