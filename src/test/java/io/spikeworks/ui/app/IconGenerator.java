package io.spikeworks.ui.app;

import io.spikeworks.ui.frame.SnapshotWriter;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Renders the app icon (a white spike train on an indigo rounded square) to PNGs: the window icons in
 * src/main/resources/io/spikeworks/ui/icons and a copy for packaging in assets/icons. Not a test; run by hand:
 * {@code java -cp target/test-classes:target/classes:<deps> io.spikeworks.ui.app.IconGenerator} (needs a display or
 * Monocle). Colours are the theme's -sw-accent and -sw-accent-hover.
 */
public final class IconGenerator {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                for (int size : SIZES) {
                    var img = render(size);
                    SnapshotWriter.writePng(img, Path.of("src/main/resources/io/spikeworks/ui/icons/spikeworks-" + size + ".png"));
                    SnapshotWriter.writePng(img, Path.of("assets/icons/spikeworks-" + size + ".png"));
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    static javafx.scene.image.WritableImage render(int size) {
        double inset = Math.max(0, Math.round(size * 0.04));
        Rectangle bg = new Rectangle(size - 2 * inset, size - 2 * inset);
        bg.setArcWidth(size * 0.42);
        bg.setArcHeight(size * 0.42);
        bg.setFill(new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#5b52f0")), new Stop(1, Color.web("#4338ca"))));
        FontIcon glyph = new FontIcon(MaterialDesignP.PULSE);
        glyph.setIconSize((int) Math.round(size * 0.72));
        glyph.setIconColor(Color.WHITE);
        StackPane p = new StackPane(bg, glyph);
        p.setPrefSize(size, size);
        p.setMinSize(size, size);
        p.setMaxSize(size, size);
        p.setBackground(null);
        new javafx.scene.Scene(p, size, size, Color.TRANSPARENT);
        p.applyCss();
        p.layout();
        SnapshotParameters sp = new SnapshotParameters();
        sp.setFill(Color.TRANSPARENT);
        return p.snapshot(sp, null);
    }
}
