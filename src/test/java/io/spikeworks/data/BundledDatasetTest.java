package io.spikeworks.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real bundled files, found as the app finds them: {@code ./assets} from the project root. */
class BundledDatasetTest {
    private static Path assets;
    private static TrainTestSplit mnist;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        assets = Path.of("assets");
        mnist = BundledDataset.MNIST.load(assets);
    }

    @Test
    void mnistHasTheCanonicalCountsAndLabels() {
        Dataset train = mnist.trainImages();
        Dataset test = mnist.testImages();
        assertEquals(60000, train.size());
        assertEquals(10000, test.size());
        assertArrayEquals(new int[]{1, 28, 28}, train.sampleShape());
        assertEquals(784, train.sampleLength());
        assertEquals(10, train.numClasses());
        assertEquals(5, train.label(0));
        assertEquals(7, test.label(0));
        assertArrayEquals(new int[]{5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949},
                train.classHistogram());
        assertEquals(10000, Arrays.stream(test.classHistogram()).sum());
    }

    @Test
    void mnistPixelsAreUnsignedAndNormalisedToUnitRange() {
        float[] batch = new float[784 * 2];
        mnist.train().copySample(0, batch, 784);
        float min = Float.MAX_VALUE, max = -Float.MAX_VALUE;
        for (int k = 784; k < batch.length; k++) {
            min = Math.min(min, batch[k]);
            max = Math.max(max, batch[k]);
        }
        assertEquals(0f, min);
        assertEquals(1f, max); // MNIST digits saturate at 255
        // MNIST's well-known pixel mean and std on the [0,1] scale: 0.1307 and 0.3081
        Normalization stats = mnist.trainImages().channelStatistics();
        assertEquals(0.1307f, stats.mean(1)[0], 1e-4f);
        assertEquals(0.3081f, stats.std(1)[0], 1e-4f);
    }

    @Test
    void fashionMnistIsBalanced() {
        TrainTestSplit fashion = BundledDataset.FASHION_MNIST.load(assets);
        assertEquals(60000, fashion.train().size());
        assertEquals(10000, fashion.test().size());
        assertEquals(784, fashion.train().sampleLength());
        int[] sixThousand = new int[10];
        Arrays.fill(sixThousand, 6000);
        assertArrayEquals(sixThousand, fashion.trainImages().classHistogram());
        assertEquals(List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
                "Bag", "Ankle boot"), fashion.train().classNames());
    }

    @Test
    void everyBundledFileMatchesItsChecksum() {
        for (BundledDataset set : BundledDataset.values()) {
            Sha256Sums sums = Sha256Sums.readFrom(set.directory(assets));
            assertEquals(java.util.Set.copyOf(set.fileNames()), sums.fileNames());
            for (String name : set.fileNames()) sums.check(set.directory(assets).resolve(name));
        }
    }

    @Test
    void registryByName() {
        assertSame(BundledDataset.FASHION_MNIST, BundledDataset.byId("fashion-mnist"));
        assertSame(BundledDataset.MNIST, BundledDataset.byId("MNIST"));
        DatasetException e = assertThrows(DatasetException.class, () -> BundledDataset.byId("cifar"));
        assertEquals("cifar: no such bundled data set; known: mnist, fashion-mnist", e.getMessage());
    }

    @Test
    void corruptedCopyIsCaughtByChecksumAndParse() throws IOException {
        Path dir = tmp.resolve("datasets/mnist");
        Files.createDirectories(dir);
        Path source = BundledDataset.MNIST.directory(assets);
        Files.copy(source.resolve(Sha256Sums.FILE_NAME), dir.resolve(Sha256Sums.FILE_NAME));
        for (String name : BundledDataset.MNIST.fileNames()) Files.copy(source.resolve(name), dir.resolve(name));
        Path labels = dir.resolve("t10k-labels-idx1-ubyte.gz");
        byte[] content = Files.readAllBytes(labels);
        Files.write(labels, Arrays.copyOf(content, content.length - 1000));

        SplitVerification test = BundledDataset.MNIST.verify(tmp, Split.TEST);
        assertFalse(test.ok());
        assertFalse(test.checksumsOk());
        assertTrue(test.dataset().isEmpty());
        assertEquals(2, test.problems().size());
        assertTrue(test.problems().get(0).getMessage().startsWith(labels + ": checksum mismatch"));
        assertTrue(test.problems().get(1).getMessage().startsWith(labels + ": truncated"),
                test.problems().get(1).getMessage());
        assertTrue(BundledDataset.MNIST.verify(tmp, Split.TRAIN).ok());

        DatasetException e = assertThrows(DatasetException.class, () -> BundledDataset.MNIST.load(tmp, Split.TEST));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
    }

    @Test
    void loadTimeIsReported() {
        // Informational: wall-clock figures on a shared machine are not asserted.
        BundledDataset.MNIST.load(assets, Split.TRAIN); // warm-up
        long start = System.nanoTime();
        Dataset train = BundledDataset.MNIST.load(assets, Split.TRAIN);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("MNIST train (60000, sha256 + gunzip + parse): " + ms + " ms");
        assertEquals(60000, train.size());
    }
}
