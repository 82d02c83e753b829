package io.spikeworks.data;

/**
 * Splits a data set into mini-batches, epoch after epoch. Shuffled batches depend only on (seed, epoch): the same
 * pair gives the same order on every run and JDK, another epoch gives another order.
 *
 * <pre>{@code
 * MiniBatches batches = MiniBatches.shuffled(train, 64, seed, false);
 * Batch batch = batches.newBatch();
 * for (int epoch = 0; epoch < epochs; epoch++) {
 *     EpochBatches it = batches.epoch(epoch);
 *     while (it.next(batch)) step(batch.features(), batch.labels(), batch.size());
 * }
 * }</pre>
 */
public final class MiniBatches {
    private final SampleSet data;
    private final int batchSize;
    private final long seed;
    private final boolean shuffle;
    private final boolean dropLast;

    private MiniBatches(SampleSet data, int batchSize, long seed, boolean shuffle, boolean dropLast) {
        if (batchSize <= 0) throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        this.data = data;
        this.batchSize = batchSize;
        this.seed = seed;
        this.shuffle = shuffle;
        this.dropLast = dropLast;
    }

    /**
     * Batches in a seeded random order, new each epoch.
     *
     * @param dropLast leave out the last batch when it would be smaller than {@code batchSize}
     */
    public static MiniBatches shuffled(SampleSet data, int batchSize, long seed, boolean dropLast) {
        return new MiniBatches(data, batchSize, seed, true, dropLast);
    }

    /** Batches in stored order, every epoch the same, last one possibly partial: for evaluation. */
    public static MiniBatches inOrder(SampleSet data, int batchSize) {
        return new MiniBatches(data, batchSize, 0, false, false);
    }

    public SampleSet dataset() {
        return data;
    }

    public int batchSize() {
        return batchSize;
    }

    public long seed() {
        return seed;
    }

    public boolean dropsLast() {
        return dropLast;
    }

    public int batchesPerEpoch() {
        int full = data.size() / batchSize;
        return dropLast || data.size() % batchSize == 0 ? full : full + 1;
    }

    /** Samples visited per epoch: all of them, less the dropped partial batch if any. */
    public int samplesPerEpoch() {
        return dropLast ? data.size() / batchSize * batchSize : data.size();
    }

    /** Buffers for one batch of this size and sample shape; reuse them for every batch. */
    public Batch newBatch() {
        return new Batch(batchSize, data.sampleLength(), data.targetLength(), data.eventSteps() > 0);
    }

    /** The order in which epoch {@code epoch} visits the samples: a permutation of {@code 0 .. size-1}. */
    public int[] epochOrder(int epoch) {
        if (!shuffle) {
            int[] order = new int[data.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            return order;
        }
        return new SplitMix64(SplitMix64.derive(seed, epoch)).permutation(data.size());
    }

    /** A cursor over the batches of epoch {@code epoch}. */
    public EpochBatches epoch(int epoch) {
        return new EpochBatches(data, epochOrder(epoch), batchSize, batchesPerEpoch(), epoch);
    }
}
