package io.spikeworks.sim;

import io.spikeworks.sim.encode.PoissonEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event-driven route (spike lists, skipped zeros, SIMD, sliced batches) against the dense reference
 * route on random spike inputs of several densities, shapes and batch sizes, through forward and BPTT.
 */
class EventRouteTest {
    static final SpikeFunction F = SpikeFunction.of(Surrogate.FAST_SIGMOID, 10);

    static Network dense(int in, int hidden, int out) {
        DenseLayer h = new DenseLayer("h", new int[]{in}, hidden, true, NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0), F);
        DenseLayer o = new DenseLayer("o", new int[]{hidden}, out, true, NeuronModel.lif(0.8, 0.5, ResetMode.ZERO, 0), F);
        return new Network(new int[]{in}, List.of(h, o), new Readout(Readout.Kind.SPIKE_COUNT));
    }

    static Network conv(int side) {
        Conv2dLayer c = new Conv2dLayer("c", new int[]{2, side, side}, 4, 3, 1, 1, true,
                NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0), F);
        PoolLayer p = new PoolLayer("p", PoolLayer.Kind.MAX, c.outputShape(), 2, 2);
        DenseLayer o = new DenseLayer("o", p.outputShape(), 3, true, NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0), F);
        return new Network(new int[]{2, side, side}, List.of(c, p, o), new Readout(Readout.Kind.MEMBRANE_SUM));
    }

    static void randomise(Network net, long seed) {
        FastRandom r = new FastRandom(seed);
        for (Param p : net.params()) for (int i = 0; i < p.size(); i++) p.value[i] = (float) (r.nextGaussian() * 0.4);
    }

    static void compare(Network events, Network reference, int batch, int steps, double density, long seed) {
        int in = events.inputSize();
        FastRandom r = new FastRandom(seed);
        float[] x = new float[steps * batch * in];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < density ? 1f : 0f;
        compare(events, reference, batch, steps, x, null, r);
    }

    static EngineCounters compare(Network events, Network reference, int batch, int steps, float[] x, SpikeEvents listed,
                                  FastRandom r) {
        reference.setDenseReference(true);
        int k = events.outputSize();
        float[] ra = new float[batch * k];
        float[] rb = new float[batch * k];
        EngineCounters ca = new EngineCounters();
        EngineCounters cb = new EngineCounters();
        events.forward(x, true, listed, batch, steps, ra, ca);
        reference.forward(x, true, batch, steps, rb, cb);
        assertArrayEquals(rb, ra, 1e-3f, "readout");
        float[] g = new float[batch * k];
        for (int i = 0; i < g.length; i++) g[i] = (float) r.nextGaussian();
        events.zeroGrad();
        reference.zeroGrad();
        events.backward(g, ca);
        reference.backward(g, cb);
        List<Param> pa = events.params();
        List<Param> pb = reference.params();
        for (int i = 0; i < pa.size(); i++) {
            float scale = 1e-4f;
            for (float v : pb.get(i).grad) scale = Math.max(scale, Math.abs(v));
            assertArrayEquals(pb.get(i).grad, pa.get(i).grad, 2e-4f * scale, pa.get(i).name() + " gradient");
        }
        assertEquals(cb.neuronUpdates, ca.neuronUpdates);
        return ca;
    }

    /**
     * Rate-coded bright inputs listed by the encoder: most of a sample's inputs spike at most steps, so the first
     * layer sums those steps as the sample's total minus its silent inputs. Same result as the dense route.
     */
    @ParameterizedTest(name = "784-64-10, batch {0}, gain {1}")
    @CsvSource({"1, 0.9", "5, 0.7", "17, 1.0", "3, 0.3"})
    void complementRouteAgreesWithDenseRoute(int batch, double gain) {
        int steps = 25;
        int in = 784;
        FastRandom r = new FastRandom(batch);
        float[] pixels = new float[batch * in];
        for (int i = 0; i < pixels.length; i++) pixels[i] = r.nextDouble() < 0.2 ? (float) (0.5 + 0.5 * r.nextDouble()) : 0f;
        float[] x = new float[steps * batch * in];
        SpikeEvents listed = new SpikeEvents();
        new PoissonEncoder(gain).encode(pixels, 0, batch, in, steps, 3, 0, x, listed);
        Network a = dense(in, 64, 10);
        Network b = dense(in, 64, 10);
        randomise(a, 9);
        randomise(b, 9);
        EngineCounters c = compare(a, b, batch, steps, x, listed, r);
        if (gain >= 0.7) assertTrue(c.complementOpsSaved > 0, "complement route used");
        assertTrue(c.complementOpsSaved < c.synapticOps);
    }

    @ParameterizedTest(name = "dense {0}-{1}-{2}, batch {3}, density {4}")
    @CsvSource({
            "784, 256, 10, 1, 0.13",
            "784, 256, 10, 17, 0.0",
            "100, 33, 7, 3, 1.0",
            "400, 400, 10, 5, 0.5",
            "31, 17, 5, 2, 0.02",
    })
    void denseLayersAgree(int in, int hidden, int out, int batch, double density) {
        Network a = dense(in, hidden, out);
        Network b = dense(in, hidden, out);
        randomise(a, 1);
        randomise(b, 1);
        compare(a, b, batch, 6, density, 42);
    }

    @ParameterizedTest(name = "conv {0}×{0}, batch {1}, density {2}")
    @CsvSource({"8, 1, 0.2", "9, 3, 0.05", "6, 2, 1.0"})
    void convolutionsAgree(int side, int batch, double density) {
        compareTwins(() -> conv(side), 2, batch, 5, density, 7);
    }

    /** Two networks made alike with the same random weights: the event-driven one against the dense reference. */
    static void compareTwins(java.util.function.Supplier<Network> make, long weightSeed, int batch, int steps,
                             double density, long inputSeed) {
        Network a = make.get();
        Network b = make.get();
        randomise(a, weightSeed);
        randomise(b, weightSeed);
        compare(a, b, batch, steps, density, inputSeed);
    }

    /**
     * Configuration D in small: conv → max pool → conv → max pool → dense, with 12 and 32 channels, so each pool
     * takes its conv's spikes sample-step by sample-step (whole vectors with spare lanes, and two vectors) and
     * sends its error back from the winners. Same readout and gradients as the dense reference route.
     */
    @ParameterizedTest(name = "batch {0}, density {1}")
    @CsvSource({"1, 0.3", "3, 0.05", "2, 1.0"})
    void convPoolStacksAgree(int batch, double density) {
        compareTwins(EventRouteTest::convPoolStack, 4, batch, 6, density, 11);
    }

    /**
     * Without the spike history (plain BPTT reads none of a pooled conv's spikes after the pool took them), the
     * readout and every gradient are the same to the bit, and the conv layers hold less.
     */
    @ParameterizedTest(name = "batch {0}, density {1}")
    @CsvSource({"1, 0.3", "3, 0.05", "2, 1.0"})
    void droppingThePooledSpikeHistoryChangesNothing(int batch, double density) {
        Network kept = convPoolStack();
        Network dropped = convPoolStack();
        randomise(kept, 5);
        randomise(dropped, 5);
        dropped.setSpikeHistoryKept(false);
        int steps = 6;
        FastRandom r = new FastRandom(13);
        float[] x = new float[steps * batch * kept.inputSize()];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < density ? 1f : 0f;
        int k = kept.outputSize();
        float[] ra = new float[batch * k];
        float[] rb = new float[batch * k];
        kept.forward(x, true, batch, steps, ra, new EngineCounters());
        dropped.forward(x, true, batch, steps, rb, new EngineCounters());
        assertArrayEquals(ra, rb, "readout");
        for (int li : new int[]{0, 2})
            assertTrue(dropped.layers().get(li).bytesHeld() < kept.layers().get(li).bytesHeld(), "layer " + li + " holds less");
        float[] g = new float[batch * k];
        for (int i = 0; i < g.length; i++) g[i] = (float) r.nextGaussian();
        kept.zeroGrad();
        dropped.zeroGrad();
        kept.backward(g, new EngineCounters());
        dropped.backward(g, new EngineCounters());
        for (int i = 0; i < kept.params().size(); i++)
            assertArrayEquals(kept.params().get(i).grad, dropped.params().get(i).grad, kept.params().get(i).name() + " gradient");
        dropped.setSpikeHistoryKept(true); // readers after the pass get the whole history back
        dropped.forward(x, true, batch, steps, rb, new EngineCounters());
        assertArrayEquals(kept.layers().get(0).output(), dropped.layers().get(0).output(), "spike history");
    }

    /**
     * Each sample-step takes the route its input calls for: sparse spike lists the event route, denser spikes the
     * pattern lookup, real values the dense route; the counters say which, and the result matches the dense
     * reference route either way (the steps of one pass may mix routes).
     */
    @Test
    void eachStepGoesTheRouteItsInputCallsFor() {
        java.util.function.Supplier<Network> make = () -> new Network(new int[]{1, 12, 12}, List.of(
                new Conv2dLayer("c", new int[]{1, 12, 12}, 12, 5, 1, 0, true, NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0), F)),
                new Readout(Readout.Kind.MEMBRANE_SUM));
        Network net = make.get();
        Network reference = make.get();
        randomise(net, 3);
        randomise(reference, 3);
        int batch = 3, steps = 4, in = net.inputSize();
        FastRandom r = new FastRandom(21);
        float[] x = new float[steps * batch * in];
        // below and above the event route's limit
        SpikeEvents listed = randomSpikes(r, x, steps, batch, in, t -> t < 2 ? 0.02 : 0.5);
        Conv2dLayer conv = (Conv2dLayer) net.layers().get(0);
        compare(net, reference, batch, steps, x, listed, r);
        long[] routes = conv.routeSteps();
        assertEquals(2 * batch, routes[Conv2dLayer.Route.EVENTS.ordinal()], "sparse steps by events");
        assertEquals(2 * batch, routes[Conv2dLayer.Route.PATTERNS.ordinal()], "dense steps by pattern lookup");
        assertEquals(0, routes[Conv2dLayer.Route.DENSE.ordinal()]);

        net.forward(x, false, batch, steps, new float[batch * net.outputSize()], new EngineCounters());
        assertEquals(steps * batch, conv.routeSteps()[Conv2dLayer.Route.DENSE.ordinal()], "real values go dense");
    }

    /**
     * Every conv route sums a window's weights in one order (row by row, as the pattern tables do), and the dense
     * reference route adds each term in the event-driven route's order, so training goes the same to the bit
     * whichever routes its steps take: a few SGD steps of conv → pool → conv → pool → dense (configuration D in
     * small) with each conv route forced, with routes chosen per step, and on the dense reference route all end
     * with the same weights.
     */
    @Test
    void everyRouteTrainsToTheSameWeightsToTheBit() {
        int batch = 3, steps = 5;
        java.util.function.Supplier<Network> make = () -> convPoolStack(2, 12, 5, 2, 0, 10, Readout.Kind.SPIKE_COUNT);
        Network auto = make.get();
        float[][] want = trainFewSteps(auto, null, false, batch, steps);
        long[] routes = new long[3];
        for (int li : new int[]{0, 2}) {
            long[] n = ((Conv2dLayer) auto.layers().get(li)).routeSteps();
            for (int i = 0; i < 3; i++) routes[i] += n[i];
        }
        assertTrue(routes[Conv2dLayer.Route.EVENTS.ordinal()] > 0 && routes[Conv2dLayer.Route.PATTERNS.ordinal()] > 0,
                "the automatic choice took both spike routes: " + java.util.Arrays.toString(routes));
        for (Conv2dLayer.Route route : Conv2dLayer.Route.values()) {
            Network forced = make.get();
            float[][] got = trainFewSteps(forced, route, false, batch, steps);
            for (int li : new int[]{0, 2}) {
                long[] n = ((Conv2dLayer) forced.layers().get(li)).routeSteps();
                assertEquals(java.util.Arrays.stream(n).sum(), n[route.ordinal()], "layer " + li + " went " + route);
            }
            for (int i = 0; i < want.length; i++) assertArrayEquals(want[i], got[i], route + ": " + i);
        }
        float[][] reference = trainFewSteps(make.get(), null, true, batch, steps);
        for (int i = 0; i < want.length; i++) assertArrayEquals(want[i], reference[i], "dense reference: " + i);
    }

    /** A few SGD steps on listed random spikes, sparse and dense steps mixed; the params and readouts after each. */
    private static float[][] trainFewSteps(Network net, Conv2dLayer.Route route, boolean denseReference, int batch,
                                           int steps) {
        randomise(net, 17);
        net.setDenseReference(denseReference);
        for (Layer l : net.layers()) if (l instanceof Conv2dLayer c) c.routeOverride = route;
        FastRandom r = new FastRandom(23);
        int in = net.inputSize(), k = net.outputSize();
        List<float[]> seen = new java.util.ArrayList<>();
        for (int iteration = 0; iteration < 3; iteration++) {
            float[] x = new float[steps * batch * in];
            SpikeEvents listed = randomSpikes(r, x, steps, batch, in, t -> t % 2 == 0 ? 0.03 : 0.4);
            float[] readout = new float[batch * k];
            EngineCounters c = new EngineCounters();
            net.forward(x, true, denseReference ? null : listed, batch, steps, readout, c);
            seen.add(readout);
            float[] g = new float[batch * k];
            for (int i = 0; i < g.length; i++) g[i] = readout[i] - (i % 7 == 0 ? 3f : 0f);
            net.zeroGrad();
            net.backward(g, c);
            for (Param p : net.params())
                for (int i = 0; i < p.size(); i++) p.value[i] -= 0.01f * p.grad[i];
        }
        for (Param p : net.params()) seen.add(p.value.clone());
        return seen.toArray(new float[0][]);
    }

    /** Fills x ([t][b][in]) with random 0/1 spikes at each step's density and returns them listed. */
    static SpikeEvents randomSpikes(FastRandom r, float[] x, int steps, int batch, int in,
                                    java.util.function.IntToDoubleFunction densityOfStep) {
        SpikeEvents listed = new SpikeEvents();
        listed.reset(steps, batch);
        for (int t = 0; t < steps; t++) {
            for (int b = 0; b < batch; b++) {
                listed.open(t, b);
                listed.ensure(in);
                for (int i = 0; i < in; i++) {
                    int at = (t * batch + b) * in + i;
                    x[at] = r.nextDouble() < densityOfStep.applyAsDouble(t) ? 1f : 0f;
                    listed.addIf(i, x[at] != 0f);
                }
                listed.close();
            }
        }
        return listed;
    }

    static Network convPoolStack() {
        return convPoolStack(1, 14, 3, 0, 1, 5, Readout.Kind.MEMBRANE_SUM);
    }

    /**
     * conv (12 channels, kernel k1, padding pad1) → max pool → conv (32 channels, kernel 3, padding pad2) → max pool →
     * dense (classes), on cin × side × side input.
     */
    static Network convPoolStack(int cin, int side, int k1, int pad1, int pad2, int classes, Readout.Kind readout) {
        NeuronModel lif = NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0);
        Conv2dLayer c1 = new Conv2dLayer("c1", new int[]{cin, side, side}, 12, k1, 1, pad1, true, lif, F);
        PoolLayer p1 = new PoolLayer("p1", PoolLayer.Kind.MAX, c1.outputShape(), 2, 2);
        Conv2dLayer c2 = new Conv2dLayer("c2", p1.outputShape(), 32, 3, 1, pad2, true, lif, F);
        PoolLayer p2 = new PoolLayer("p2", PoolLayer.Kind.MAX, c2.outputShape(), 2, 2);
        DenseLayer o = new DenseLayer("o", p2.outputShape(), classes, true, lif, F);
        return new Network(new int[]{cin, side, side}, List.of(c1, p1, c2, p2, o), new Readout(readout));
    }
}
