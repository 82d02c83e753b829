package io.spikeworks.learn.loss;

/** Mean squared error between the readout and real-valued targets, averaged over batch and outputs. */
public final class MseRegressionLoss implements Loss {
    @Override
    public String id() {
        return "mse-regression";
    }

    @Override
    public double compute(float[] r, int batch, int k, int steps, int[] labels, float[] targets, float[] grad) {
        if (targets == null) throw new IllegalArgumentException("mse-regression needs real-valued targets");
        double total = 0;
        float norm = 1f / (batch * k);
        for (int i = 0; i < batch * k; i++) {
            float d = r[i] - targets[i];
            total += d * d;
            grad[i] = 2 * d * norm;
        }
        return total * norm;
    }
}
