package io.spikeworks.data;

/** A data set as published: its training and its test samples, with the same shape and classes. */
public record TrainTestSplit(Dataset train, Dataset test) {
}
