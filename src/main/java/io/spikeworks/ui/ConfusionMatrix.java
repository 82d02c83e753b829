package io.spikeworks.ui;

import java.util.Arrays;

/**
 * Counts of (true class, predicted class) over one evaluation. Mutable while being filled, then handed to the view
 * as a {@link #copy()}.
 */
public final class ConfusionMatrix {
    private final int classes;
    private final long[] counts;
    private String title = "";

    public ConfusionMatrix(int classes) {
        if (classes < 1) throw new IllegalArgumentException("classes must be ≥ 1");
        this.classes = classes;
        this.counts = new long[classes * classes];
    }

    public void add(int trueClass, int predicted) {
        if (trueClass < 0 || trueClass >= classes || predicted < 0 || predicted >= classes) return;
        counts[trueClass * classes + predicted]++;
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

    public double accuracy() {
        long t = total();
        return t == 0 ? Double.NaN : (double) correct() / t;
    }

    public long max() {
        return Arrays.stream(counts).max().orElse(0);
    }

    /** What was evaluated, e.g. "test set, epoch 3". */
    public String title() {
        return title;
    }

    public ConfusionMatrix title(String t) {
        this.title = t == null ? "" : t;
        return this;
    }

    public ConfusionMatrix copy() {
        ConfusionMatrix c = new ConfusionMatrix(classes);
        System.arraycopy(counts, 0, c.counts, 0, counts.length);
        c.title = title;
        return c;
    }
}
