package io.spikeworks.learn.score;

import java.util.Arrays;

/**
 * Counts of (true class, predicted class) over a set of samples, e.g. the whole test set at one evaluation.
 * Immutable, so the training thread can hand it to any reader as it is; fill a {@link Counter} and take
 * {@link Counter#matrix()}.
 */
public final class ConfusionMatrix {
    private final int classes;
    private final long[] counts;

    /** @param counts row-major by true class: counts[true × classes + predicted]; copied */
    public ConfusionMatrix(int classes, long[] counts) {
        if (classes < 1) throw new IllegalArgumentException("classes must be ≥ 1, got " + classes);
        if (counts.length != classes * classes)
            throw new IllegalArgumentException(classes + " classes need " + classes * classes + " counts, got " + counts.length);
        for (long c : counts) if (c < 0) throw new IllegalArgumentException("a count is negative: " + c);
        this.classes = classes;
        this.counts = counts.clone();
    }

    public int classes() {
        return classes;
    }

    public long count(int trueClass, int predicted) {
        return counts[trueClass * classes + predicted];
    }

    public long total() {
        long t = 0;
        for (long c : counts) t += c;
        return t;
    }

    public long correct() {
        long t = 0;
        for (int i = 0; i < classes; i++) t += counts[i * classes + i];
        return t;
    }

    /** Samples of a true class. */
    public long rowTotal(int trueClass) {
        long t = 0;
        for (int p = 0; p < classes; p++) t += counts[trueClass * classes + p];
        return t;
    }

    /** The diagonal over the total; NaN when empty. */
    public double accuracy() {
        long t = total();
        return t == 0 ? Double.NaN : (double) correct() / t;
    }

    public long max() {
        return Arrays.stream(counts).max().orElse(0);
    }

    /** The counts, row-major by true class (a copy). */
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && m.classes == classes && Arrays.equals(m.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * classes + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix[" + classes + " classes, " + total() + " samples, " + correct() + " right]";
    }

    /** Fills counts one sample at a time; not thread-safe. */
    public static final class Counter {
        private final int classes;
        private final long[] counts;

        public Counter(int classes) {
            if (classes < 1) throw new IllegalArgumentException("classes must be ≥ 1, got " + classes);
            this.classes = classes;
            this.counts = new long[classes * classes];
        }

        /** Counts one sample; a class outside the matrix is ignored (say, a label the readout cannot predict). */
        public void add(int trueClass, int predicted) {
            if (trueClass < 0 || trueClass >= classes || predicted < 0 || predicted >= classes) return;
            counts[trueClass * classes + predicted]++;
        }

        public int classes() {
            return classes;
        }

        /** What has been counted so far, as an immutable matrix. */
        public ConfusionMatrix matrix() {
            return new ConfusionMatrix(classes, counts);
        }
    }
}
