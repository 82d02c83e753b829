package io.spikeworks.learn.gradient;

import java.util.List;

/**
 * A learning rule that measures its gradient estimate against BPTT's for several estimators or direction counts K
 * and can hand the summary over; the session publishes it to the gradient-quality card. Called on the training
 * thread between batches; must return quickly and an immutable list.
 */
public interface GradientCosineSource {
    /** The rows measured so far (empty before the first). */
    List<GradientCosineRow> gradientCosines();
}
