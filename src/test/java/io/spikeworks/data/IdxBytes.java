package io.spikeworks.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Builds small IDX files for tests. */
final class IdxBytes {
    private IdxBytes() {}

    /** An unsigned-byte IDX file with the given dimensions and data (not checked against each other). */
    static byte[] idx(int[] dims, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        b.put((byte) 0).put((byte) 0).put((byte) 0x08).put((byte) dims.length);
        for (int d : dims) b.putInt(d);
        b.put(data);
        return b.array();
    }

    /** {@code count} images of rows×cols whose pixel k of image i is {@code (i * 7 + k) mod 256}. */
    static byte[] images(int count, int rows, int cols) {
        return idx(new int[]{count, rows, cols}, imagePixels(count, rows * cols));
    }

    static byte[] imagePixels(int count, int pixels) {
        byte[] data = new byte[count * pixels];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < pixels; k++) data[i * pixels + k] = (byte) ((i * 7 + k) % 256);
        }
        return data;
    }

    /** Labels {@code i mod classes}. */
    static byte[] labels(int count, int classes) {
        byte[] data = new byte[count];
        for (int i = 0; i < count; i++) data[i] = (byte) (i % classes);
        return idx(new int[]{count}, data);
    }

    static byte[] gzip(byte[] content) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(content);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] cut(byte[] content, int length) {
        return Arrays.copyOf(content, length);
    }
}
