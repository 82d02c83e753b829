package io.spikeworks.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.spikeworks.data.IdxBytes.cut;
import static io.spikeworks.data.IdxBytes.gzip;
import static io.spikeworks.data.IdxBytes.idx;
import static io.spikeworks.data.IdxBytes.images;
import static io.spikeworks.data.IdxBytes.labels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdxReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** Asserts the message starts with the file and contains every fragment. */
    private static void assertProblem(DatasetException e, Path file, String... fragments) {
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        for (String f : fragments) assertTrue(e.getMessage().contains(f), "'" + f + "' missing in: " + e.getMessage());
    }

    @Test
    void readsRawImages() throws IOException {
        Path file = write("imgs-idx3-ubyte", images(3, 2, 4));
        IdxArray a = IdxReader.readImages(file);
        assertArrayEquals(new int[]{3, 2, 4}, a.header().dims());
        assertEquals(3, a.count());
        assertEquals(8, a.itemBytes());
        assertArrayEquals(IdxBytes.imagePixels(3, 8), a.data());
    }

    @Test
    void gzippedAndRawGiveTheSameContent() throws IOException {
        byte[] raw = images(5, 3, 3);
        IdxArray fromRaw = IdxReader.readImages(write("a", raw));
        IdxArray fromGzip = IdxReader.readImages(write("b.gz", gzip(raw)));
        assertEquals(fromRaw.header(), fromGzip.header());
        assertArrayEquals(fromRaw.data(), fromGzip.data());
    }

    @Test
    void gzipIsRecognisedByMagicNotByName() throws IOException {
        byte[] raw = labels(10, 3);
        // gzipped content without .gz, raw content with .gz: both must read.
        assertArrayEquals(IdxReader.readLabels(write("labels", gzip(raw))).data(),
                IdxReader.readLabels(write("labels.gz", raw)).data());
    }

    @Test
    void headerAloneIsReadWithoutTheData() throws IOException {
        Path file = write("x.gz", gzip(images(4, 28, 28)));
        assertEquals(new IdxHeader(new int[]{4, 28, 28}), IdxReader.readHeader(file));
        assertEquals("4×28×28", IdxReader.readHeader(file).dimsText());
    }

    @Test
    void wrongMagic() throws IOException {
        Path file = write("train-images-idx3-ubyte", new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0});
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(file));
        assertProblem(e, file, "wrong magic", "50 4b 03 04");
    }

    @Test
    void unsupportedDataTypeIsAWrongMagic() throws IOException {
        byte[] content = images(1, 2, 2);
        content[2] = 0x0D;
        Path file = write("floats", content);
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(file));
        assertProblem(e, file, "wrong magic", "0x0d", "float");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty", new byte[0]);
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readLabels(file)), file, "empty file");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere-idx1-ubyte.gz");
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readLabels(file)), file, "missing");
    }

    @Test
    void truncatedRawData() throws IOException {
        byte[] full = images(60, 28, 28);
        Path file = write("train-images-idx3-ubyte", cut(full, 16 + 1200));
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(file));
        assertProblem(e, file, "truncated: header says 60×28×28 = 47040 pixel bytes, file holds 1200");
    }

    @Test
    void truncatedGzipData() throws IOException {
        byte[] gz = gzip(images(60, 28, 28));
        Path file = write("train-images-idx3-ubyte.gz", cut(gz, gz.length / 2));
        DatasetException e = assertThrows(DatasetException.class, () -> IdxReader.readImages(file));
        assertProblem(e, file, "truncated: header says 60×28×28 = 47040 pixel bytes, file holds");
    }

    @Test
    void truncatedGzipTrailer() throws IOException {
        byte[] gz = gzip(labels(100, 10));
        Path file = write("labels.gz", cut(gz, gz.length - 4));
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readLabels(file)), file, "truncated");
    }

    @Test
    void truncatedHeader() throws IOException {
        Path file = write("labels", cut(labels(5, 2), 6));
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readLabels(file)), file,
                "truncated", "header");
    }

    @Test
    void corruptGzip() throws IOException {
        byte[] gz = gzip(images(20, 28, 28));
        for (int i = 20; i < 60; i++) gz[i] ^= 0x5A;
        Path file = write("images.gz", gz);
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readImages(file)), file, "gzip");
    }

    @Test
    void damagedContentFailsTheGzipCrc() throws IOException {
        byte[] gz = gzip(labels(100, 10));
        gz[gz.length - 8] ^= 0x01; // first byte of the CRC-32 in the trailer
        Path file = write("labels.gz", gz);
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readLabels(file)), file,
                "corrupt gzip data: CRC-32 check failed");
    }

    @Test
    void trailingDataAfterDeclaredContent() throws IOException {
        byte[] content = idx(new int[]{2, 2, 2}, new byte[10]);
        Path file = write("images", content);
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readImages(file)), file,
                "trailing data: 2 bytes after the 8 pixel bytes");
    }

    @Test
    void wrongNumberOfDimensions() throws IOException {
        Path labelsAsImages = write("train-images-idx3-ubyte", labels(10, 10));
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readImages(labelsAsImages)),
                labelsAsImages, "wrong dimensions: expected 3 dimensions (count×rows×columns), header declares 1");
        Path imagesAsLabels = write("train-labels-idx1-ubyte", images(2, 2, 2));
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readLabels(imagesAsLabels)),
                imagesAsLabels, "wrong dimensions: expected 1 dimension (count), header declares 3");
    }

    @Test
    void absurdDimensionsAreRejectedBeforeAllocating() throws IOException {
        Path file = write("huge", idx(new int[]{60000, 60000, 28}, new byte[0]));
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readImages(file)), file,
                "wrong dimensions", "60000×60000×28");
        Path negative = write("negative", idx(new int[]{-1, 28, 28}, new byte[0]));
        assertProblem(assertThrows(DatasetException.class, () -> IdxReader.readImages(negative)), negative,
                "wrong dimensions", "4294967295");
    }

    @Test
    void readsFromMemoryUnderTheGivenName() {
        DatasetException e = assertThrows(DatasetException.class,
                () -> IdxReader.readLabels("mnist/t10k-labels", new byte[]{1, 2, 3, 4}));
        assertTrue(e.getMessage().startsWith("mnist/t10k-labels: wrong magic"), e.getMessage());
    }
}
