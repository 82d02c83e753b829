package io.spikeworks.learn.score;

import java.util.Objects;

/**
 * What the network predicted for every row of a real-valued test set at one evaluation, in the set's row order.
 * Immutable by contract: a fresh array per evaluation, never written after it is handed out.
 *
 * @param epoch       the epoch the evaluation closed (1-based)
 * @param samplesSeen training samples seen by then
 * @param outputs     values per row
 * @param values      {@code rows × outputs} predictions
 */
public record TestPredictions(int epoch, long samplesSeen, int outputs, float[] values) {
    public TestPredictions {
        Objects.requireNonNull(values, "values");
        if (outputs < 1 || values.length % outputs != 0)
            throw new IllegalArgumentException(values.length + " predictions do not make rows of " + outputs + " outputs");
    }

    public int rows() {
        return values.length / outputs;
    }

    /** Output {@code k} of row {@code row}. */
    public float value(int row, int k) {
        return values[row * outputs + k];
    }
}
