package io.spikeworks.ui;

import io.spikeworks.learn.ConfusionMatrix;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws throwaway copies of the live views (raster, membranes, output; learning curves, weights, cost meters) some
 * dozens of times on a background thread at start-up, with made-up data that is never shown, so the JIT has compiled
 * their drawing before a run's first frames. Without it those frames ran the raster's pixel loops and the canvas's
 * pixel conversion interpreted, 37–62 ms each, while training took both cores (and a weight heatmap's first drawing
 * 12–28 ms). Unattached canvases may be drawn off the FX thread.
 */
public final class ViewWarmUp {
    /** Frames drawn per view: enough for C2 to compile the per-pixel and per-spike loops. */
    public static final int FRAMES = 200;
    /** Weight heatmaps drawn: the app redraws them a few times a second, not every frame. */
    static final int WEIGHT_FRAMES = 40;

    private ViewWarmUp() {}

    /** Starts drawing on a daemon thread. */
    public static void start() {
        Thread t = new Thread(() -> {
            try {
                run();
            } catch (RuntimeException | LinkageError e) {
                // best effort: a view that cannot draw here draws, slower, when the run starts
            }
        }, "spikeworks-view-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** How often each view drew, for tests. */
    record Redraws(long raster, long curves, long costs, long weights) {}

    /** Draws {@link #FRAMES} frames of each view ({@link #WEIGHT_FRAMES} of the weights). */
    static Redraws run() {
        SpikeRasterView raster = sized(new SpikeRasterView(), 300);
        MembraneTraceView membranes = sized(new MembraneTraceView(), 180);
        OutputView output = sized(new OutputView(), 200);
        LearningCurveView curves = sized(new LearningCurveView(), 300);
        CostMetersView costs = sized(new CostMetersView(), 160);
        WeightView weights = sized(new WeightView(), 300);
        SplittableRandom rnd = new SplittableRandom(1);
        ConfusionMatrix.Counter counts = new ConfusionMatrix.Counter(10);
        for (int f = 1; f <= FRAMES; f++) {
            ActivitySnapshot s = sample(f, rnd);
            counts.add(s.label(), s.predicted());
            raster.show(s);
            membranes.show(s);
            output.show(s);
            output.showConfusion(ConfusionEntry.trainingSamples(1, counts.matrix()));
            curves.show(learning(f, rnd));
            costs.show(new CostData(f, 1_000_000L * f, 300_000L * f, 600_000L * f, 4_000_000L, 128L * f,
                    12_000 + rnd.nextDouble(1000), 0.01 * f, f / (double) FRAMES));
            if (f % (FRAMES / WEIGHT_FRAMES) == 0) weights.show(weights(f, rnd));
        }
        return new Redraws(raster.redrawCount(), curves.redrawCount(), costs.redrawCount(), weights.redrawCount());
    }

    /** A 784-256-10 network's sample over 25 steps: Poisson-like input, sparse hidden and output spikes. */
    static ActivitySnapshot sample(long version, SplittableRandom rnd) {
        int steps = 25;
        RasterData in = raster("input", false, 784, steps, 0.1, rnd);
        RasterData hidden = raster("hidden", true, 256, steps, 0.05, rnd);
        RasterData out = raster("output", true, 10, steps, 0.1, rnd);
        int[] traced = {0, 1, 2, 3};
        float[] m = new float[steps * traced.length];
        for (int i = 0; i < m.length; i++) m[i] = (float) rnd.nextDouble(-0.5, 1.2);
        float[] outputs = new float[10];
        for (int i = 0; i < 10; i++) outputs[i] = rnd.nextInt(8);
        float[] px = new float[28 * 28];
        for (int i = 0; i < px.length; i++) px[i] = (float) rnd.nextDouble();
        int label = rnd.nextInt(10);
        return new ActivitySnapshot(version, version, 1, (int) version, (int) version, label, rnd.nextInt(10),
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), outputs, new SampleImage(28, 28, 1, px),
                List.of(in, hidden, out), List.of(new TraceData("hidden", traced, steps, m, 1.0)));
    }

    /** A card's width, the given height. */
    private static <V extends CanvasView> V sized(V view, double height) {
        view.sizeTo(640, height);
        return view;
    }

    /** Curves after f batches of 128 samples, with an evaluation every 50 batches. */
    static LearningData learning(int f, SplittableRandom rnd) {
        int n = 2 * f;
        double[] x = new double[n], loss = new double[n], acc = new double[n], sps = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 128.0 * (i + 1);
            loss[i] = 2.3 / (1 + 0.05 * i) + rnd.nextDouble(0.05);
            acc[i] = 1 - 0.9 / (1 + 0.05 * i);
            sps[i] = 12_000 + rnd.nextDouble(2000);
        }
        int e = n / 50;
        int[] epoch = new int[e];
        double[] ex = new double[e], el = new double[e], ea = new double[e];
        for (int k = 0; k < e; k++) {
            epoch[k] = k + 1;
            ex[k] = x[50 * (k + 1) - 1];
            el[k] = loss[50 * (k + 1) - 1];
            ea[k] = acc[50 * (k + 1) - 1];
        }
        return new LearningData(f, x, loss, acc, sps, epoch, ex, el, ea, el.clone(), ea.clone());
    }

    /**
     * Weights small enough to be reduced on the drawing thread ({@link WeightView#SYNC_LIMIT}): a bigger tensor is
     * reduced in the background and handed to the FX thread, which would then draw this throwaway view too.
     */
    private static WeightData weights(int f, SplittableRandom rnd) {
        return new WeightData(f, f, List.of(tensor("hidden1.weight", 256, 256, rnd), tensor("out.weight", 256, 10, rnd)));
    }

    private static WeightData.Tensor tensor(String name, int rows, int cols, SplittableRandom rnd) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) v[i] = (float) rnd.nextDouble(-0.1, 0.1);
        return new WeightData.Tensor(name, new int[]{rows, cols}, v);
    }

    private static RasterData raster(String name, boolean spiking, int neurons, int steps, double rate, SplittableRandom rnd) {
        byte[] s = new byte[neurons * steps];
        for (int i = 0; i < s.length; i++) if (rnd.nextDouble() < rate) s[i] = 1;
        return new RasterData(name, spiking, neurons, steps, s);
    }
}
