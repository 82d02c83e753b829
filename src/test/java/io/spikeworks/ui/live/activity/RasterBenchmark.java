package io.spikeworks.ui.live.activity;

import io.spikeworks.ui.live.learning.WeightData;
import io.spikeworks.ui.live.learning.WeightView;
import io.spikeworks.ui.theme.Theme;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Micro-benchmark (not a test): redraws a 4,096-neuron × 100-step raster (plus a 784-neuron input and a 10-neuron
 * output band) N times, each with a new snapshot, and prints milliseconds per frame: the FX-thread draw call
 * alone, and draw plus rasterising the canvas to pixels (a snapshot, which is slower than the screen path).
 *
 * <pre>mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) io.spikeworks.ui.live.activity.RasterBenchmark [frames] [width] [height]</pre>
 * Runs headless (Monocle, software rendering) unless {@code -Dglass.platform} is given.
 */
public final class RasterBenchmark {
    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 600;
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);

        ActivitySnapshot[] snaps = new ActivitySnapshot[8];
        Random rnd = new Random(1);
        for (int i = 0; i < snaps.length; i++) {
            snaps[i] = new ActivitySnapshot(i + 1, i, 1, i, i, 0, 0, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                    new float[10], null, List.of(random("input", false, 784, 100, 0.1, rnd),
                    random("hidden", true, 4096, 100, 0.05, rnd), random("output", true, 10, 100, 0.2, rnd)), List.of());
        }
        SpikeRasterView[] view = new SpikeRasterView[1];
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Platform.runLater(() -> {
            view[0] = new SpikeRasterView();
            Scene s = new Scene(new StackPane(view[0]), width, height);
            Theme.apply(s);
            view[0].snapshot(null, null); // lay out, size the canvas
            ready.complete(null);
        });
        ready.get(30, TimeUnit.SECONDS);

        for (int round = 0; round < 2; round++) { // round 0 warms up the JIT
            boolean measured = round == 1;
            long[] draw = new long[frames];
            long[] full = new long[frames];
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                for (int f = 0; f < frames; f++) {
                    long t0 = System.nanoTime();
                    view[0].show(snaps[f % snaps.length].version() == lastVersion(view[0]) ? snaps[(f + 1) % snaps.length]
                            : snaps[f % snaps.length]);
                    draw[f] = view[0].lastDrawNanos();
                    view[0].canvas().snapshot(null, null);
                    full[f] = System.nanoTime() - t0;
                }
                done.complete(null);
            });
            done.get(10, TimeUnit.MINUTES);
            if (measured) {
                System.out.printf("raster %d×%d px, 4096 + 784 + 10 neurons × 100 steps, %d frames%n", width, height, frames);
                System.out.printf("  draw call (FX thread):        median %.2f ms, p95 %.2f ms, max %.2f ms per frame%n",
                        pct(draw, 50), pct(draw, 95), pct(draw, 100));
                System.out.printf("  draw + rasterise (snapshot):  median %.2f ms, p95 %.2f ms  → %.0f fps%n",
                        pct(full, 50), pct(full, 95), 1000 / pct(full, 50));
            }
        }
        // the weight view on a 784 × 256 tensor, for comparison
        float[] w = new float[784 * 256];
        for (int i = 0; i < w.length; i++) w[i] = (float) (rnd.nextGaussian() * 0.03);
        long[] wt = new long[Math.min(frames, 100)];
        CompletableFuture<Void> wdone = new CompletableFuture<>();
        Platform.runLater(() -> {
            WeightView wv = new WeightView();
            new Scene(new StackPane(wv), width, height / 2);
            wv.snapshot(null, null);
            for (int f = 0; f < wt.length * 2; f++) { // the reduction itself, as the background thread runs it
                long t0 = System.nanoTime();
                WeightView.reduce(new WeightView.Key(f, "w", 660, 280), new WeightData.Tensor("hidden.weight", new int[]{784, 256}, w), 660, 280);
                if (f >= wt.length) wt[f - wt.length] = System.nanoTime() - t0;
            }
            wdone.complete(null);
        });
        wdone.get(10, TimeUnit.MINUTES);
        System.out.printf("weights 784×256 reduced to 660×280 px (background thread): median %.2f ms, p95 %.2f ms%n", pct(wt, 50), pct(wt, 95));
        Platform.exit();
    }

    private static long lastVersion(SpikeRasterView v) {
        return v.data() == null ? -1 : v.data().version();
    }

    static RasterData random(String name, boolean spiking, int neurons, int steps, double p, Random rnd) {
        byte[] s = new byte[neurons * steps];
        for (int i = 0; i < s.length; i++) s[i] = rnd.nextDouble() < p ? (byte) 1 : 0;
        return new RasterData(name, spiking, neurons, steps, s);
    }

    private static double pct(long[] ns, int p) {
        long[] c = ns.clone();
        java.util.Arrays.sort(c);
        int i = Math.min(c.length - 1, (int) Math.ceil(p / 100.0 * c.length) - 1);
        return c[Math.max(0, i)] / 1e6;
    }
}
