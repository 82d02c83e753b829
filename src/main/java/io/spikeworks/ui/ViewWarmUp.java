package io.spikeworks.ui;

import io.spikeworks.learn.ConfusionMatrix;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws throwaway copies of the Activity tab's views (raster, membranes, output) some dozens of times on a background
 * thread at start-up, with made-up samples that are never shown, so the JIT has compiled their drawing before a run's
 * first frames. Without it those frames ran the raster's pixel loops and the canvas's pixel conversion interpreted,
 * 37–62 ms each, while training took both cores. Unattached canvases may be drawn off the FX thread.
 */
public final class ViewWarmUp {
    /** Frames drawn per view: enough for C2 to compile the per-pixel and per-spike loops. */
    public static final int FRAMES = 200;

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

    /** Draws {@link #FRAMES} frames of each view; returns the raster's redraw count (for tests). */
    static long run() {
        SpikeRasterView raster = new SpikeRasterView();
        MembraneTraceView membranes = new MembraneTraceView();
        OutputView output = new OutputView();
        raster.sizeTo(640, 300);
        membranes.sizeTo(640, 180);
        output.sizeTo(640, 200);
        SplittableRandom rnd = new SplittableRandom(1);
        ConfusionMatrix.Counter counts = new ConfusionMatrix.Counter(10);
        for (int f = 1; f <= FRAMES; f++) {
            ActivitySnapshot s = sample(f, rnd);
            counts.add(s.label(), s.predicted());
            raster.show(s);
            membranes.show(s);
            output.show(s);
            output.showConfusion(ConfusionEntry.trainingSamples(1, counts.matrix()));
        }
        return raster.redrawCount();
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

    private static RasterData raster(String name, boolean spiking, int neurons, int steps, double rate, SplittableRandom rnd) {
        byte[] s = new byte[neurons * steps];
        for (int i = 0; i < s.length; i++) if (rnd.nextDouble() < rate) s[i] = 1;
        return new RasterData(name, spiking, neurons, steps, s);
    }
}
