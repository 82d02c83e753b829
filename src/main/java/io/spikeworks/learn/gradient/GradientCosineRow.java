package io.spikeworks.learn.gradient;

import java.util.Objects;

/**
 * How well one gradient estimator with K directions points along BPTT's gradient on the same batches: the cosine
 * between the two, summarised over the batches measured. One row of the gradient-quality card's table.
 *
 * @param estimator  what estimated the gradient, e.g. "wp-central global", "forward-mode"
 * @param directions K, the random directions averaged per estimate
 * @param mean       mean cosine over the batches
 * @param min        lowest cosine
 * @param max        highest cosine
 * @param batches    batches measured
 */
public record GradientCosineRow(String estimator, int directions, double mean, double min, double max, int batches) {
    public GradientCosineRow {
        Objects.requireNonNull(estimator, "estimator");
        if (directions < 1) throw new IllegalArgumentException(estimator + ": K must be at least 1, got " + directions);
        if (batches < 1) throw new IllegalArgumentException(estimator + " K = " + directions + ": no batches measured");
        for (double c : new double[]{mean, min, max})
            if (!(c >= -1 - 1e-9 && c <= 1 + 1e-9))
                throw new IllegalArgumentException(estimator + " K = " + directions + ": a cosine must lie in [−1, 1], got " + c);
        if (!(min <= mean + 1e-12 && mean <= max + 1e-12))
            throw new IllegalArgumentException(estimator + " K = " + directions + ": needs min ≤ mean ≤ max, got "
                    + min + ", " + mean + ", " + max);
    }
}
