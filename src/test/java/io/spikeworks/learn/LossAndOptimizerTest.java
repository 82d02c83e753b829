package io.spikeworks.learn;

import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.learn.loss.Loss;
import io.spikeworks.learn.loss.MseCountLoss;
import io.spikeworks.learn.loss.MseRegressionLoss;
import io.spikeworks.learn.optim.AdamOptimizer;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.learn.optim.SgdOptimizer;
import io.spikeworks.sim.Param;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Losses against finite differences and closed forms; optimisers against their update equations. */
class LossAndOptimizerTest {
    static final float[] R = {3, 1, 0, 2, 5, 4};
    static final int[] LABELS = {0, 2};

    static void checkGradient(Loss loss, float[] targets) {
        float[] grad = new float[R.length];
        loss.compute(R, 2, 3, 10, LABELS, targets, grad);
        for (int i = 0; i < R.length; i++) {
            float[] plus = R.clone();
            float[] minus = R.clone();
            plus[i] += 1e-2f;
            minus[i] -= 1e-2f;
            double lp = loss.compute(plus, 2, 3, 10, LABELS, targets, new float[R.length]);
            double lm = loss.compute(minus, 2, 3, 10, LABELS, targets, new float[R.length]);
            assertEquals((lp - lm) / 2e-2, grad[i], 2e-3, loss.id() + " dL/dr[" + i + "]");
        }
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        checkGradient(CrossEntropyLoss.onCounts(), null);
        checkGradient(CrossEntropyLoss.onFirstSpikeTimes(2.0), null);
        checkGradient(new MseCountLoss(0.8, 0.2), null);
        checkGradient(new MseRegressionLoss(), new float[]{1, 1, 1, 0, 0, 0});
    }

    @Test
    void crossEntropyOfEqualLogitsIsLogK() {
        float[] g = new float[3];
        double l = CrossEntropyLoss.onCounts().compute(new float[]{2, 2, 2}, 1, 3, 10, new int[]{1}, null, g);
        assertEquals(Math.log(3), l, 1e-9);
        assertEquals(-2f / 3, g[1], 1e-6);
    }

    @Test
    void temporalLossPredictsTheEarliestOutput() {
        Loss l = CrossEntropyLoss.onFirstSpikeTimes(1);
        assertEquals(1, l.predict(new float[]{7, 2, 9}, 0, 3));
        assertEquals(2, CrossEntropyLoss.onCounts().predict(new float[]{7, 2, 9}, 0, 3));
    }

    @Test
    void mseCountTargetsAreRatesTimesSteps() {
        float[] g = new float[3];
        double l = new MseCountLoss(0.8, 0.2).compute(new float[]{2, 8, 2}, 1, 3, 10, new int[]{1}, null, g);
        assertEquals(0.0, l, 1e-9);
    }

    @Test
    void adamFirstStepMovesEachWeightByTheLearningRateAgainstTheGradientSign() {
        Param p = new Param("w", 3);
        p.value[0] = 1;
        p.grad[0] = 0.5f;
        p.grad[1] = -3f;
        p.grad[2] = 0f;
        new AdamOptimizer(0.9, 0.999, 1e-8, 0).step(List.of(p), 0.01);
        assertEquals(0.99f, p.value[0], 1e-6);
        assertEquals(0.01f, p.value[1], 1e-6);
        assertEquals(0f, p.value[2], 1e-9);
    }

    @Test
    void sgdMomentumAccumulatesVelocity() {
        Param p = new Param("w", 1);
        SgdOptimizer sgd = new SgdOptimizer(0.5, 0);
        p.grad[0] = 1;
        sgd.step(List.of(p), 0.1);
        assertEquals(-0.1f, p.value[0], 1e-7);
        sgd.step(List.of(p), 0.1); // v = 0.5·1 + 1
        assertEquals(-0.25f, p.value[0], 1e-7);
    }

    @Test
    void schedulesFollowTheirFormulas() {
        assertEquals(0.25, LearningRateSchedule.step(2, 0.5).rate(1, 4, 0.5), 1e-12);
        assertEquals(1.0, LearningRateSchedule.cosine(0).rate(1, 0, 0), 1e-12);
        assertEquals(0.5, LearningRateSchedule.cosine(0).rate(1, 0, 0.5), 1e-12);
        assertEquals(0.1, LearningRateSchedule.cosine(0.1).rate(1, 0, 1), 1e-12);
    }
}
