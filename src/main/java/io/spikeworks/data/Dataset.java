package io.spikeworks.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Labelled images kept compact: one unsigned byte per pixel ({@code size × channels × height × width}, channel
 * planes first) and one byte per label. Floats are produced only on demand, into buffers the caller owns, so that
 * training loops allocate nothing per sample.
 *
 * <p>Immutable. {@link #limit}, {@link #select}, {@link #splitValidation} and {@link #withNormalization} return
 * views sharing the same bytes; they cost an index array at most.
 */
public final class Dataset implements SampleSet {
    private final String name;
    private final byte[] pixels;
    private final byte[] labels;
    private final int[] shape;
    private final int sampleLength;
    private final List<String> classNames;
    /** Storage row of each sample of this view; null when sample i is row i. */
    private final int[] rows;
    private final int size;
    private final Normalization normalization;
    private final float[] lookup;

    private Dataset(String name, byte[] pixels, byte[] labels, int[] shape, List<String> classNames, int[] rows,
                    int size, Normalization normalization) {
        this.name = name;
        this.pixels = pixels;
        this.labels = labels;
        this.shape = shape;
        this.sampleLength = shape[0] * shape[1] * shape[2];
        this.classNames = classNames;
        this.rows = rows;
        this.size = size;
        this.normalization = normalization;
        this.lookup = normalization.lookupTable(shape[0]);
    }

    /**
     * Wraps loaded bytes without copying them.
     *
     * @param pixels      {@code labels.length × sampleShape} unsigned bytes, channel planes first
     * @param labels      class index of each sample, unsigned, below {@code classNames.size()}
     * @param sampleShape channels, height, width
     */
    public static Dataset of(String name, byte[] pixels, byte[] labels, int[] sampleShape, List<String> classNames) {
        if (sampleShape.length != 3 || Arrays.stream(sampleShape).anyMatch(d -> d <= 0)) {
            throw new IllegalArgumentException("sample shape must be 3 positive sizes (channels, height, width): "
                    + Arrays.toString(sampleShape));
        }
        long sampleLength = (long) sampleShape[0] * sampleShape[1] * sampleShape[2];
        if (pixels.length != labels.length * sampleLength) {
            throw new IllegalArgumentException(name + ": " + pixels.length + " pixel bytes for " + labels.length
                    + " samples of " + sampleLength);
        }
        ClassLabels.check(name, labels, classNames);
        return new Dataset(name, pixels, labels, sampleShape.clone(), List.copyOf(classNames), null, labels.length,
                Normalization.unitRange());
    }

    /** e.g. {@code mnist/train}; views add what they select. */
    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return size;
    }

    /** Channels, height, width: {@code [1, 28, 28]} for MNIST, {@code [3, 32, 32]} for CIFAR. */
    @Override
    public int[] sampleShape() {
        return shape.clone();
    }

    /** Floats per sample: channels × height × width. */
    @Override
    public int sampleLength() {
        return sampleLength;
    }

    public int channels() {
        return shape[0];
    }

    public int numClasses() {
        return classNames.size();
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    public Normalization normalization() {
        return normalization;
    }

    /** Class index of sample {@code i}. */
    @Override
    public int label(int i) {
        return labels[row(i)] & 0xFF;
    }

    /** Writes sample {@code i}, normalised, into {@code dest[offset .. offset + sampleLength())}. */
    @Override
    public void copySample(int i, float[] dest, int offset) {
        Objects.checkFromIndexSize(offset, sampleLength, dest.length);
        copyRow(row(i), dest, offset);
    }

    /** Writes the stored bytes of sample {@code i} (unsigned, 0..255) into {@code dest} at {@code offset}. */
    public void copyRawSample(int i, byte[] dest, int offset) {
        Objects.checkFromIndexSize(offset, sampleLength, dest.length);
        System.arraycopy(pixels, row(i) * sampleLength, dest, offset, sampleLength);
    }

    /**
     * Fills a batch: samples {@code indices[from .. from + count)} go to {@code features}, one after another
     * ({@code count × sampleLength()} floats), and their classes to {@code labels[0 .. count)}.
     */
    @Override
    public boolean hasClassLabels() {
        return true;
    }

    @Override
    public int targetLength() {
        return 0;
    }

    @Override
    public void copyTarget(int i, float[] dest, int offset) {
        Objects.checkIndex(i, size);
    }

    @Override
    public void fillBatch(int[] indices, int from, int count, float[] features, int[] labels, float[] targets) {
        fillBatch(indices, from, count, features, labels);
    }

    public void fillBatch(int[] indices, int from, int count, float[] features, int[] labels) {
        Objects.checkFromIndexSize(from, count, indices.length);
        if (features.length < (long) count * sampleLength) {
            throw new IllegalArgumentException("feature buffer holds " + features.length + " floats, batch of "
                    + count + " needs " + (long) count * sampleLength);
        }
        if (labels.length < count) {
            throw new IllegalArgumentException("label buffer holds " + labels.length + ", batch needs " + count);
        }
        for (int j = 0; j < count; j++) {
            int r = row(indices[from + j]);
            copyRow(r, features, j * sampleLength);
            labels[j] = this.labels[r] & 0xFF;
        }
    }

    private void copyRow(int r, float[] dest, int offset) {
        int src = r * sampleLength;
        int plane = shape[1] * shape[2];
        int o = offset;
        for (int c = 0; c < shape[0]; c++) {
            int base = c << 8;
            for (int end = src + plane; src < end; src++) dest[o++] = lookup[base + (pixels[src] & 0xFF)];
        }
    }

    /** Number of samples of each class. */
    public int[] classHistogram() {
        int[] h = new int[numClasses()];
        for (int i = 0; i < size; i++) h[labels[row(i)] & 0xFF]++;
        return h;
    }

    /** Per-channel mean and standard deviation of this set on the [0, 1] scale, as a normalisation to apply. */
    public Normalization channelStatistics() {
        int channels = shape[0];
        int plane = shape[1] * shape[2];
        long[][] counts = new long[channels][256];
        for (int i = 0; i < size; i++) {
            int src = row(i) * sampleLength;
            for (int c = 0; c < channels; c++) {
                long[] h = counts[c];
                for (int end = src + plane; src < end; src++) h[pixels[src] & 0xFF]++;
            }
        }
        float[] mean = new float[channels];
        float[] std = new float[channels];
        for (int c = 0; c < channels; c++) {
            double n = 0, sum = 0, sumSq = 0;
            for (int p = 0; p < 256; p++) {
                double v = p / 255.0;
                n += counts[c][p];
                sum += counts[c][p] * v;
                sumSq += counts[c][p] * v * v;
            }
            double m = n == 0 ? 0 : sum / n;
            double var = n == 0 ? 0 : Math.max(0, sumSq / n - m * m);
            mean[c] = (float) m;
            // A constant channel would divide by zero; leave its spread alone.
            std[c] = var > 0 ? (float) Math.sqrt(var) : 1f;
        }
        return Normalization.standardize(mean, std);
    }

    /** The same samples, turned into floats by {@code normalization}. */
    public Dataset withNormalization(Normalization normalization) {
        Objects.requireNonNull(normalization, "normalization");
        if (normalization.equals(this.normalization)) return this;
        return new Dataset(name, pixels, labels, shape, classNames, rows, size, normalization);
    }

    /**
     * The first {@code n} samples in stored order, or this set if it has no more than {@code n}.
     * Simply the first N, not a random subset: reproducible without a seed, and for MNIST-like sets, whose files
     * are not sorted by class, close to class-balanced. Shuffle later with {@link MiniBatches}.
     */
    @Override
    public Dataset limit(int n) {
        if (n < 0) throw new IllegalArgumentException("limit must not be negative: " + n);
        if (n >= size) return this;
        int[] sub = rows == null ? null : Arrays.copyOf(rows, n);
        return new Dataset(name + "[:" + n + "]", pixels, labels, shape, classNames, sub, n, normalization);
    }

    /** The samples at {@code indices} of this set, in that order. */
    public Dataset select(int[] indices) {
        return select(name + "[" + indices.length + " selected]", indices);
    }

    private Dataset select(String viewName, int[] indices) {
        int[] sub = new int[indices.length];
        for (int j = 0; j < indices.length; j++) sub[j] = row(indices[j]);
        return new Dataset(viewName, pixels, labels, shape, classNames, sub, sub.length, normalization);
    }

    /**
     * Holds out {@code validationSize} samples chosen by {@code seed} (same seed, same split). Both parts keep
     * stored order, which keeps memory access sequential; {@link MiniBatches} shuffles them for training.
     */
    public TrainValidationSplit splitValidation(int validationSize, long seed) {
        if (validationSize < 0 || validationSize > size) {
            throw new IllegalArgumentException("validation size " + validationSize + " is not within 0.." + size);
        }
        int[] order = new SplitMix64(SplitMix64.derive(seed, -1)).permutation(size);
        int[] validation = Arrays.copyOfRange(order, 0, validationSize);
        int[] train = Arrays.copyOfRange(order, validationSize, size);
        Arrays.sort(validation);
        Arrays.sort(train);
        return new TrainValidationSplit(
                select(name + " (train part, seed " + seed + ")", train),
                select(name + " (validation part, seed " + seed + ")", validation));
    }

    /** As {@link #splitValidation(int, long)}, holding out {@code fraction} of the samples, rounded. */
    public TrainValidationSplit splitValidation(double fraction, long seed) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("validation fraction must be within 0..1: " + fraction);
        }
        return splitValidation((int) Math.round(fraction * size), seed);
    }

    private int row(int i) {
        Objects.checkIndex(i, size);
        return rows == null ? i : rows[i];
    }

    @Override
    public String toString() {
        return name + " (" + size + " × " + shape[0] + "×" + shape[1] + "×" + shape[2] + ", " + numClasses()
                + " classes)";
    }
}
