package io.spikeworks.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.spikeworks.data.IdxBytes.gzip;
import static io.spikeworks.data.IdxBytes.images;
import static io.spikeworks.data.IdxBytes.labels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdxDatasetsTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void combinesImagesAndLabels() throws IOException {
        Dataset d = IdxDatasets.load("tiny", write("i.gz", gzip(images(6, 3, 2))), write("l", labels(6, 3)), null);
        assertEquals(6, d.size());
        assertArrayEquals(new int[]{1, 3, 2}, d.sampleShape());
        assertEquals(List.of("0", "1", "2"), d.classNames());
        assertEquals(2, d.label(5));
        byte[] raw = new byte[6];
        d.copyRawSample(4, raw, 0);
        assertArrayEquals(java.util.Arrays.copyOfRange(IdxBytes.imagePixels(6, 6), 24, 30), raw);
    }

    @Test
    void imageLabelCountMismatchNamesBothFiles() throws IOException {
        Path images = write("train-images-idx3-ubyte", images(5, 2, 2));
        Path labels = write("train-labels-idx1-ubyte", labels(4, 2));
        DatasetException e = assertThrows(DatasetException.class,
                () -> IdxDatasets.load("x", images, labels, null));
        assertEquals(labels.toString(), e.file());
        assertTrue(e.getMessage().contains("image/label count mismatch: 4 labels, but 5 images in " + images),
                e.getMessage());
    }

    @Test
    void wrongImageSize() {
        IdxArray images = IdxReader.readImages("train-images-idx3-ubyte.gz", images(2, 28, 27));
        IdxArray labels = IdxReader.readLabels("train-labels-idx1-ubyte.gz", labels(2, 2));
        DatasetException e = assertThrows(DatasetException.class,
                () -> IdxDatasets.combine("x", images, labels, List.of("a", "b"), new int[]{28, 28}));
        assertEquals("train-images-idx3-ubyte.gz: wrong dimensions: expected 28×28 images, header says 2×28×27",
                e.getMessage());
    }

    @Test
    void labelOutOfRange() {
        IdxArray images = IdxReader.readImages("imgs", images(3, 2, 2));
        IdxArray labels = IdxReader.readLabels("lbls", labels(3, 3));
        DatasetException e = assertThrows(DatasetException.class,
                () -> IdxDatasets.combine("x", images, labels, List.of("a", "b"), null));
        assertEquals("lbls: label 2 at index 2 is out of range: 2 classes (0..1)", e.getMessage());
    }
}
