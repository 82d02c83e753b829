package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.PendingUpdate;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.loss.CrossEntropyLoss;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.learn.optim.SgdOptimizer;
import io.spikeworks.learn.symmetry.ToyTraining.Coding;
import io.spikeworks.learn.symmetry.ToyTraining.Shape;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.encode.PoissonEncoder;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kolen-Pollack's update pinned to the equations in {@link KolenPollack}'s documentation:
 * <pre>
 *   ΔW = W_after_optimiser − W_before,   W ← W_before + ΔW − λ·W_before,   B ← B + ΔW − λ·B
 * </pre>
 * W decays by λ of its value <em>before</em> the step. Decaying the stepped W instead changes W by λ·ΔW per
 * iteration, which the convergence test ({@code FixedAndMirroredFeedbackTest}) cannot see; these can.
 */
class KolenPollackUpdateTest {
    static final float DECAY = 0.25f;
    static final float LEARNING_RATE = 0.5f;

    /** Two steps of plain SGD on a 2-2-2 net, every value a short binary fraction so the results are exact. */
    @Test
    void twoStepsMatchTheDocumentedEquationsExactly() {
        SpikeFunction f = SpikeFunction.of(Surrogate.FAST_SIGMOID, 5);
        NeuronModel n = NeuronModel.lif(0.9, 0.5, ResetMode.SUBTRACT, 0);
        DenseLayer hidden = new DenseLayer("h", new int[]{2}, 2, true, n, f);
        DenseLayer out = new DenseLayer("out", new int[]{2}, 2, true, n, f);
        Network net = new Network(new int[]{2}, List.of(hidden, out), new Readout(Readout.Kind.SPIKE_COUNT));
        KolenPollack rule = new KolenPollack(DECAY, FeedbackSettings.defaults().withAlignmentEvery(0));
        rule.attach(net);
        FeedbackWeights fb = rule.feedbackWeights().orElseThrow();
        assertEquals(1, fb.size(), "only the output layer sends errors back through B");
        assertSame(out, fb.layer(0));

        set(hidden.weightValues(), 1, -2, 0.75, 0.5);
        set(hidden.bias().value, 0.25, -0.25);
        set(out.weightValues(), 2, -1, 0.5, 0);
        set(out.bias().value, 0.5, -0.5);
        set(fb.weights(0), 1, 1, -2, 0.5);
        SgdOptimizer sgd = new SgdOptimizer(0, 0);

        // step 1: ΔW_out = −η·g = (−0.5, 0.25, −0.125, −1)
        set(hidden.weights().grad, 0.5, 0.5, -1, 0);
        set(hidden.bias().grad, 1, 0);
        set(out.weights().grad, 1, -0.5, 0.25, 2);
        set(out.bias().grad, 1, -1);
        step(rule, sgd, net, 1);
        // W: W + ΔW − 0.25·W          (decaying after the step would give 1.125, −0.5625, 0.28125, −0.75)
        assertArrayEquals(new float[]{1, -0.5f, 0.25f, -1}, out.weightValues(), "W of out after step 1");
        // B: 0.75·B + ΔW
        assertArrayEquals(new float[]{0.25f, 1, -1.625f, -0.625f}, fb.weights(0), "B of out after step 1");
        // no B for the first layer, so no decay: the optimiser's step alone; biases are not decayed either
        assertArrayEquals(new float[]{0.75f, -2.25f, 1.25f, 0.5f}, hidden.weightValues(), "W of h after step 1");
        assertArrayEquals(new float[]{-0.25f, -0.25f}, hidden.bias().value, "bias of h after step 1");
        assertArrayEquals(new float[]{0, 0}, out.bias().value, "bias of out after step 1");

        // step 2, from the new W (a stale snapshot of step 1's W would give other numbers): ΔW_out = (−0.25, −0.5, 0.25, 0)
        set(hidden.weights().grad, 0, 0, 0, 0);
        set(hidden.bias().grad, 0, 0);
        set(out.weights().grad, 0.5, 1, -0.5, 0);
        set(out.bias().grad, 0, 0);
        step(rule, sgd, net, 2);
        assertArrayEquals(new float[]{0.5f, -0.875f, 0.4375f, -0.75f}, out.weightValues(), "W of out after step 2");
        assertArrayEquals(new float[]{-0.0625f, 0.25f, -0.96875f, -0.46875f}, fb.weights(0), "B of out after step 2");
        assertArrayEquals(new float[]{0.75f, -2.25f, 1.25f, 0.5f}, hidden.weightValues(), "W of h after step 2");
    }

    /**
     * The same equations through the trainer on a real batch (so the rule sees W before the optimiser and after
     * it), against the batch gradient the trainer leaves in Param.grad, computed here in double.
     */
    @Test
    void trainerStepFollowsTheDocumentedEquations() {
        Network net = ToyTraining.network(Shape.DENSE, Coding.RATE, 4);
        KolenPollack rule = new KolenPollack(DECAY, FeedbackSettings.defaults().withAlignmentEvery(0));
        Trainer t = new Trainer(net, new PoissonEncoder(1.0), CrossEntropyLoss.onCounts(), new SgdOptimizer(0, 0),
                rule, ToyTraining.STEPS, LEARNING_RATE, LearningRateSchedule.constant());
        FeedbackWeights fb = rule.feedbackWeights().orElseThrow();
        ToyTraining.train(t, 3); // W and B have moved off their initial values

        List<SpikingLayer> layers = net.spikingLayers();
        float[][] w0 = new float[layers.size()][];
        for (int l = 0; l < layers.size(); l++) w0[l] = layers.get(l).weightValues().clone();
        float[][] b0 = new float[fb.size()][];
        for (int i = 0; i < fb.size(); i++) b0[i] = fb.weights(i).clone();
        int[] labels = new int[ToyTraining.BATCH];
        t.trainBatch(ToyTraining.pixels(3, labels), labels, ToyTraining.BATCH, 80);

        double largestMovedDecayEffect = 0;
        for (int l = 0; l < layers.size(); l++) {
            SpikingLayer layer = layers.get(l);
            float[] g = layer.weights().grad;
            float[] w = layer.weightValues();
            int fi = indexOf(fb, layer);
            for (int k = 0; k < w.length; k++) {
                double step = -(double) LEARNING_RATE * g[k];
                double tolerance = 1e-6 * (1 + Math.abs(w0[l][k]) + Math.abs(step));
                if (fi < 0) {
                    assertEquals(w0[l][k] + step, w[k], tolerance, layer.name() + " has no B: W takes the plain step");
                    continue;
                }
                assertEquals(w0[l][k] + step - DECAY * w0[l][k], w[k], tolerance, layer.name() + " W[" + k + "]");
                assertEquals((1 - DECAY) * b0[fi][k] + step, fb.weights(fi)[k], tolerance, layer.name() + " B[" + k + "]");
                largestMovedDecayEffect = Math.max(largestMovedDecayEffect, Math.abs(DECAY * step) / tolerance);
            }
        }
        // decaying the stepped W would move some W by λ·ΔW: make sure that is far outside the tolerance here
        assertTrue(largestMovedDecayEffect > 100, "the batch's steps are too small to tell the two orders apart: "
                + largestMovedDecayEffect);
    }

    private static void step(KolenPollack rule, SgdOptimizer sgd, Network net, long iteration) {
        rule.beforeUpdate(new PendingUpdate() {
            @Override public Network network() {
                return net;
            }

            @Override public long iteration() {
                return iteration;
            }

            @Override public void rerunBackward() {
                throw new AssertionError("gradient alignment is off; nothing should rerun the backward pass");
            }
        });
        sgd.step(net.params(), LEARNING_RATE);
        rule.afterUpdate(net, iteration);
    }

    private static int indexOf(FeedbackWeights fb, SpikingLayer layer) {
        for (int i = 0; i < fb.size(); i++) if (fb.layer(i) == layer) return i;
        return -1;
    }

    private static void set(float[] target, double... values) {
        assertEquals(values.length, target.length, "test setup: value count");
        for (int i = 0; i < values.length; i++) target[i] = (float) values[i];
    }
}
