package io.spikeworks.sim;

import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.kernel.SpikeEvents;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * How close the convolution kernels come to the machine: for the two convolutions of bench configuration D, the
 * CPU time per sample-step of each route (forward, weight gradient, error sent back) on one thread, the multiply-adds
 * they stand for (dense-equivalent: the event and pattern routes skip most of them) and the rate reached, next to the rate of a loop that does nothing but independent vector
 * multiply-adds (this core's practical peak).
 */
public final class ConvKernelBenchmark {
    /** One kernel's figures: µs per sample-step and the dense multiply-adds per second it stands for. */
    public record Row(String layer, String kernel, double density, double microsPerSampleStep, long macsPerSampleStep,
                      double gigaMacsPerSecond) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ConvKernelBenchmark() {}

    /** Vector multiply-adds per second of eight independent chains in registers, in GMAC/s (lanes counted). */
    public static double peakGigaMacs() {
        float[] w = new float[64];
        java.util.Arrays.fill(w, 0.999f);
        Kernels k = Kernels.get();
        double best = 0;
        for (int rep = 0; rep < 6; rep++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            long n = 0;
            float sink = 0;
            for (int i = 0; i < 200; i++) {
                sink += k.fmaChains(w, 100_000);
                n += 100_000L * 8 * k.lanes();
            }
            long ns = THREADS.getCurrentThreadCpuTime() - t0;
            if (sink == 42f) System.out.print(""); // keeps the loop's result alive
            best = Math.max(best, n / (double) ns);
        }
        return best;
    }

    /** Conv1 (1×28×28 → 12×24×24) and conv2 (12×12×12 → 32×8×8) of configuration D, batch 64, at the given density. */
    public static List<Row> run(double density) {
        List<Row> rows = new ArrayList<>();
        rows.addAll(layer("conv1", new int[]{1, 28, 28}, 12, density));
        rows.addAll(layer("conv2", new int[]{12, 12, 12}, 32, density));
        return rows;
    }

    private static List<Row> layer(String name, int[] in, int cout, double density) {
        SpikeFunction f = SpikeFunction.of(Surrogate.FAST_SIGMOID, 25);
        Conv2dLayer l = new Conv2dLayer(name, in, cout, 5, 1, 0, true, NeuronModel.lif(0.9, 1, ResetMode.SUBTRACT, 0), f);
        FastRandom r = new FastRandom(1);
        for (int i = 0; i < l.weights().value.length; i++) l.weights().value[i] = (float) r.nextGaussian() * 0.1f;
        int batch = 64;
        l.prepare(batch, 1);
        int n = l.inputSize(), o = l.outputSize();
        float[] x = new float[batch * n];
        for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < density ? 1 : 0;
        SpikeEvents ev = new SpikeEvents();
        ev.reset(1, batch);
        for (int b = 0; b < batch; b++) {
            ev.open(0, b);
            ev.ensure(n);
            for (int i = 0; i < n; i++) ev.addIf(i, x[b * n + i] != 0);
            ev.close();
        }
        float[] current = new float[batch * o + 2 * Kernels.get().lanes()];
        float[] g = new float[batch * o + 2 * Kernels.get().lanes()];
        for (int i = 0; i < g.length; i++) g[i] = (float) r.nextGaussian();
        float[] gradIn = new float[batch * n];
        long macs = (long) o * 25 * in[0];
        List<Row> rows = new ArrayList<>();
        for (Conv2dLayer.Route way : Conv2dLayer.Route.values()) {
            l.routeOverride = way;
            String route = way.name().toLowerCase(java.util.Locale.ROOT) + " route";
            rows.add(time(name, route + " forward", density, macs, batch,
                    () -> l.integrate(0, x, 0, true, ev, current, new EngineCounters())));
            rows.add(time(name, route + " weight gradient", density, macs, batch,
                    () -> l.accumulateWeightGrad(0, x, 0, true, ev, g, new EngineCounters())));
        }
        l.routeOverride = null;
        // the same input handed over as real values: summed straight through, not window row by window row
        rows.add(time(name, "dense route forward, real input", density, macs, batch,
                () -> l.integrate(0, x, 0, false, null, current, new EngineCounters())));
        if (in[0] > 1) // D's first layer never sends an error back
            rows.add(time(name, "error sent back", density, macs, batch,
                    () -> l.propagate(g, l.weights().value, gradIn, new EngineCounters())));
        return rows;
    }

    private static Row time(String layer, String kernel, double density, long macs, int batch, Runnable work) {
        for (int i = 0; i < 100; i++) work.run(); // the JIT compiles the kernels
        double best = Double.MAX_VALUE;
        for (int rep = 0; rep < 5; rep++) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < 40; i++) work.run();
            best = Math.min(best, (THREADS.getCurrentThreadCpuTime() - t0) / 1e3 / (40.0 * batch));
        }
        return new Row(layer, kernel, density, best, macs, macs / best / 1e3);
    }
}
