package io.spikeworks.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CifarLoaderTest {
    @TempDir
    Path dir;

    /**
     * Records whose label bytes are {@code labels[r]} and whose pixel k of plane c is
     * {@code (seed + r + c * 50 + k) mod 256}, so every record and plane is recognisable.
     */
    private static byte[] records(int seed, int[][] labels) {
        int labelBytes = labels[0].length;
        int size = labelBytes + 3072;
        byte[] out = new byte[labels.length * size];
        for (int r = 0; r < labels.length; r++) {
            for (int b = 0; b < labelBytes; b++) out[r * size + b] = (byte) labels[r][b];
            for (int c = 0; c < 3; c++) {
                for (int k = 0; k < 1024; k++) {
                    out[r * size + labelBytes + c * 1024 + k] = (byte) ((seed + r + c * 50 + k) % 256);
                }
            }
        }
        return out;
    }

    private void writeCifar10(Path into) throws IOException {
        Files.createDirectories(into);
        for (int b = 1; b <= 5; b++) {
            Files.write(into.resolve("data_batch_" + b + ".bin"), records(b * 10, new int[][]{{b}, {9 - b}}));
        }
        Files.write(into.resolve("test_batch.bin"), records(100, new int[][]{{3}, {0}, {9}}));
    }

    @Test
    void cifar10JoinsTheFiveTrainingBatches() throws IOException {
        writeCifar10(dir);
        TrainTestSplit s = CifarLoader.loadCifar10(dir);
        Dataset train = s.trainImages();
        assertEquals(10, train.size());
        assertEquals(3, s.test().size());
        assertArrayEquals(new int[]{3, 32, 32}, train.sampleShape());
        assertEquals(10, train.numClasses());
        assertEquals("airplane", train.classNames().get(0));
        assertEquals("truck", train.classNames().get(9));
        assertEquals(3, train.label(4));     // data_batch_3, record 0
        assertEquals(6, train.label(5));     // data_batch_3, record 1
        assertEquals(9, s.test().label(2));
    }

    @Test
    void cifarPlanesBecomeChannelsInOrder() throws IOException {
        writeCifar10(dir);
        Dataset train = CifarLoader.loadCifar10(dir).trainImages();
        byte[] raw = new byte[3072];
        train.copyRawSample(5, raw, 0); // data_batch_3 (seed 30), record 1
        assertEquals((byte) 31, raw[0]);            // red, k = 0
        assertEquals((byte) (31 + 50), raw[1024]);   // green, k = 0
        assertEquals((byte) (31 + 100 + 7), raw[2048 + 7]);
        float[] f = new float[3072];
        train.copySample(5, f, 0);
        assertEquals(31 / 255f, f[0], 1e-7f);
    }

    @Test
    void acceptsTheParentOfTheUnpackedDirectoryAndReadsNamesFile() throws IOException {
        Path unpacked = dir.resolve(CifarLoader.CIFAR10_DIRECTORY);
        writeCifar10(unpacked);
        List<String> names = List.of("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9");
        Files.writeString(unpacked.resolve("batches.meta.txt"), String.join("\n", names) + "\n\n");
        assertEquals(names, CifarLoader.loadCifar10(dir).train().classNames());
    }

    @Test
    void cifar100FineAndCoarseLabels() throws IOException {
        Files.write(dir.resolve("train.bin"), records(0, new int[][]{{19, 99}, {4, 0}, {0, 57}}));
        Files.write(dir.resolve("test.bin"), records(1, new int[][]{{7, 12}}));
        TrainTestSplit fine = CifarLoader.loadCifar100(dir, CifarLabels.FINE);
        assertEquals(100, fine.trainImages().numClasses());
        assertEquals(3, fine.train().size());
        assertEquals(99, fine.train().label(0));
        assertEquals("worm", fine.train().classNames().get(99));
        assertEquals(57, fine.train().label(2));
        assertEquals(12, fine.test().label(0));
        TrainTestSplit coarse = CifarLoader.loadCifar100(dir, CifarLabels.COARSE);
        assertEquals(20, coarse.trainImages().numClasses());
        assertEquals(19, coarse.train().label(0));
        assertEquals("vehicles_2", coarse.train().classNames().get(19));
        byte[] raw = new byte[3072];
        coarse.trainImages().copyRawSample(1, raw, 0);
        assertEquals((byte) 1, raw[0]);
    }

    @Test
    void publishedClassNameListsAreComplete() {
        assertEquals(10, CifarClassNames.CIFAR10.stream().distinct().count());
        assertEquals(100, CifarClassNames.CIFAR100_FINE.stream().distinct().count());
        assertEquals(20, CifarClassNames.CIFAR100_COARSE.stream().distinct().count());
    }

    @Test
    void truncatedFileNamesTheFileAndTheRecordArithmetic() throws IOException {
        writeCifar10(dir);
        Path batch = dir.resolve("data_batch_4.bin");
        byte[] full = Files.readAllBytes(batch);
        Files.write(batch, Arrays.copyOf(full, full.length - 100));
        DatasetException e = assertThrows(DatasetException.class, () -> CifarLoader.loadCifar10(dir));
        assertEquals(batch.toString(), e.file());
        assertEquals(batch + ": truncated: 6046 bytes is not a whole number of 3073-byte records (1 label byte + "
                + "3072 pixels): 1 whole records and 2973 bytes over", e.getMessage());
    }

    @Test
    void truncatedCifar100() throws IOException {
        Files.write(dir.resolve("train.bin"), Arrays.copyOf(records(0, new int[][]{{1, 2}}), 3000));
        Files.write(dir.resolve("test.bin"), records(1, new int[][]{{1, 2}}));
        DatasetException e = assertThrows(DatasetException.class,
                () -> CifarLoader.loadCifar100(dir, CifarLabels.FINE));
        assertTrue(e.getMessage().startsWith(dir.resolve("train.bin") + ": truncated: 3000 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("3074-byte records"), e.getMessage());
    }

    @Test
    void missingBatchAndBadLabelAndWrongNamesFile() throws IOException {
        writeCifar10(dir);
        Files.delete(dir.resolve("data_batch_5.bin"));
        DatasetException missing = assertThrows(DatasetException.class, () -> CifarLoader.loadCifar10(dir));
        assertEquals(dir.resolve("data_batch_5.bin") + ": missing", missing.getMessage());

        Files.write(dir.resolve("data_batch_5.bin"), records(0, new int[][]{{1}, {10}}));
        DatasetException label = assertThrows(DatasetException.class, () -> CifarLoader.loadCifar10(dir));
        assertEquals(dir.resolve("data_batch_5.bin") + ": label 10 in record 1 is out of range: 10 classes (0..9)",
                label.getMessage());

        Files.write(dir.resolve("data_batch_5.bin"), records(0, new int[][]{{1}}));
        Files.writeString(dir.resolve("batches.meta.txt"), "cat\ndog\n");
        DatasetException names = assertThrows(DatasetException.class, () -> CifarLoader.loadCifar10(dir));
        assertEquals(dir.resolve("batches.meta.txt") + ": wrong class count: 2 names, expected 10", names.getMessage());
    }

    @Test
    void emptyFileAndMissingDirectory() throws IOException {
        Files.write(dir.resolve("train.bin"), new byte[0]);
        Files.write(dir.resolve("test.bin"), records(1, new int[][]{{1, 2}}));
        assertEquals(dir.resolve("train.bin") + ": empty file", assertThrows(DatasetException.class,
                () -> CifarLoader.loadCifar100(dir, CifarLabels.FINE)).getMessage());
        Path nowhere = dir.resolve("nowhere");
        assertEquals(nowhere + ": not a directory",
                assertThrows(DatasetException.class, () -> CifarLoader.loadCifar10(nowhere)).getMessage());
    }
}
