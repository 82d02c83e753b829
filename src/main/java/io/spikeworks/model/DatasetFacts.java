package io.spikeworks.model;

import java.util.Objects;

/**
 * What validation needs to know about a dataset without loading it: the input's shape and what a sample asks the
 * network for — one of {@code classCount} classes, or {@code targetSize} real values.
 */
public record DatasetFacts(TensorShape inputShape, int classCount, int targetSize) {
    public DatasetFacts {
        Objects.requireNonNull(inputShape, "inputShape");
        if ((classCount >= 1) == (targetSize >= 1))
            throw new IllegalArgumentException("a dataset has either classes or real-valued targets, got "
                    + classCount + " classes and " + targetSize + " target values");
    }

    /** A classification dataset. */
    public DatasetFacts(TensorShape inputShape, int classCount) {
        this(inputShape, classCount, 0);
    }

    /** A dataset of real-valued targets, {@code targetSize} values per sample. */
    public static DatasetFacts realValued(TensorShape inputShape, int targetSize) {
        return new DatasetFacts(inputShape, 0, targetSize);
    }

    public boolean hasClassLabels() {
        return classCount >= 1;
    }

    /** Outputs the network must have: one per class, or one per target value. */
    public int outputCount() {
        return hasClassLabels() ? classCount : targetSize;
    }
}
