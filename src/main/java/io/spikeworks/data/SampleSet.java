package io.spikeworks.data;

import java.util.List;

/**
 * Samples to learn from: an input of a fixed shape per sample, to be encoded into spikes, and what the network
 * should answer: a class label ({@link Dataset}: images) or a vector of real values ({@link RealValuedSet}:
 * function regression, operator learning). Training code reads both through this interface and never asks which.
 */
public interface SampleSet {
    /** e.g. {@code mnist/train}, {@code sine-1d/test}. */
    String name();

    int size();

    /** The input's shape: {@code [C, H, W]} for images, {@code [n]} for a vector. */
    int[] sampleShape();

    /** Floats per sample's input. */
    int sampleLength();

    /** Whether samples carry class labels (otherwise real-valued targets of {@link #targetLength()} values). */
    boolean hasClassLabels();

    /** Class names in label order; empty for real-valued targets. */
    List<String> classNames();

    /** Real values per sample's target; 0 for class labels. */
    int targetLength();

    /** Class of sample {@code i}, or -1 for real-valued targets. */
    int label(int i);

    /** Writes sample {@code i}'s input into {@code dest[offset .. offset + sampleLength())}. */
    void copySample(int i, float[] dest, int offset);

    /** Writes sample {@code i}'s target into {@code dest[offset .. offset + targetLength())}; nothing for labels. */
    void copyTarget(int i, float[] dest, int offset);

    /**
     * Fills a batch: samples {@code indices[from .. from + count)} go to {@code features} one after another, their
     * classes to {@code labels} (class labels) or their targets to {@code targets} ({@code count × targetLength()}).
     */
    void fillBatch(int[] indices, int from, int count, float[] features, int[] labels, float[] targets);

    /** Time bins of the set's own spikes (event streams); 0 for inputs that an encoder turns into spikes. */
    default int eventSteps() {
        return 0;
    }

    /** Writes the input spikes of samples {@code indices[from .. from + count)} (only for {@link #eventSteps()} > 0). */
    default void fillEvents(int[] indices, int from, int count, BatchEvents out) {
        throw new UnsupportedOperationException(name() + " has no input spikes of its own");
    }

    /** The first {@code n} samples (all of them when there are fewer). */
    SampleSet limit(int n);
}
