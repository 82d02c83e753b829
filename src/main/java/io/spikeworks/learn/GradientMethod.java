package io.spikeworks.learn;

/**
 * How a learning rule obtains a batch's gradient: BPTT through the layers' feedback sources, forward-only
 * perturbation, local losses per block, or an integer rule that changes the weights itself. The trainer owns the
 * threads, replicas, counters and evaluation; the method owns what runs on them, through the batch context.
 */
@FunctionalInterface
public interface GradientMethod {
    /**
     * Leaves the batch gradient in {@code Param.grad} of {@link BatchContext#params()} (or applies its own update and
     * calls {@link BatchContext#skipOptimizer()}). Must run the batch forward on the unchanged weights once, through
     * {@link BatchContext#forwardAndBackward()} or {@link BatchContext#forward()}, so the batch's loss and score are
     * those of the weights before the update.
     */
    void compute(BatchContext ctx);

    /** Surrogate-gradient BPTT, each slice forward then backward through its layers' feedback sources. */
    GradientMethod BPTT = BatchContext::forwardAndBackward;
}
