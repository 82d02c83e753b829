package io.spikeworks.learn.nbp;

import io.spikeworks.data.Dataset;

import java.util.Arrays;

/**
 * A binarised data set packed for nBP: for each sample the indices of its "on" inputs (the spikes of the input
 * population), ascending, and its label. The event-driven engine touches only these rows of W1.
 */
public final class NbpSamples {
    private final String name;
    private final int nIn;
    private final int nClasses;
    private final int[] start; // sample s uses active[start[s] .. start[s+1])
    private final int[] active;
    private final byte[] labels;

    private NbpSamples(String name, int nIn, int nClasses, int[] start, int[] active, byte[] labels) {
        this.name = name;
        this.nIn = nIn;
        this.nClasses = nClasses;
        this.start = start;
        this.active = active;
        this.labels = labels;
    }

    /**
     * Packs a data set whose pixels are already binary (0 or 255, as {@code ImageTransforms.cropAndBinarize}
     * makes them). Any other pixel value is refused with its sample and position, since nBP's input layer is
     * binary and a grey pixel would mean the wrong transform was applied.
     */
    public static NbpSamples of(Dataset binary) {
        int n = binary.size();
        int len = binary.sampleLength();
        byte[] raw = new byte[len];
        int[] start = new int[n + 1];
        int[] buf = new int[Math.max(16, n * 64)];
        int count = 0;
        byte[] labels = new byte[n];
        for (int s = 0; s < n; s++) {
            binary.copyRawSample(s, raw, 0);
            labels[s] = (byte) binary.label(s);
            start[s] = count;
            for (int i = 0; i < len; i++) {
                int v = raw[i] & 0xFF;
                if (v == 0) continue;
                if (v != 255)
                    throw new IllegalArgumentException(binary.name() + ": sample " + s + " pixel " + i + " is " + v
                            + ", but nBP needs binary inputs (0 or 255); binarise the data set first");
                if (count == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                buf[count++] = i;
            }
        }
        start[n] = count;
        return new NbpSamples(binary.name(), len, binary.numClasses(), start, Arrays.copyOf(buf, count), labels);
    }

    public String name() {
        return name;
    }

    public int size() {
        return labels.length;
    }

    public int inputs() {
        return nIn;
    }

    public int classes() {
        return nClasses;
    }

    public int label(int s) {
        return labels[s];
    }

    /** The shared index array; sample s's active inputs are {@code active()[from(s)] .. active()[to(s) - 1]}. */
    int[] active() {
        return active;
    }

    int from(int s) {
        return start[s];
    }

    int to(int s) {
        return start[s + 1];
    }

    /** Number of "on" inputs of sample s. */
    public int activeCount(int s) {
        return start[s + 1] - start[s];
    }

    /** Sample s as 0/1 per input. */
    public int[] dense(int s) {
        int[] x = new int[nIn];
        for (int p = start[s]; p < start[s + 1]; p++) x[active[p]] = 1;
        return x;
    }

    /**
     * Samples [from, to) as a set of their own: e.g. the last 5,000 training samples held out to choose a checkpoint
     * by, so the test set is scored but never used to choose.
     */
    public NbpSamples range(int from, int to) {
        if (from < 0 || to > size() || from >= to)
            throw new IllegalArgumentException(name + ": samples [" + from + ", " + to + ") are not inside [0, " + size() + ")");
        int[] st = new int[to - from + 1];
        for (int s = from; s <= to; s++) st[s - from] = start[s] - start[from];
        return new NbpSamples(name + "[" + from + ":" + to + "]", nIn, nClasses, st,
                Arrays.copyOfRange(active, start[from], start[to]), Arrays.copyOfRange(labels, from, to));
    }

    /** The first {@code n} samples (for tests and quick runs). */
    public NbpSamples limit(int n) {
        if (n >= size()) return this;
        int[] st = Arrays.copyOf(start, n + 1);
        return new NbpSamples(name + "[:" + n + "]", nIn, nClasses, st, Arrays.copyOf(active, st[n]),
                Arrays.copyOf(labels, n));
    }
}
