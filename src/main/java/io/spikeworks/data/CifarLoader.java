package io.spikeworks.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads CIFAR-10 and CIFAR-100 in their binary distributions, for users who bring those files (they are not
 * bundled). Each record holds its label byte(s), then 3072 pixel bytes: the red, green and blue 32×32 planes.
 * That is already the channels-first layout of {@link Dataset}, so pixels are copied as they are.
 *
 * <ul>
 *   <li>CIFAR-10 ({@code cifar-10-batches-bin/}): {@code data_batch_1.bin} .. {@code data_batch_5.bin} and
 *       {@code test_batch.bin}; records of 1 label byte + 3072 bytes. Class names from {@code batches.meta.txt}
 *       when present.</li>
 *   <li>CIFAR-100 ({@code cifar-100-binary/}): {@code train.bin} and {@code test.bin}; records of 1 coarse label
 *       byte + 1 fine label byte + 3072 bytes. Class names from {@code fine_label_names.txt} and
 *       {@code coarse_label_names.txt} when present.</li>
 * </ul>
 * The directory given may be the one holding the files or its parent (where the archive was unpacked).
 */
public final class CifarLoader {
    public static final String CIFAR10_DIRECTORY = "cifar-10-batches-bin";
    public static final String CIFAR100_DIRECTORY = "cifar-100-binary";
    public static final int SIDE = 32;
    public static final int PIXELS = 3 * SIDE * SIDE;

    private static final int[] SHAPE = {3, SIDE, SIDE};
    private static final List<String> CIFAR10_TRAIN_FILES = List.of(
            "data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin");
    private static final String CIFAR10_TEST_FILE = "test_batch.bin";

    private CifarLoader() {}

    public static TrainTestSplit loadCifar10(Path directory) {
        Path dir = resolve(directory, CIFAR10_DIRECTORY, CIFAR10_TEST_FILE);
        List<String> names = classNames(dir.resolve("batches.meta.txt"), CifarClassNames.CIFAR10);
        List<Path> train = CIFAR10_TRAIN_FILES.stream().map(dir::resolve).toList();
        return new TrainTestSplit(
                read("cifar-10/train", train, 0, 1, names),
                read("cifar-10/test", List.of(dir.resolve(CIFAR10_TEST_FILE)), 0, 1, names));
    }

    public static TrainTestSplit loadCifar100(Path directory, CifarLabels labels) {
        Path dir = resolve(directory, CIFAR100_DIRECTORY, "test.bin");
        List<String> names = labels == CifarLabels.FINE
                ? classNames(dir.resolve("fine_label_names.txt"), CifarClassNames.CIFAR100_FINE)
                : classNames(dir.resolve("coarse_label_names.txt"), CifarClassNames.CIFAR100_COARSE);
        int labelOffset = labels == CifarLabels.FINE ? 1 : 0;
        String suffix = labels == CifarLabels.FINE ? "" : " (coarse)";
        return new TrainTestSplit(
                read("cifar-100/train" + suffix, List.of(dir.resolve("train.bin")), labelOffset, 2, names),
                read("cifar-100/test" + suffix, List.of(dir.resolve("test.bin")), labelOffset, 2, names));
    }

    /**
     * Reads record files into one data set.
     *
     * @param labelOffset position in the record of the label to keep
     * @param labelBytes  label bytes at the start of each record
     */
    static Dataset read(String name, List<Path> files, int labelOffset, int labelBytes, List<String> classNames) {
        int recordSize = labelBytes + PIXELS;
        List<byte[]> contents = new ArrayList<>(files.size());
        long total = 0;
        for (Path file : files) {
            byte[] content = IdxReader.readFile(file);
            if (content.length == 0) throw new DatasetException(file.toString(), "empty file");
            if (content.length % recordSize != 0) {
                throw new DatasetException(file.toString(), "truncated: " + content.length + " bytes is not a whole"
                        + " number of " + recordSize + "-byte records (" + labelBytes + " label byte"
                        + (labelBytes == 1 ? "" : "s") + " + " + PIXELS + " pixels): " + content.length / recordSize
                        + " whole records and " + content.length % recordSize + " bytes over");
            }
            contents.add(content);
            total += content.length / recordSize;
        }
        if (total * PIXELS > Integer.MAX_VALUE - 8) {
            throw new DatasetException(files.get(0).toString(), "too many records for one data set: " + total);
        }
        int count = (int) total;
        byte[] pixels = new byte[count * PIXELS];
        byte[] labels = new byte[count];
        int n = 0;
        for (int f = 0; f < files.size(); f++) {
            byte[] content = contents.get(f);
            for (int at = 0; at < content.length; at += recordSize, n++) {
                int label = content[at + labelOffset] & 0xFF;
                if (label >= classNames.size()) {
                    throw new DatasetException(files.get(f).toString(), "label " + label + " in record "
                            + at / recordSize + " is out of range: " + classNames.size() + " classes (0.."
                            + (classNames.size() - 1) + ")");
                }
                labels[n] = (byte) label;
                System.arraycopy(content, at + labelBytes, pixels, n * PIXELS, PIXELS);
            }
            contents.set(f, null); // let the file buffer go before the next one is copied
        }
        return Dataset.of(name, pixels, labels, SHAPE, classNames);
    }

    /** {@code directory} itself if it holds {@code probe}, else its sub-directory {@code unpacked} if that does. */
    private static Path resolve(Path directory, String unpacked, String probe) {
        if (!Files.isDirectory(directory)) {
            throw new DatasetException(directory.toString(), "not a directory");
        }
        if (!Files.exists(directory.resolve(probe)) && Files.exists(directory.resolve(unpacked).resolve(probe))) {
            return directory.resolve(unpacked);
        }
        return directory;
    }

    /** Names from a one-per-line file shipped with the data, else the published ones. */
    private static List<String> classNames(Path file, List<String> published) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return published;
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        List<String> names = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.size() != published.size()) {
            throw new DatasetException(file.toString(), "wrong class count: " + names.size() + " names, expected "
                    + published.size());
        }
        return names;
    }
}
