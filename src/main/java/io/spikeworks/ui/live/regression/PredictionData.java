package io.spikeworks.ui.live.regression;

import io.spikeworks.data.RegressionLayout;
import io.spikeworks.learn.score.FunctionErrors;
import io.spikeworks.learn.score.TestPredictions;

import java.util.Objects;

/**
 * The test set's predictions at one evaluation beside its references, for the predicted-against-reference view: per
 * test function its grid of reference, prediction and error, and every function's relative L2 error. Immutable.
 *
 * @param version        increases with every new snapshot
 * @param set            layout, references and input functions of the test set
 * @param epoch          the evaluation's epoch
 * @param predictions    one prediction per row of the layout
 * @param functionErrors each test function's relative L2 error, ‖pred − ref‖₂ / ‖ref‖₂ over its grid
 */
public record PredictionData(long version, TestFunctionSet set, int epoch, long samplesSeen, float[] predictions,
                             double[] functionErrors) {
    public PredictionData {
        Objects.requireNonNull(set, "set");
        if (predictions.length != set.layout().rows())
            throw new IllegalArgumentException(set.layout().rows() + " rows in the layout, " + predictions.length + " predictions");
        if (functionErrors.length != set.layout().functions())
            throw new IllegalArgumentException("one error per test function expected");
    }

    /** The snapshot of an evaluation's predictions (its first output of each row, within the layout). */
    public static PredictionData of(long version, TestFunctionSet set, TestPredictions p) {
        RegressionLayout layout = set.layout();
        if (p.rows() < layout.rows())
            throw new IllegalArgumentException(p.rows() + " predictions for a layout of " + layout.rows() + " rows");
        float[] v = new float[layout.rows()];
        for (int r = 0; r < v.length; r++) v[r] = p.value(r, 0);
        return new PredictionData(version, set, p.epoch(), p.samplesSeen(), v,
                FunctionErrors.relativeL2(layout, set.references(), v));
    }

    public RegressionLayout layout() {
        return set.layout();
    }

    public int functions() {
        return set.layout().functions();
    }

    /** The test function with the largest error (the first of equals; 0 when none is finite). */
    public int worstFunction() {
        int worst = 0;
        double e = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < functionErrors.length; f++)
            if (functionErrors[f] > e) {
                e = functionErrors[f];
                worst = f;
            }
        return worst;
    }

    /** One test function's grid: reference, prediction and |prediction − reference| per point, and f. */
    public TestFunction function(int function) {
        RegressionLayout layout = set.layout();
        int p = layout.pointsPerFunction();
        int first = layout.firstRow(function);
        float[] ref = new float[p], pred = new float[p], err = new float[p];
        System.arraycopy(set.references(), first, ref, 0, p);
        System.arraycopy(predictions, first, pred, 0, p);
        for (int i = 0; i < p; i++) err[i] = Math.abs(pred[i] - ref[i]);
        return new TestFunction(function, layout, ref, pred, err, set.input(function), functionErrors[function]);
    }

    /**
     * One test function's values on the layout's grid (first axis slowest: point {@code i0 · n1 + i1}).
     *
     * @param input       f at the layout's sensors; empty without an input function
     * @param relativeL2  ‖prediction − reference‖₂ / ‖reference‖₂ over the grid
     */
    public record TestFunction(int index, RegressionLayout layout, float[] reference, float[] prediction, float[] error,
                               float[] input, double relativeL2) {
        /** The value at grid point (i0, i1) of a plane, i0 along the first axis. */
        public float at(float[] values, int i0, int i1) {
            return values[i0 * layout.axes().get(1).points() + i1];
        }

        /** The smallest and largest of reference and prediction together, so both share a colour scale. */
        public double[] valueRange() {
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (float[] a : new float[][]{reference, prediction})
                for (float v : a)
                    if (Float.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
            if (lo > hi) return new double[]{0, 1};
            if (lo == hi) return new double[]{lo - 1, hi + 1};
            return new double[]{lo, hi};
        }

        /** The largest error at a point. */
        public double maxError() {
            double m = 0;
            for (float e : error) if (Float.isFinite(e)) m = Math.max(m, e);
            return m;
        }
    }
}
