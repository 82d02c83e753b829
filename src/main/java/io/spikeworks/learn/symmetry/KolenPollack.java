package io.spikeworks.learn.symmetry;

import io.spikeworks.model.Component;
import io.spikeworks.sim.Network;

/**
 * Kolen-Pollack learning (Kolen &amp; Pollack 1994; Akrout et al. 2019): B starts random and receives the same
 * update as W (B is held in W's layout, so "the transposed update" is the same array of deltas), and both decay:
 * <pre>
 *   ΔW = W_after_optimiser − W_before          (the applied step; with Adam it differs from −η·grad)
 *   W ← W_before + ΔW − λ·W_before
 *   B ← B + ΔW − λ·B
 * </pre>
 * so W − B shrinks by (1 − λ) every iteration and the two converge without any transport. The decay applies to
 * the feedback-carrying layers only (the first layer has no B).
 */
public final class KolenPollack extends FeedbackWeightsRule {
    public static final String ID = "kolen-pollack";

    private final float decay;
    private float[][] before;

    public KolenPollack(double decay, FeedbackSettings settings) {
        super(settings);
        if (!(decay >= 0 && decay < 1)) throw new IllegalArgumentException("decay must be in [0, 1), got " + decay);
        this.decay = (float) decay;
    }

    public static KolenPollack from(Component c) {
        return new KolenPollack(c.getDouble("decay"), FeedbackSettings.from(c));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected FeedbackWeights initialFeedback(Network network) {
        FeedbackWeights fb = FeedbackWeights.random(network, settings.seedFor(network), settings.bitsPerWeight(),
                settings.energyPerBitPj());
        before = new float[fb.size()][];
        for (int i = 0; i < before.length; i++) before[i] = new float[fb.weights(i).length];
        return fb;
    }

    @Override
    protected void beforeStep(Network network) {
        for (int i = 0; i < before.length; i++) {
            float[] w = feedback.layer(i).weightValues();
            System.arraycopy(w, 0, before[i], 0, w.length);
        }
    }

    @Override
    protected void updateFeedback(Network network, long iteration) {
        float keep = 1f - decay;
        for (int i = 0; i < before.length; i++) {
            float[] w = feedback.layer(i).weightValues();
            float[] b = feedback.weights(i);
            float[] w0 = before[i];
            for (int k = 0; k < w.length; k++) {
                float delta = w[k] - w0[k];
                w[k] -= decay * w0[k];
                b[k] = keep * b[k] + delta;
            }
        }
    }
}
