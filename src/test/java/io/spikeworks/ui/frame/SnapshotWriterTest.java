package io.spikeworks.ui.frame;

import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class SnapshotWriterTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        // A scene of its own, not in the (shared, possibly size-constrained) primary stage.
        Rectangle r = new Rectangle(0, 0, 20, 30);
        r.setFill(Color.rgb(255, 0, 0));
        Rectangle b = new Rectangle(20, 0, 20, 30);
        b.setFill(Color.rgb(0, 0, 255));
        scene = new Scene(new Pane(r, b), 40, 30);
        stage.show();
    }

    @Test
    void writesTheSceneAsPngWithoutSwing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/shot.png");
        WaitForAsyncUtils.asyncFx(() -> {
            SnapshotWriter.writeScene(scene, file);
            return null;
        }).get(10, TimeUnit.SECONDS);
        assertTrue(Files.size(file) > 0);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(40, img.getWidth());
        assertEquals(30, img.getHeight());
        assertEquals(0xFFFF0000, img.getRGB(5, 15), "red rectangle");
        assertEquals(0xFF0000FF, img.getRGB(35, 15), "blue rectangle");
    }

    @Test
    void mainWindowRendersHeadless(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("main.png");
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(new MainViewModel());
            Scene s = w.createScene(MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
            SnapshotWriter.writeScene(s, file);
            return null;
        }).get(20, TimeUnit.SECONDS);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(800, img.getHeight());
    }
}
