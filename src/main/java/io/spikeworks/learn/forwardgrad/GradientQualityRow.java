package io.spikeworks.learn.forwardgrad;

/**
 * How well one gradient estimator points along BPTT's gradient on one batch, at one number of directions: the cosine
 * between the estimate and BPTT's gradient (all parameters), over several direction seeds. A plain row for tables,
 * CSV files and views.
 *
 * @param estimator              the estimator's id ({@link GradientQuality.Estimator})
 * @param directions             K
 * @param meanCosine             mean over the seeds
 * @param minCosine              lowest of the seeds
 * @param maxCosine              highest of the seeds
 * @param forwardPassesPerUpdate forward passes one update takes (tangent passes for the forward-mode estimators)
 */
public record GradientQualityRow(String estimator, int directions, double meanCosine, double minCosine,
                                 double maxCosine, double forwardPassesPerUpdate) {
}
