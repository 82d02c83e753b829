package io.spikeworks.learn.score;

/**
 * What a batch (or an epoch, or an evaluation) scored, as sums that add across slices and batches: correct
 * predictions for class labels; squared errors and target moments for real-valued targets. Both task kinds derive
 * their figures from the same sums, so the trainer never asks which kind it runs.
 *
 * @param samples     samples scored
 * @param correct     samples whose predicted class was the label (classification)
 * @param values      target values scored (samples × outputs; regression)
 * @param sqError     Σ (readout − target)²
 * @param targetSum   Σ target
 * @param targetSqSum Σ target²
 */
public record Score(long samples, long correct, long values, double sqError, double targetSum, double targetSqSum) {
    public static final Score NONE = new Score(0, 0, 0, 0, 0, 0);

    public Score plus(Score o) {
        return new Score(samples + o.samples, correct + o.correct, values + o.values, sqError + o.sqError,
                targetSum + o.targetSum, targetSqSum + o.targetSqSum);
    }

    /** Scores classification: {@code correct} of {@code samples}. */
    public static Score classes(long samples, long correct) {
        return new Score(samples, correct, 0, 0, 0, 0);
    }

    /** Scores real-valued readouts r against targets y (both size × k, from offset 0). */
    public static Score regression(float[] r, float[] y, int size, int k) {
        double se = 0, s = 0, ss = 0;
        for (int i = 0; i < size * k; i++) {
            double d = r[i] - y[i];
            se += d * d;
            s += y[i];
            ss += (double) y[i] * y[i];
        }
        return new Score(size, 0, (long) size * k, se, s, ss);
    }

    /** Share of samples classified right; NaN for real-valued targets, which have no classes to be right about. */
    public double accuracy() {
        if (values > 0) return Double.NaN;
        return samples == 0 ? 0 : (double) correct / samples;
    }

    /** ‖r − y‖₂ / ‖y‖₂ over everything scored: the error measure of the operator-learning literature. */
    public double relativeL2() {
        return targetSqSum == 0 ? Double.NaN : Math.sqrt(sqError / targetSqSum);
    }

    public double rmse() {
        return values == 0 ? Double.NaN : Math.sqrt(sqError / values);
    }

    /** Coefficient of determination: 1 − SSE / Σ (y − ȳ)². */
    public double r2() {
        if (values == 0) return Double.NaN;
        double spread = targetSqSum - targetSum * targetSum / values;
        return spread <= 0 ? Double.NaN : 1 - sqError / spread;
    }
}
