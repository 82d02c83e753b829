package io.spikeworks.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Small hand-made inputs for view tests (tests only: the app shows engine data only). */
final class ViewFixtures {
    private ViewFixtures() {}

    static RasterData raster(String name, boolean spiking, int neurons, int steps, int[][] spikesAt) {
        byte[] s = new byte[neurons * steps];
        for (int[] ts : spikesAt) s[ts[0] * neurons + ts[1]] = 1;
        return new RasterData(name, spiking, neurons, steps, s);
    }

    static ActivitySnapshot activity(long version, List<RasterData> layers, List<TraceData> traces) {
        float[] out = new float[10];
        out[3] = 7;
        out[5] = 2;
        float[] px = new float[28 * 28];
        for (int y = 8; y < 20; y++) px[y * 28 + 14] = 1f;
        return new ActivitySnapshot(version, 12, 1, 3, 42, 3, 3,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), out, new SampleImage(28, 28, 1, px), layers, traces);
    }

    /** Puts {@code view} alone into an unshown scene of the given size (snapshots lay it out). */
    static <T extends Node> T inScene(T view, double w, double h) {
        Scene s = new Scene(new StackPane(view), w, h);
        Theme.apply(s);
        return view;
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    static void fxRun(Runnable r) throws Exception {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** Renders a node on the FX thread. */
    static WritableImage snapshot(Node n) throws Exception {
        return fx(() -> n.snapshot(null, null));
    }

    static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.04 && Math.abs(a.getGreen() - b.getGreen()) < 0.04
                && Math.abs(a.getBlue() - b.getBlue()) < 0.04;
    }

    static Color at(WritableImage img, double x, double y) {
        PixelReader r = img.getPixelReader();
        return r.getColor((int) x, (int) y);
    }

    /** Whether any pixel within {@code radius} of (x, y) has colour {@code c}. */
    static boolean near(WritableImage img, double x, double y, int radius, Color c) {
        for (int dy = -radius; dy <= radius; dy++)
            for (int dx = -radius; dx <= radius; dx++) {
                int px = (int) x + dx;
                int py = (int) y + dy;
                if (px < 0 || py < 0 || px >= img.getWidth() || py >= img.getHeight()) continue;
                if (close(img.getPixelReader().getColor(px, py), c)) return true;
            }
        return false;
    }
}
