package io.spikeworks.model;

import java.util.Objects;

/** What validation needs to know about a dataset without loading it: sample shape and class count. */
public record DatasetFacts(TensorShape inputShape, int classCount) {
    public DatasetFacts {
        Objects.requireNonNull(inputShape, "inputShape");
        if (classCount < 1) throw new IllegalArgumentException("classCount must be at least 1");
    }
}
