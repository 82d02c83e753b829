package io.spikeworks.learn.nbp;

import io.spikeworks.data.AssetLocator;
import io.spikeworks.data.BundledDataset;
import io.spikeworks.data.Dataset;
import io.spikeworks.data.ImageTransforms;
import io.spikeworks.data.TrainTestSplit;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** The two data sets the nBP paper's code trains on, binarised as the authors do (see ImageTransforms). */
public enum NbpDataset {
    /** MNIST cropped 4 px per side to 20×20, pixels above 128 on: 400 inputs (the paper's 400-400-10). */
    MNIST20("mnist20-binary", BundledDataset.MNIST, ImageTransforms::nbpMnist20),
    /** Fashion-MNIST 28×28, pixels above 128 on: 784 inputs (the code's {@code FMNIST28}, 784-400-10). */
    FASHION28("fashion-binary", BundledDataset.FASHION_MNIST, ImageTransforms::nbpFashion28);

    private final String id;
    private final BundledDataset source;
    private final UnaryOperator<Dataset> transform;

    NbpDataset(String id, BundledDataset source, UnaryOperator<Dataset> transform) {
        this.id = id;
        this.source = source;
        this.transform = transform;
    }

    /** The catalog id: {@code mnist20-binary} or {@code fashion-binary}. */
    public String id() {
        return id;
    }

    public static NbpDataset byId(String id) {
        for (NbpDataset d : values()) if (d.id.equals(id)) return d;
        throw new IllegalArgumentException("nBP runs on binary data sets only: 'mnist20-binary' or 'fashion-binary', not '"
                + id + "'");
    }

    /** Train and test sets, binarised and packed; {@code assetsRoot} null finds the bundled assets. */
    public Split load(Path assetsRoot) {
        TrainTestSplit raw = source.load(assetsRoot == null ? AssetLocator.locate() : assetsRoot);
        return new Split(NbpSamples.of(transform.apply(raw.trainImages())), NbpSamples.of(transform.apply(raw.testImages())));
    }

    /** Packed training and test samples. */
    public record Split(NbpSamples train, NbpSamples test) {}
}
