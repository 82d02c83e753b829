package io.spikeworks.data;

import java.util.List;
import java.util.Objects;

/**
 * Samples with real-valued inputs and targets, held as floats: function regression (x ↦ y) and operator learning
 * (input function at sensors and query point ↦ value). Immutable; {@link #limit} shares the arrays. A test set on a
 * grid also says how its rows form test functions ({@link #layout()}).
 */
public final class RealValuedSet implements SampleSet {
    private final String name;
    private final float[] inputs;
    private final float[] targets;
    private final int inputLength;
    private final int targetLength;
    private final int size;
    /** How the rows form test functions on a grid, or null when they do not (random training points). */
    private final RegressionLayout layout;

    /**
     * @param inputs  {@code size × inputLength} floats, sample after sample
     * @param targets {@code size × targetLength} floats, sample after sample
     */
    public RealValuedSet(String name, float[] inputs, int inputLength, float[] targets, int targetLength) {
        this(name, inputs, inputLength, targets, targetLength, null);
    }

    /** As above, with the grid layout of test functions the rows form (checked against the rows); null for none. */
    public RealValuedSet(String name, float[] inputs, int inputLength, float[] targets, int targetLength,
                         RegressionLayout layout) {
        this(name, inputs, inputLength, targets, targetLength, checkedSize(name, inputs, inputLength, targets, targetLength),
                layout);
        if (layout != null) layout.check(name, size, inputLength, targetLength);
    }

    private RealValuedSet(String name, float[] inputs, int inputLength, float[] targets, int targetLength, int size,
                          RegressionLayout layout) {
        this.name = Objects.requireNonNull(name, "name");
        this.inputs = inputs;
        this.targets = targets;
        this.inputLength = inputLength;
        this.targetLength = targetLength;
        this.size = size;
        this.layout = layout;
    }

    /** The test functions and grid these rows form, if they form one. */
    public java.util.Optional<RegressionLayout> layout() {
        return java.util.Optional.ofNullable(layout);
    }

    private static int checkedSize(String name, float[] inputs, int inputLength, float[] targets, int targetLength) {
        if (inputLength <= 0 || targetLength <= 0)
            throw new IllegalArgumentException(name + ": input and target lengths must be positive, got "
                    + inputLength + " and " + targetLength);
        if (inputs.length % inputLength != 0 || targets.length % targetLength != 0
                || inputs.length / inputLength != targets.length / targetLength)
            throw new IllegalArgumentException(name + ": " + inputs.length + " input floats of " + inputLength
                    + " per sample do not match " + targets.length + " target floats of " + targetLength);
        for (int i = 0; i < inputs.length; i++)
            if (!Float.isFinite(inputs[i])) throw new IllegalArgumentException(name + ": input " + i + " is " + inputs[i]);
        for (int i = 0; i < targets.length; i++)
            if (!Float.isFinite(targets[i])) throw new IllegalArgumentException(name + ": target " + i + " is " + targets[i]);
        return inputs.length / inputLength;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int[] sampleShape() {
        return new int[]{inputLength};
    }

    @Override
    public int sampleLength() {
        return inputLength;
    }

    @Override
    public boolean hasClassLabels() {
        return false;
    }

    @Override
    public List<String> classNames() {
        return List.of();
    }

    @Override
    public int targetLength() {
        return targetLength;
    }

    @Override
    public int label(int i) {
        Objects.checkIndex(i, size);
        return -1;
    }

    @Override
    public void copySample(int i, float[] dest, int offset) {
        Objects.checkIndex(i, size);
        System.arraycopy(inputs, i * inputLength, dest, offset, inputLength);
    }

    @Override
    public void copyTarget(int i, float[] dest, int offset) {
        Objects.checkIndex(i, size);
        System.arraycopy(targets, i * targetLength, dest, offset, targetLength);
    }

    @Override
    public void fillBatch(int[] indices, int from, int count, float[] features, int[] labels, float[] targets) {
        Objects.checkFromIndexSize(from, count, indices.length);
        for (int j = 0; j < count; j++) {
            int i = indices[from + j];
            copySample(i, features, j * inputLength);
            copyTarget(i, targets, j * targetLength);
            labels[j] = -1;
        }
    }

    @Override
    public RealValuedSet limit(int n) {
        if (n < 0) throw new IllegalArgumentException("limit must not be negative: " + n);
        if (n >= size) return this;
        return new RealValuedSet(name + "[:" + n + "]", inputs, inputLength, targets, targetLength, n,
                layout == null ? null : layout.limitedTo(n));
    }

    @Override
    public String toString() {
        return name + " (" + size + " samples, " + inputLength + " → " + targetLength + " values)";
    }
}
