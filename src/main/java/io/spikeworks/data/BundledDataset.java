package io.spikeworks.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The data sets shipped in {@code assets/datasets/<id>/}: four gzipped IDX files each, checked against the
 * directory's {@code SHA256SUMS} on every load (hashing costs a fraction of decompressing).
 */
public enum BundledDataset {
    MNIST("mnist", "MNIST",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                    "Ankle boot"));

    private static final int[] IMAGE_SIZE = {28, 28};

    private final String id;
    private final String title;
    private final List<String> classNames;

    BundledDataset(String id, String title, List<String> classNames) {
        this.id = id;
        this.title = title;
        this.classNames = classNames;
    }

    /** Short name used in commands and directories: {@code mnist}, {@code fashion-mnist}. */
    public String id() {
        return id;
    }

    /** Name for display: {@code MNIST}, {@code Fashion-MNIST}. */
    public String title() {
        return title;
    }

    public List<String> classNames() {
        return classNames;
    }

    public int[] sampleShape() {
        return new int[]{1, IMAGE_SIZE[0], IMAGE_SIZE[1]};
    }

    public static BundledDataset byId(String id) {
        for (BundledDataset d : values()) {
            if (d.id.equalsIgnoreCase(id)) return d;
        }
        throw new DatasetException(id, "no such bundled data set; known: "
                + Arrays.stream(values()).map(BundledDataset::id).collect(Collectors.joining(", ")));
    }

    /** {@code <assets>/datasets/<id>}. */
    public Path directory(Path assetsRoot) {
        return assetsRoot.resolve(AssetLocator.DATASETS).resolve(id);
    }

    public String imagesFileName(Split split) {
        return filePrefix(split) + "-images-idx3-ubyte.gz";
    }

    public String labelsFileName(Split split) {
        return filePrefix(split) + "-labels-idx1-ubyte.gz";
    }

    /** The four data files, train images and labels then test images and labels. */
    public List<String> fileNames() {
        return List.of(imagesFileName(Split.TRAIN), labelsFileName(Split.TRAIN),
                imagesFileName(Split.TEST), labelsFileName(Split.TEST));
    }

    private static String filePrefix(Split split) {
        return split == Split.TRAIN ? "train" : "t10k";
    }

    /** Train and test sets from the assets directory {@link AssetLocator} finds. */
    public TrainTestSplit load() {
        return load(AssetLocator.locate());
    }

    public TrainTestSplit load(Path assetsRoot) {
        return new TrainTestSplit(load(assetsRoot, Split.TRAIN), load(assetsRoot, Split.TEST));
    }

    /** One split, checksums verified; throws the first problem found. */
    public Dataset load(Path assetsRoot, Split split) {
        SplitVerification v = verify(assetsRoot, split);
        if (!v.ok()) throw v.problems().get(0);
        return v.dataset().orElseThrow();
    }

    /** Checks one split completely, collecting every problem instead of stopping at the first. */
    public SplitVerification verify(Path assetsRoot, Split split) {
        Path dir = directory(assetsRoot);
        List<DatasetException> problems = new ArrayList<>();
        Sha256Sums sums = null;
        try {
            sums = Sha256Sums.readFrom(dir);
        } catch (DatasetException e) {
            problems.add(e);
        }
        byte[] images = readChecked(dir, imagesFileName(split), sums, problems);
        byte[] labels = readChecked(dir, labelsFileName(split), sums, problems);
        boolean checksumsOk = problems.isEmpty();
        Optional<Dataset> dataset = Optional.empty();
        if (images != null && labels != null) {
            try {
                IdxArray imageArray = IdxReader.readImages(dir.resolve(imagesFileName(split)).toString(), images);
                IdxArray labelArray = IdxReader.readLabels(dir.resolve(labelsFileName(split)).toString(), labels);
                dataset = Optional.of(IdxDatasets.combine(id + "/" + split.label(), imageArray, labelArray,
                        classNames, IMAGE_SIZE));
            } catch (DatasetException e) {
                problems.add(e);
            }
        }
        return new SplitVerification(this, split, dataset, checksumsOk, problems);
    }

    /** Verifies both splits. */
    public List<SplitVerification> verify(Path assetsRoot) {
        return List.of(verify(assetsRoot, Split.TRAIN), verify(assetsRoot, Split.TEST));
    }

    private static byte[] readChecked(Path dir, String name, Sha256Sums sums, List<DatasetException> problems) {
        Path file = dir.resolve(name);
        byte[] content;
        try {
            content = IdxReader.readFile(file);
        } catch (DatasetException e) {
            problems.add(e);
            return null;
        }
        if (sums != null) {
            try {
                sums.check(file.toString(), name, content);
            } catch (DatasetException e) {
                problems.add(e);
            }
        }
        return content;
    }
}
