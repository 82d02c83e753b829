package io.spikeworks.ui.frame;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes JavaFX images as PNG without javafx-swing: the pixels are copied through a {@link PixelReader} into a
 * {@link BufferedImage#TYPE_INT_ARGB} and written with {@link ImageIO}.
 */
public final class SnapshotWriter {
    private SnapshotWriter() {}

    /** Renders {@code scene} (FX thread) and writes it to {@code file} as PNG. */
    public static void writeScene(Scene scene, Path file) throws IOException {
        FxBridge.requireFxThread();
        writePng(scene.snapshot(null), file);
    }

    /** Writes {@code image} to {@code file} as PNG, creating parent directories. */
    public static void writePng(Image image, Path file) throws IOException {
        BufferedImage bi = toBufferedImage(image);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!ImageIO.write(bi, "png", file.toFile())) throw new IOException("no PNG writer available");
    }

    /** Copies the pixels of a JavaFX image into an ARGB {@link BufferedImage}. */
    public static BufferedImage toBufferedImage(Image image) {
        PixelReader reader = image.getPixelReader();
        if (reader == null) throw new IllegalArgumentException("image has no readable pixels");
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) bi.getRaster().getDataBuffer()).getData();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return bi;
    }

}
