package io.spikeworks.data;

/**
 * The mini-batches of one epoch, in the order fixed by the seed and the epoch number. Not thread-safe: one
 * cursor per consumer.
 */
public final class EpochBatches {
    private final SampleSet data;
    private final int[] order;
    private final int batchSize;
    private final int batchCount;
    private final int epoch;
    private int next;

    EpochBatches(SampleSet data, int[] order, int batchSize, int batchCount, int epoch) {
        this.data = data;
        this.order = order;
        this.batchSize = batchSize;
        this.batchCount = batchCount;
        this.epoch = epoch;
    }

    public int epoch() {
        return epoch;
    }

    public int batchCount() {
        return batchCount;
    }

    public boolean hasNext() {
        return next < batchCount;
    }

    /** Fills {@code batch} with the next mini-batch; false, leaving it untouched, when the epoch is over. */
    public boolean next(Batch batch) {
        if (next >= batchCount) return false;
        fill(next, batch);
        next++;
        return true;
    }

    /** Fills {@code batch} with mini-batch {@code number} of this epoch, in any order (e.g. to resume). */
    public void fill(int number, Batch batch) {
        if (number < 0 || number >= batchCount) {
            throw new IndexOutOfBoundsException("batch " + number + " of an epoch of " + batchCount);
        }
        if (batch.capacity() < batchSize || batch.sampleLength() != data.sampleLength()) {
            throw new IllegalArgumentException("batch buffers for " + batch.capacity() + "×" + batch.sampleLength()
                    + " cannot hold " + batchSize + "×" + data.sampleLength());
        }
        int from = number * batchSize;
        int count = Math.min(batchSize, order.length - from);
        System.arraycopy(order, from, batch.indices(), 0, count);
        data.fillBatch(order, from, count, batch.features(), batch.labels(), batch.targets());
        if (batch.events() != null) data.fillEvents(order, from, count, batch.events());
        batch.filled(count, number);
    }
}
