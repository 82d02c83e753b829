package io.spikeworks.learn.loss;

/**
 * A loss on the readout r (b×k), averaged over the batch. Writes dL/dr into grad and returns L.
 * Classification losses read labels; regression losses read targets (b×k).
 */
public interface Loss {
    String id();

    double compute(float[] r, int batch, int k, int steps, int[] labels, float[] targets, float[] grad);

    /** Whether a larger readout means a more likely class (false for first-spike times). */
    default boolean higherIsBetter() {
        return true;
    }

    /** Predicted class of sample b. */
    default int predict(float[] r, int b, int k) {
        int best = 0;
        for (int i = 1; i < k; i++) {
            float v = r[b * k + i];
            float bv = r[b * k + best];
            if (higherIsBetter() ? v > bv : v < bv) best = i;
        }
        return best;
    }
}
