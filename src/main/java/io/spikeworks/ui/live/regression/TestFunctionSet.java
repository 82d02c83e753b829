package io.spikeworks.ui.live.regression;

import io.spikeworks.data.RealValuedSet;
import io.spikeworks.data.RegressionLayout;

import java.util.Objects;
import java.util.Optional;

/**
 * What stays fixed about a regression test set for the views: its layout, every row's reference value and, for an
 * operator task, each test function's input f at the sensors. Read once per run from the data set; immutable.
 *
 * @param references one target per row of the layout
 * @param inputs     {@code functions × sensors} values of f, empty when the task has no input function
 */
public record TestFunctionSet(RegressionLayout layout, float[] references, float[] inputs) {
    public TestFunctionSet {
        Objects.requireNonNull(layout, "layout");
        if (references.length != layout.rows())
            throw new IllegalArgumentException(layout.rows() + " rows in the layout, " + references.length + " references");
        if (inputs.length != layout.functions() * layout.sensors())
            throw new IllegalArgumentException("need f at " + layout.sensors() + " sensors for " + layout.functions()
                    + " functions, got " + inputs.length + " values");
    }

    /** The set's rows as test functions, when the set says how they form them. */
    public static Optional<TestFunctionSet> of(io.spikeworks.data.SampleSet set) {
        if (!(set instanceof RealValuedSet r) || r.layout().isEmpty() || r.targetLength() != 1) return Optional.empty();
        RegressionLayout layout = r.layout().get();
        float[] y = new float[layout.rows()];
        for (int i = 0; i < y.length; i++) r.copyTarget(i, y, i);
        int m = layout.sensors();
        float[] f = new float[layout.functions() * m];
        if (m > 0) {
            float[] row = new float[r.sampleLength()];
            for (int fn = 0; fn < layout.functions(); fn++) {
                r.copySample(layout.firstRow(fn), row, 0);
                System.arraycopy(row, 0, f, fn * m, m);
            }
        }
        return Optional.of(new TestFunctionSet(layout, y, f));
    }

    /** f of test function {@code function} at the sensors (empty without an input function). */
    public float[] input(int function) {
        Objects.checkIndex(function, layout.functions());
        int m = layout.sensors();
        float[] f = new float[m];
        System.arraycopy(inputs, function * m, f, 0, m);
        return f;
    }
}
