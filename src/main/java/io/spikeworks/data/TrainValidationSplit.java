package io.spikeworks.data;

/** A training set divided into the samples to train on and the held-out samples to validate on. */
public record TrainValidationSplit(Dataset train, Dataset validation) {
}
