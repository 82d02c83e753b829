package io.spikeworks.ui.live;

import io.spikeworks.learn.score.ConfusionMatrix;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.UiC1Only;
import io.spikeworks.ui.live.activity.ActivitySnapshot;
import io.spikeworks.ui.live.activity.ConfusionEntry;
import io.spikeworks.ui.live.activity.MembraneTraceView;
import io.spikeworks.ui.live.activity.OutputView;
import io.spikeworks.ui.live.activity.RasterData;
import io.spikeworks.ui.live.activity.SampleImage;
import io.spikeworks.ui.live.activity.SpikeRasterView;
import io.spikeworks.ui.live.activity.TraceData;
import io.spikeworks.ui.live.cost.CostData;
import io.spikeworks.ui.live.cost.CostMetersView;
import io.spikeworks.ui.live.learning.LearningCurveView;
import io.spikeworks.ui.live.learning.LearningData;
import io.spikeworks.ui.live.learning.WeightData;
import io.spikeworks.ui.live.learning.WeightView;
import io.spikeworks.ui.theme.Theme;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws throwaway copies of the live views (raster, membranes, output; learning curves, weights, cost meters) at
 * start-up, with made-up data that is never shown, so the JIT has compiled their drawing before a run's first frames.
 * <ol>
 *   <li>Off screen, on a background thread: the views' own pixel loops. Without it a run's first frames ran the
 *       raster's loops and the canvas's pixel conversion interpreted, 37–62 ms each, while training took both
 *       cores (and a weight heatmap's first drawing 12–28 ms). Unattached canvases may be drawn off the FX thread.</li>
 *   <li>Rendered, on the FX thread: each frame is snapshotted, which runs the render thread's code (the canvas
 *       command replay, Marlin's rasteriser for the curves and traces) as the screen would. Without it C2 compiled
 *       that code in a run's first 20 s, and recompiled Marlin's {@code Renderer._endRendering} ten times there as
 *       its profile grew: about half a core, taken from training. That code is C1's only now ({@link UiC1Only});
 *       this still takes it through C1's slower, profiling stage before Run.</li>
 * </ol>
 * A run that starts {@link #stop() stops} it: what is left is compiled while training, as without it.
 */
public final class ViewWarmUp {
    /** Frames drawn off screen per view: enough for C2 to compile the per-pixel and per-spike loops. */
    public static final int FRAMES = 200;
    /** Weight heatmaps drawn: the app redraws them a few times a second, not every frame. */
    static final int WEIGHT_FRAMES = 40;
    /** Frames rendered after that, one FX task each, so input events are handled between them. */
    static final int RENDER_FRAMES = Integer.getInteger("spikeworks.warmup.renderFrames", 300);

    private final SpikeRasterView raster = sized(new SpikeRasterView(), 300);
    private final MembraneTraceView membranes = sized(new MembraneTraceView(), 180);
    private final OutputView output = sized(new OutputView(), 230);
    private final LearningCurveView curves = sized(new LearningCurveView(), 300);
    private final CostMetersView costs = sized(new CostMetersView(), 160);
    private final WeightView weights = sized(new WeightView(), 300);
    private final SplittableRandom rnd = new SplittableRandom(1);
    private final ConfusionMatrix.Counter counts = new ConfusionMatrix.Counter(10);
    private volatile boolean stopped;
    private int frame;
    // FX thread only, once rendering began
    private VBox stack;
    private WritableImage target;
    private int rendered;

    ViewWarmUp() {}

    /** Starts the off-screen part on a daemon thread; the rendered part follows on the FX thread. */
    public static ViewWarmUp start() {
        ViewWarmUp w = new ViewWarmUp();
        Thread t = new Thread(() -> {
            try {
                w.drawOffScreen();
                if (!w.stopped) FxBridge.later(() -> w.render(RENDER_FRAMES, () -> {}));
            } catch (RuntimeException | LinkageError e) {
                // best effort: a view that cannot draw here draws, slower, when the run starts
            }
        }, "spikeworks-view-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return w;
    }

    /** No more frames after the one being drawn (any thread): training wants the cores now. */
    public void stop() {
        stopped = true;
    }

    /** How often each view drew, for tests. */
    record Redraws(long raster, long curves, long costs, long weights) {}

    /** Draws {@link #FRAMES} frames of each view off the FX thread ({@link #WEIGHT_FRAMES} of the weights). */
    static Redraws run() {
        return new ViewWarmUp().drawOffScreen();
    }

    Redraws drawOffScreen() {
        for (int f = 1; f <= FRAMES && !stopped; f++) nextFrame();
        return redraws();
    }

    Redraws redraws() {
        return new Redraws(raster.redrawCount(), curves.redrawCount(), costs.redrawCount(), weights.redrawCount());
    }

    /** Renders {@code frames} more frames, one FX task each; then runs {@code done}. FX thread. */
    void render(int frames, Runnable done) {
        FxBridge.requireFxThread();
        stack = new VBox(raster, membranes, output, curves, costs, weights);
        for (var v : stack.getChildren()) ((CanvasView) v).setPrefSize(640, ((CanvasView) v).canvas.getHeight());
        Theme.apply(new Scene(stack));
        renderNext(frames, done);
    }

    private void renderNext(int frames, Runnable done) {
        boolean more = !stopped && rendered < frames;
        if (more) {
            try {
                nextFrame();
                target = stack.snapshot(null, target);
                rendered++;
            } catch (RuntimeException e) {
                more = false; // best effort, as off screen: what is not compiled now is compiled while training
            }
        }
        if (more) {
            FxBridge.later(() -> renderNext(frames, done));
        } else {
            stack.getChildren().clear(); // the views go with the scene
            done.run();
        }
    }

    /** Frames rendered so far. FX thread. */
    int rendered() {
        return rendered;
    }

    /** The last rendered frame, all views stacked. FX thread. */
    WritableImage lastRendered() {
        return target;
    }

    /** Gives every view the next frame's made-up data. */
    private void nextFrame() {
        int f = ++frame;
        ActivitySnapshot s = sample(f, rnd);
        counts.add(s.label(), s.predicted());
        raster.show(s);
        membranes.show(s);
        output.show(s);
        output.showConfusion(ConfusionEntry.trainingSamples(1, counts.matrix()));
        curves.show(learning(f, rnd));
        costs.show(new CostData(f, 1_000_000L * f, 300_000L * f, 600_000L * f, 4_000_000L, 128L * f,
                12_000 + rnd.nextDouble(1000), 0.01 * f, f / (double) (FRAMES + RENDER_FRAMES)));
        if (f % (FRAMES / WEIGHT_FRAMES) == 0) weights.show(weights(f, rnd));
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
