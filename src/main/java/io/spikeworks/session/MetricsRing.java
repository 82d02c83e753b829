package io.spikeworks.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.StampedLock;

/**
 * The metrics of the last {@code capacity} batches in preallocated columns: appending allocates nothing. One
 * writer (the worker); readers copy optimistically (see {@link SharedFrame}) and so never hold the writer up.
 */
public final class MetricsRing {
    private final StampedLock lock = new StampedLock();
    private final int capacity;
    private final long[] iteration;
    private final int[] epoch;
    private final int[] batch;
    private final int[] batchesPerEpoch;
    private final int[] epochs;
    private final long[] samplesSeen;
    private final double[] loss;
    private final double[] accuracy;
    private final double[] samplesPerSecond;
    private final double[] learningRate;
    private final double[] trainSeconds;
    private final long[] clockNanos;
    private volatile long count;

    MetricsRing(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be ≥ 1, got " + capacity);
        this.capacity = capacity;
        iteration = new long[capacity];
        epoch = new int[capacity];
        batch = new int[capacity];
        batchesPerEpoch = new int[capacity];
        epochs = new int[capacity];
        samplesSeen = new long[capacity];
        loss = new double[capacity];
        accuracy = new double[capacity];
        samplesPerSecond = new double[capacity];
        learningRate = new double[capacity];
        trainSeconds = new double[capacity];
        clockNanos = new long[capacity];
    }

    void append(long it, int ep, int b, int perEpoch, int eps, long seen, double l, double acc, double sps, double lr,
                double seconds, long clock) {
        long stamp = lock.writeLock();
        try {
            int s = (int) (count % capacity);
            iteration[s] = it;
            epoch[s] = ep;
            batch[s] = b;
            batchesPerEpoch[s] = perEpoch;
            epochs[s] = eps;
            samplesSeen[s] = seen;
            loss[s] = l;
            accuracy[s] = acc;
            samplesPerSecond[s] = sps;
            learningRate[s] = lr;
            trainSeconds[s] = seconds;
            clockNanos[s] = clock;
            count = count + 1;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public int capacity() {
        return capacity;
    }

    /** Batches appended since the session began; also the index the next one will get. */
    public long count() {
        return count;
    }

    /** Index of the oldest batch still held. */
    public long firstHeld() {
        return Math.max(0, count - capacity);
    }

    /** The batches from index {@code from} on that are still held, oldest first (empty when none is newer). */
    public List<BatchMetrics> since(long from) {
        for (int attempt = 0; ; attempt++) {
            long stamp = lock.tryOptimisticRead();
            if (stamp != 0) {
                long n = count;
                long start = Math.max(Math.max(0, from), n - capacity);
                List<BatchMetrics> out = new ArrayList<>((int) Math.max(0, n - start));
                for (long i = start; i < n; i++) out.add(at(i));
                if (lock.validate(stamp)) return out;
            }
            if (attempt < 64) Thread.onSpinWait();
            else Thread.yield();
        }
    }

    /** The newest batch, or null before the first. */
    public BatchMetrics latest() {
        List<BatchMetrics> l = since(count - 1);
        return l.isEmpty() ? null : l.get(l.size() - 1);
    }

    private BatchMetrics at(long i) {
        int s = (int) (i % capacity);
        return new BatchMetrics(i, iteration[s], epoch[s], batch[s], batchesPerEpoch[s], epochs[s], samplesSeen[s],
                loss[s], accuracy[s], samplesPerSecond[s], learningRate[s], trainSeconds[s], clockNanos[s]);
    }
}
