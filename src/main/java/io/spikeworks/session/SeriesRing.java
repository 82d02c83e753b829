package io.spikeworks.session;

import java.util.concurrent.locks.StampedLock;

/**
 * The last {@code capacity} samples of a few numbers taken at some iteration, in preallocated columns: appending
 * allocates nothing. One writer (the worker); readers copy optimistically, as from {@link MetricsRing}, so the
 * worker never waits for them. Column names are fixed when the ring is made.
 */
public final class SeriesRing {
    private final StampedLock lock = new StampedLock();
    private final String[] columns;
    private final int capacity;
    private final long[] iteration;
    private final double[] values;
    private volatile long count;

    SeriesRing(int capacity, String... columns) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be ≥ 1, got " + capacity);
        this.capacity = capacity;
        this.columns = columns.clone();
        this.iteration = new long[capacity];
        this.values = new double[capacity * columns.length];
    }

    /** Appends one sample; {@code v} holds one value per column (NaN for "not measured"). */
    void append(long it, double[] v) {
        if (v.length != columns.length)
            throw new IllegalArgumentException("need " + columns.length + " values, got " + v.length);
        long stamp = lock.writeLock();
        try {
            int s = (int) (count % capacity);
            iteration[s] = it;
            System.arraycopy(v, 0, values, s * columns.length, v.length);
            count = count + 1;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public int capacity() {
        return capacity;
    }

    public String[] columns() {
        return columns.clone();
    }

    /** Samples appended so far; also the index the next one gets. */
    public long count() {
        return count;
    }

    /** The iteration of the newest sample, or -1 before the first. */
    public long lastIteration() {
        Rows r = since(count - 1);
        return r.size() == 0 ? -1 : r.iteration(r.size() - 1);
    }

    /** The samples from index {@code from} on that are still held, oldest first. */
    public Rows since(long from) {
        for (int attempt = 0; ; attempt++) {
            long stamp = lock.tryOptimisticRead();
            if (stamp != 0) {
                long n = count;
                long start = Math.max(Math.max(0, from), n - capacity);
                int size = (int) Math.max(0, n - start);
                long[] its = new long[size];
                double[] vs = new double[size * columns.length];
                for (int i = 0; i < size; i++) {
                    int s = (int) ((start + i) % capacity);
                    its[i] = iteration[s];
                    System.arraycopy(values, s * columns.length, vs, i * columns.length, columns.length);
                }
                if (lock.validate(stamp)) return new Rows(start, its, vs, columns.length);
            }
            if (attempt < 64) Thread.onSpinWait();
            else Thread.yield();
        }
    }

    /**
     * A copy of some consecutive samples.
     *
     * @param first index of the first of them; the next read starts at {@code first + size()}
     */
    public record Rows(long first, long[] iterations, double[] values, int columns) {
        public int size() {
            return iterations.length;
        }

        public long iteration(int row) {
            return iterations[row];
        }

        public double value(int row, int column) {
            return values[row * columns + column];
        }

        /** Index to read from next time. */
        public long next() {
            return first + iterations.length;
        }
    }
}
