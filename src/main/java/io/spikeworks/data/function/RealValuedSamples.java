package io.spikeworks.data.function;

/**
 * Rows of real-valued inputs and targets, the simplest shape a regression task hands to training.
 *
 * <p>Layout, row major: row r's input is {@code inputs[r * inputSize .. (r + 1) * inputSize - 1]} and its target
 * {@code targets[r * targetSize .. (r + 1) * targetSize - 1]}. The arrays are shared, not copied: treat them as
 * read-only.
 */
public final class RealValuedSamples {
    private final int count;
    private final int inputSize;
    private final int targetSize;
    private final float[] inputs;
    private final float[] targets;

    public RealValuedSamples(int count, int inputSize, int targetSize, float[] inputs, float[] targets) {
        if (count < 1) throw new IllegalArgumentException("count must be at least 1, got " + count);
        if (inputSize < 1) throw new IllegalArgumentException("inputSize must be at least 1, got " + inputSize);
        if (targetSize < 1) throw new IllegalArgumentException("targetSize must be at least 1, got " + targetSize);
        if (inputs.length != (long) count * inputSize) {
            throw new IllegalArgumentException("inputs must have count * inputSize = " + (long) count * inputSize
                    + " entries, got " + inputs.length);
        }
        if (targets.length != (long) count * targetSize) {
            throw new IllegalArgumentException("targets must have count * targetSize = " + (long) count * targetSize
                    + " entries, got " + targets.length);
        }
        this.count = count;
        this.inputSize = inputSize;
        this.targetSize = targetSize;
        this.inputs = inputs;
        this.targets = targets;
    }

    public int count() {
        return count;
    }

    public int inputSize() {
        return inputSize;
    }

    public int targetSize() {
        return targetSize;
    }

    public float[] inputs() {
        return inputs;
    }

    public float[] targets() {
        return targets;
    }

    /** Input coordinate {@code k} of row {@code row}. */
    public float input(int row, int k) {
        return inputs[row * inputSize + k];
    }

    /** Target component {@code k} of row {@code row}. */
    public float target(int row, int k) {
        return targets[row * targetSize + k];
    }
}
