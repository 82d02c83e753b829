package io.spikeworks.data.function;

/** A training and a test set of one operator task, drawn with different seeds. */
public record OperatorSplit(OperatorSamples train, OperatorSamples test) {
}
