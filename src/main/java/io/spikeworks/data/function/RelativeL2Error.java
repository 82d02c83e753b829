package io.spikeworks.data.function;

/**
 * The relative L2 error, the accuracy measure of the operator tasks, in two conventions (both over the query points
 * as stored, so a uniform grid or uniformly random points approximate the continuous L2 norm):
 * <ul>
 *   <li>{@link #meanOverFunctions}: the mean over functions of {@code ||pred_i - ref_i|| / ||ref_i||}, the usual
 *       figure in DeepONet/SepONet tables (each test function counts the same, whatever its size);</li>
 *   <li>{@link #pooled}: {@code ||pred - ref|| / ||ref||} over all values at once (large functions dominate).</li>
 * </ul>
 * Which one the randomized-forward-gradient paper reports is not known; label the choice in results.
 */
public final class RelativeL2Error {
    private RelativeL2Error() {
    }

    /** {@code ||predicted - reference|| / ||reference||} over all entries. */
    public static double pooled(float[] predicted, float[] reference) {
        requireSameLength(predicted, reference);
        double error = 0, norm = 0;
        for (int k = 0; k < reference.length; k++) {
            double d = (double) predicted[k] - reference[k];
            error += d * d;
            norm += (double) reference[k] * reference[k];
        }
        return Math.sqrt(error / requirePositiveNorm(norm, "reference"));
    }

    /**
     * The mean over the {@code reference.functions()} functions of the relative L2 error of {@code predicted}, laid
     * out like {@code reference.targets()} ({@code predicted[i * P + q]}).
     */
    public static double meanOverFunctions(OperatorSamples reference, float[] predicted) {
        float[] targets = reference.targets();
        requireSameLength(predicted, targets);
        int p = reference.queriesPerFunction();
        double sum = 0;
        for (int i = 0; i < reference.functions(); i++) {
            double error = 0, norm = 0;
            for (int q = i * p; q < (i + 1) * p; q++) {
                double d = (double) predicted[q] - targets[q];
                error += d * d;
                norm += (double) targets[q] * targets[q];
            }
            sum += Math.sqrt(error / requirePositiveNorm(norm, "reference function " + i));
        }
        return sum / reference.functions();
    }

    private static void requireSameLength(float[] predicted, float[] reference) {
        if (predicted.length != reference.length) {
            throw new IllegalArgumentException("predicted must have " + reference.length + " entries like the reference,"
                    + " got " + predicted.length);
        }
    }

    private static double requirePositiveNorm(double squaredNorm, String what) {
        if (!(squaredNorm > 0)) {
            throw new IllegalArgumentException(what + " is zero at every query point, so its relative error is undefined");
        }
        return squaredNorm;
    }
}
