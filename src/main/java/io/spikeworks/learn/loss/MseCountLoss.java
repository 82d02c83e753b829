package io.spikeworks.learn.loss;

/**
 * Mean squared error between spike counts and target counts: T·targetCorrect spikes for the true class,
 * T·targetWrong for the others (snnTorch's mse_count_loss). Averaged over batch and classes.
 */
public final class MseCountLoss implements Loss {
    private final float correct;
    private final float wrong;

    public MseCountLoss(double targetCorrect, double targetWrong) {
        this.correct = (float) targetCorrect;
        this.wrong = (float) targetWrong;
    }

    @Override
    public String id() {
        return "mse-count";
    }

    @Override
    public double compute(float[] r, int batch, int k, int steps, int[] labels, float[] targets, float[] grad) {
        double total = 0;
        float norm = 1f / (batch * k);
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < k; i++) {
                float target = steps * (i == labels[b] ? correct : wrong);
                float d = r[b * k + i] - target;
                total += d * d;
                grad[b * k + i] = 2 * d * norm;
            }
        }
        return total * norm;
    }
}
