package io.spikeworks.report;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** Images as {@code data:image/png;base64,...} URIs, so a page holds its pictures and needs no other file. */
public final class PngImages {
    public static final String PREFIX = "data:image/png;base64,";

    private PngImages() {}

    public static String dataUri(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) throw new IllegalStateException("no PNG writer in this Java runtime");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PREFIX + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
