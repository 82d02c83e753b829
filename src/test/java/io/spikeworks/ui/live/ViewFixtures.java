package io.spikeworks.ui.live;

import io.spikeworks.ui.live.activity.ActivitySnapshot;
import io.spikeworks.ui.live.activity.RasterData;
import io.spikeworks.ui.live.activity.SampleImage;
import io.spikeworks.ui.live.activity.TraceData;
import io.spikeworks.ui.theme.Theme;
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
public final class ViewFixtures {
    private ViewFixtures() {}

    public static RasterData raster(String name, boolean spiking, int neurons, int steps, int[][] spikesAt) {
        byte[] s = new byte[neurons * steps];
        for (int[] ts : spikesAt) s[ts[0] * neurons + ts[1]] = 1;
        return new RasterData(name, spiking, neurons, steps, s);
    }

    public static ActivitySnapshot activity(long version, List<RasterData> layers, List<TraceData> traces) {
        float[] out = new float[10];
        out[3] = 7;
        out[5] = 2;
        float[] px = new float[28 * 28];
        for (int y = 8; y < 20; y++) px[y * 28 + 14] = 1f;
        return new ActivitySnapshot(version, 12, 1, 3, 42, 3, 3,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), out, new SampleImage(28, 28, 1, px), layers, traces);
    }

    /** Puts {@code view} alone into an unshown scene of the given size (snapshots lay it out). */
    public static <T extends Node> T inScene(T view, double w, double h) {
        Scene s = new Scene(new StackPane(view), w, h);
        Theme.apply(s);
        return view;
    }

    public static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    public static void fxRun(Runnable r) throws Exception {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /** Renders a node on the FX thread. */
    public static WritableImage snapshot(Node n) throws Exception {
        return fx(() -> n.snapshot(null, null));
    }

    public static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.04 && Math.abs(a.getGreen() - b.getGreen()) < 0.04
                && Math.abs(a.getBlue() - b.getBlue()) < 0.04;
    }

    public static Color at(WritableImage img, double x, double y) {
        PixelReader r = img.getPixelReader();
        return r.getColor((int) x, (int) y);
    }

    /** Whether any pixel within {@code radius} of (x, y) has colour {@code c}. */
    public static boolean near(WritableImage img, double x, double y, int radius, Color c) {
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
