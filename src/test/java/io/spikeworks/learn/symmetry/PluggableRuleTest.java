package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.BatchContext;
import io.spikeworks.learn.GradientMethod;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.RuleRegistration;
import io.spikeworks.learn.symmetry.ToyTraining.Coding;
import io.spikeworks.learn.symmetry.ToyTraining.Shape;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.ParamSpec;
import io.spikeworks.sim.FeedbackSource;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.kernel.FastRandom;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A training rule that does not use backprop at all plugs in with one class ({@link RandomDirectionRule}, below) and
 * one registration ({@link LearningRules#register}): no other file of Spikeworks changes. It then appears in the
 * catalog (so pickers, loading and validation see it), is built from its component, and trains the toy task.
 */
class PluggableRuleTest {
    static final String TYPE = "test-random-direction";

    /** Central-difference weight perturbation along K random ±1 directions over every weight at once. */
    static final class RandomDirectionRule implements LearningRule {
        final int directions;
        final float epsilon;
        final FastRandom rng = new FastRandom(5);
        int forwardPasses;

        RandomDirectionRule(Component c) {
            directions = c.getInt("directions");
            epsilon = (float) c.getDouble("epsilon");
        }

        @Override
        public String id() {
            return TYPE;
        }

        @Override
        public void attach(Network network) {
            for (SpikingLayer l : network.spikingLayers()) l.setFeedback(FeedbackSource.TRANSPOSE);
        }

        @Override
        public GradientMethod gradientMethod() {
            return this::estimate;
        }

        private void estimate(BatchContext ctx) {
            List<Param> params = ctx.params();
            ctx.forward(); // the batch's own loss and score, on the weights as they are
            for (Param p : params) java.util.Arrays.fill(p.grad, 0f);
            float[][] v = new float[params.size()][];
            for (int i = 0; i < v.length; i++) v[i] = new float[params.get(i).value.length];
            for (int k = 0; k < directions; k++) {
                for (float[] d : v) for (int j = 0; j < d.length; j++) d[j] = rng.nextFloat() < 0.5f ? -1f : 1f;
                shift(params, v, epsilon);
                double up = ctx.forward();
                shift(params, v, -2 * epsilon);
                double down = ctx.forward();
                shift(params, v, epsilon);
                float slope = (float) ((up - down) / (2 * epsilon) / directions);
                for (int i = 0; i < v.length; i++) {
                    float[] g = params.get(i).grad;
                    for (int j = 0; j < g.length; j++) g[j] += slope * v[i][j];
                }
            }
            forwardPasses = ctx.forwardPasses();
        }

        private static void shift(List<Param> params, float[][] v, float by) {
            for (int i = 0; i < v.length; i++) {
                float[] w = params.get(i).value;
                for (int j = 0; j < w.length; j++) w[j] += by * v[i][j];
            }
        }
    }

    @Test
    void aRuleWithoutBackpropPlugsInWithOneClassAndOneRegistrationAndTrains() {
        LearningRules.register(new RuleRegistration(ComponentSpec.of(ComponentFamily.ALGORITHM, TYPE,
                "Random-direction perturbation (test)", "A toy forward-only rule.",
                ParamSpec.ofInt("directions", "Directions K").atLeast(1).withDefault(8),
                ParamSpec.ofDouble("epsilon", "ε").greaterThan(0).withDefault(0.02)), RandomDirectionRule::new));

        ComponentSpec spec = ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, TYPE);
        assertTrue(ComponentCatalog.standard().typeIds(ComponentFamily.ALGORITHM).contains(TYPE), "the picker lists it");

        RandomDirectionRule rule = (RandomDirectionRule) LearningRules.create(Component.of(spec, "directions", 16));
        Network net = ToyTraining.network(Shape.DENSE, Coding.RATE, 21);
        double before = ToyTraining.train(ToyTraining.trainer(net.replicate(), Coding.RATE,
                LearningRules.create(Component.of(spec, "directions", 16)), 0), 8);
        double accuracy = ToyTraining.train(ToyTraining.trainer(net, Coding.RATE, rule, 2e-2), 150);
        assertEquals(1 + 2 * 16, rule.forwardPasses, "one pass for the batch and two per direction");
        assertTrue(rule.feedbackNote().contains("no feedback weights B"), "the views say it has no B: " + rule.feedbackNote());
        assertTrue(accuracy > 0.6 && accuracy > before + 0.2,
                "learned the toy task: " + accuracy + " (untrained " + before + ", chance 0.33)");
    }
}
