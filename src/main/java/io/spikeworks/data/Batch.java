package io.spikeworks.data;

/**
 * Reusable buffers for one mini-batch, filled by {@link EpochBatches#next(Batch)}. Allocate once per training
 * loop with {@link MiniBatches#newBatch()}; every fill overwrites the previous content.
 *
 * <p>The buffers are sized for a full batch. A partial last batch uses only the first {@link #size()} entries
 * ({@code size() × sampleLength()} floats); the rest keeps stale values.
 */
public final class Batch {
    private final float[] features;
    private final int[] labels;
    private final float[] targets;
    private final BatchEvents events;
    private final int[] indices;
    private final int sampleLength;
    private int size;
    private int number = -1;

    Batch(int capacity, int sampleLength, int targetLength, boolean spikes) {
        this.events = spikes ? new BatchEvents() : null;
        this.features = new float[Math.multiplyExact(capacity, sampleLength)];
        this.labels = new int[capacity];
        this.targets = targetLength == 0 ? null : new float[Math.multiplyExact(capacity, targetLength)];
        this.indices = new int[capacity];
        this.sampleLength = sampleLength;
    }

    /** Samples one after another, {@code sampleLength()} floats each, normalised by the data set. */
    public float[] features() {
        return features;
    }

    /** Class index of each sample (-1 for real-valued targets). */
    public int[] labels() {
        return labels;
    }

    /** The batch's input spikes when the samples are spikes already (event streams); null otherwise. */
    public BatchEvents events() {
        return events;
    }

    /** Real-valued targets, sample after sample, or null when the samples carry class labels. */
    public float[] targets() {
        return targets;
    }

    /** Index of each sample in the data set, e.g. to show the misclassified ones. */
    public int[] indices() {
        return indices;
    }

    /** Samples in this batch: the batch size, or fewer for the last one. */
    public int size() {
        return size;
    }

    public int capacity() {
        return labels.length;
    }

    public int sampleLength() {
        return sampleLength;
    }

    /** Position of this batch in its epoch, from 0; -1 before the first fill. */
    public int number() {
        return number;
    }

    void filled(int size, int number) {
        this.size = size;
        this.number = number;
    }
}
