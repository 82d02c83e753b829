package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.symmetry.ToyTraining.Coding;
import io.spikeworks.learn.symmetry.ToyTraining.Shape;
import io.spikeworks.sim.Network;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feedback alignment, sign symmetry and Kolen-Pollack: how B follows (or does not follow) W. */
class FixedAndMirroredFeedbackTest {
    @Test
    void feedbackAlignmentNeverChangesB() {
        Network net = ToyTraining.network(Shape.CONV, Coding.RATE, 4);
        FeedbackAlignment rule = new FeedbackAlignment(FeedbackSettings.defaults());
        Trainer t = ToyTraining.trainer(net, Coding.RATE, rule, 5e-3);
        FeedbackWeights fb = rule.feedbackWeights().orElseThrow();
        float[][] initial = new float[fb.size()][];
        for (int i = 0; i < fb.size(); i++) initial[i] = fb.snapshot(i);
        float[] w0 = fb.layer(0).weightValues().clone();
        ToyTraining.train(t, 25);
        for (int i = 0; i < fb.size(); i++) assertArrayEquals(initial[i], fb.weights(i), fb.layer(i).name());
        assertFalse(java.util.Arrays.equals(w0, fb.layer(0).weightValues()), "W learns");
        assertEquals(0, rule.transportMeter().weightsCopied());
        assertEquals(0, rule.transportMeter().events());
    }

    @Test
    void randomFeedbackHasTheForwardWeightsSpreadAndFollowsTheSeed() {
        Network net = ToyTraining.network(Shape.DENSE, Coding.RATE, 4);
        FeedbackWeights a = FeedbackWeights.random(net, 11, 32, null);
        FeedbackWeights b = FeedbackWeights.random(net, 11, 32, null);
        FeedbackWeights c = FeedbackWeights.random(net, 12, 32, null);
        assertArrayEquals(a.weights(0), b.weights(0));
        assertFalse(java.util.Arrays.equals(a.weights(0), c.weights(0)));
        double rmsW = rms(a.layer(0).weightValues()), rmsB = rms(a.weights(0));
        assertEquals(rmsW, rmsB, 0.15 * rmsW);
        assertTrue(Math.abs(a.asymmetry(0).cosine()) < 0.3, "random B is roughly orthogonal to W");
    }

    static double rms(float[] v) {
        double s = 0;
        for (float x : v) s += x * x;
        return Math.sqrt(s / v.length);
    }

    @Test
    void signSymmetryCopiesOnlySignsEveryUpdate() {
        Network net = ToyTraining.network(Shape.DENSE, Coding.RATE, 4);
        SignSymmetry rule = new SignSymmetry(new FeedbackSettings(16, null, 0, 1));
        Trainer t = ToyTraining.trainer(net, Coding.RATE, rule, 5e-3);
        FeedbackWeights fb = rule.feedbackWeights().orElseThrow();
        float scale = Math.abs(fb.weights(0)[0]);
        ToyTraining.train(t, 7);
        for (int i = 0; i < fb.size(); i++) {
            float[] w = fb.layer(i).weightValues();
            float s = Math.abs(fb.weights(i)[0]);
            for (int k = 0; k < w.length; k++) assertEquals(Math.signum(w[k]) * s, fb.weights(i)[k]);
        }
        assertEquals(scale, Math.abs(fb.weights(0)[0]), "the scale is fixed at the start");
        assertEquals(1.0, fb.asymmetry().signAgreement());
        long n = 24 * 16 + 16 * 3;
        assertEquals(7, rule.transportMeter().events());
        assertEquals(7 * n, rule.transportMeter().weightsCopied());
        assertEquals(7 * n, rule.transportMeter().bitsCopied(), "one bit per sign");
        assertEquals(16.0, rule.transportMeter().reductionVsBp(), 1e-12);
    }

    /** W − B shrinks by (1 − λ) per update, whatever the optimiser did, so W and B converge without transport. */
    @Test
    void kolenPollackWeightsAndFeedbackConverge() {
        Network net = ToyTraining.network(Shape.DENSE, Coding.RATE, 4);
        double decay = 0.03;
        KolenPollack rule = new KolenPollack(decay, FeedbackSettings.defaults().withAlignmentEvery(0));
        Trainer t = ToyTraining.trainer(net, Coding.RATE, rule, 5e-3);
        FeedbackWeights fb = rule.feedbackWeights().orElseThrow();
        double gap0 = gap(fb);
        double relative0 = fb.asymmetry().relativeNorm();
        assertTrue(fb.asymmetry().cosine() < 0.3, "B starts random");
        int iterations = 150;
        double accuracy = ToyTraining.train(t, iterations);
        double expected = gap0 * Math.pow(1 - decay, iterations);
        assertEquals(expected, gap(fb), 1e-3 * gap0);
        assertTrue(fb.asymmetry().cosine() > 0.99, "cosine " + fb.asymmetry().cosine());
        assertTrue(fb.asymmetry().relativeNorm() < relative0 / 10, "relative norm " + relative0 + " → "
                + fb.asymmetry().relativeNorm() + " (W decays too)");
        assertEquals(0, rule.transportMeter().bitsCopied());
        assertTrue(accuracy > 0.6, "still learns the toy task: " + accuracy);
    }

    static double gap(FeedbackWeights fb) {
        double s = 0;
        for (int i = 0; i < fb.size(); i++) for (float d : fb.divergence(i)) s += (double) d * d;
        return Math.sqrt(s);
    }
}
