package io.spikeworks.learn.loss;

/**
 * Softmax cross-entropy with logits = scale·r. With scale 1 on spike counts this is snnTorch's
 * ce_count_loss; on membrane readouts it is ce_membrane; with scale −1/τ on first-spike times it is a
 * temporal loss in which the earliest output wins.
 */
public final class CrossEntropyLoss implements Loss {
    private final String id;
    private final float scale;

    public CrossEntropyLoss(String id, double scale) {
        this.id = id;
        this.scale = (float) scale;
    }

    public static CrossEntropyLoss onCounts() {
        return new CrossEntropyLoss("ce-count", 1);
    }

    public static CrossEntropyLoss onMembrane() {
        return new CrossEntropyLoss("ce-membrane", 1);
    }

    /** Temporal loss on first-spike times: logits −t/τ. */
    public static CrossEntropyLoss onFirstSpikeTimes(double tau) {
        if (!(tau > 0)) throw new IllegalArgumentException("tau must be > 0, got " + tau);
        return new CrossEntropyLoss("ttfs-temporal", -1 / tau);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean higherIsBetter() {
        return scale > 0;
    }

    @Override
    public double compute(float[] r, int batch, int k, int steps, int[] labels, float[] targets, float[] grad) {
        double total = 0;
        float invB = 1f / batch;
        for (int b = 0; b < batch; b++) {
            int off = b * k;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < k; i++) max = Math.max(max, (double) scale * r[off + i]);
            double sum = 0;
            for (int i = 0; i < k; i++) sum += Math.exp(scale * r[off + i] - max);
            double logSum = Math.log(sum) + max;
            int y = labels[b];
            total += logSum - (double) scale * r[off + y];
            for (int i = 0; i < k; i++) {
                double p = Math.exp(scale * r[off + i] - logSum);
                grad[off + i] = (float) ((p - (i == y ? 1 : 0)) * scale) * invB;
            }
        }
        return total / batch;
    }
}
