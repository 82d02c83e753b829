package io.spikeworks.learn.perturbation;

import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.ExactBackprop;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.loss.MseRegressionLoss;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.learn.optim.SgdOptimizer;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.encode.CurrentEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Weight perturbation as a training algorithm: on a linear model (one leaky-integrator layer read as its mean
 * membrane, whose MSE loss is quadratic in the weights) its estimate converges to BPTT's gradient; it counts its
 * passes and MACs; its direction stream survives a checkpoint; and it lowers the sine task's error end to end.
 */
class WeightPerturbationTest {
    static final int T = 6, IN = 3, OUT = 2, BATCH = 5;
    static final SpikeFunction SURROGATE = new SpikeFunction(Surrogate.FAST_SIGMOID, 25, true);

    static Network linearModel(long seed) {
        DenseLayer layer = new DenseLayer("out", new int[]{IN}, OUT, true, NeuronModel.leakyIntegrator(0.8), SURROGATE);
        fill(layer, seed, 1);
        return new Network(new int[]{IN}, List.of(layer), new Readout(Readout.Kind.MEMBRANE_MEAN));
    }

    static void fill(Layer layer, long seed, double scale) {
        FastRandom r = new FastRandom(seed);
        for (Param p : layer.params()) for (int i = 0; i < p.size(); i++) p.value[i] = (float) (scale * r.nextGaussian());
    }

    static final float[] X = {0.3f, -0.9f, 0.1f, 1.0f, 0.5f, -0.7f, 0.2f, 0.2f, 0.8f, -0.4f, 0.6f, 0.0f, 0.9f, 0.1f, -0.3f};
    static final float[] Y = {0.5f, -0.25f, 1.5f, 2f, -1f, 0.3f, 0.7f, 0.1f, -0.6f, 1.1f};

    /** The gradient the rule leaves in Param.grad for one batch (SGD with rate 0 leaves the weights as they are). */
    static List<float[]> gradientOf(Network net, LearningRule rule) {
        Trainer trainer = new Trainer(net, new CurrentEncoder(1.0), new MseRegressionLoss(), new SgdOptimizer(0, 0), rule,
                T, 0.0, LearningRateSchedule.constant(), 1);
        trainer.trainBatch(X, null, Y, BATCH, 7);
        List<float[]> g = new ArrayList<>();
        for (Param p : net.params()) g.add(p.grad.clone());
        return g;
    }

    static double cosine(List<float[]> a, List<float[]> b) {
        return io.spikeworks.learn.forwardgrad.GradientQuality.cosine(a, b);
    }

    @Test
    void onALinearModelTheEstimateConvergesToBpttsGradient() {
        List<float[]> exact = gradientOf(linearModel(3), new ExactBackprop());
        for (PerturbationScope scope : PerturbationScope.values()) {
            for (DirectionDistribution d : DirectionDistribution.values()) {
                Network net = linearModel(3);
                float[] w0 = net.params().get(0).value.clone();
                var rule = new WeightPerturbation(FiniteDifference.CENTRAL, d, scope, 1e-2, 4000, 5);
                List<float[]> estimate = gradientOf(net, rule);
                assertArrayEquals(w0, net.params().get(0).value, "weights put back exactly");
                double cos = cosine(exact, estimate);
                assertTrue(cos > 0.99, scope + ", " + d + ": cosine to BPTT " + cos);
            }
        }
        // few directions: a noisy estimate, still positively aligned on average over seeds
        double sum = 0;
        for (int seed = 0; seed < 20; seed++)
            sum += cosine(exact, gradientOf(linearModel(3), new WeightPerturbation(FiniteDifference.CENTRAL,
                    DirectionDistribution.GAUSSIAN, PerturbationScope.GLOBAL, 1e-2, 2, seed)));
        assertTrue(sum / 20 > 0.2 && sum / 20 < 0.9, "K = 2 of 8 parameters: mean cosine " + sum / 20);
    }

    @Test
    void oneSidedOnAQuadraticLossIsBiasedByHalfEpsilonTimesTheCurvature() {
        // one direction v = ±1: ĝ = s·v with s = ∇L·v + (ε/2)·vᵀHv (exact for a quadratic loss), so the gap between
        // ĝ_0 = s·v_0 and (∇L·v)·v_0 is (ε/2)·vᵀHv·v_0 and doubles with ε (the same seed draws the same v)
        List<float[]> exact = gradientOf(linearModel(11), new ExactBackprop());
        double[] gaps = new double[2];
        double[] eps = {0.05, 0.1};
        for (int i = 0; i < 2; i++) {
            List<float[]> g = gradientOf(linearModel(11), new WeightPerturbation(FiniteDifference.ONE_SIDED,
                    DirectionDistribution.RADEMACHER, PerturbationScope.GLOBAL, eps[i], 1, 8));
            gaps[i] = g.get(0)[0] - exactSlopeTimesV0(exact, g);
            List<float[]> central = gradientOf(linearModel(11), new WeightPerturbation(FiniteDifference.CENTRAL,
                    DirectionDistribution.RADEMACHER, PerturbationScope.GLOBAL, eps[i], 1, 8));
            assertEquals(exactSlopeTimesV0(exact, central), central.get(0)[0], 1e-4,
                    "central differences are exact on a quadratic loss (ε = " + eps[i] + ")");
        }
        assertTrue(Math.abs(gaps[0]) > 1e-3, "one-sided slope differs from the exact one: " + gaps[0]);
        assertEquals(2, gaps[1] / gaps[0], 0.02, "the bias grows linearly with ε: " + gaps[0] + ", " + gaps[1]);
    }

    /** (∇L·v)·v_0 for a ±1 direction v read back from an estimate ĝ = s·v: v_i·v_0 = sign(ĝ_i·ĝ_0). */
    private static double exactSlopeTimesV0(List<float[]> exact, List<float[]> estimate) {
        double s = 0;
        float e0 = estimate.get(0)[0];
        for (int p = 0; p < exact.size(); p++)
            for (int i = 0; i < exact.get(p).length; i++) s += exact.get(p)[i] * Math.signum(estimate.get(p)[i] * e0);
        return s;
    }

    static Network twoLayerSpiking(long seed) {
        DenseLayer hidden = new DenseLayer("hidden", new int[]{IN}, 4, true,
                NeuronModel.lif(0.9, 1.0, ResetMode.SUBTRACT, 0), SURROGATE);
        DenseLayer out = new DenseLayer("out", new int[]{4}, OUT, true, NeuronModel.leakyIntegrator(0.8), SURROGATE);
        fill(hidden, seed, 1.5);
        fill(out, seed + 1, 0.5);
        return new Network(new int[]{IN}, List.of(hidden, out), new Readout(Readout.Kind.MEMBRANE_MEAN));
    }

    @Test
    void countsItsForwardPassesAndMacs() {
        // 3→4 LIF → 2 leaky integrator: 12 + 4 + 8 + 2 = 26 parameters, 20 synapses
        var global = new WeightPerturbation(FiniteDifference.CENTRAL, DirectionDistribution.GAUSSIAN,
                PerturbationScope.GLOBAL, 0.05, 3, 1);
        gradientOf(twoLayerSpiking(2), global);
        Map<String, Double> m = global.metrics();
        assertEquals(1 + 2 * 3, m.get("forward_passes_per_update"));
        assertEquals(26, m.get("perturbed_parameters"));
        assertEquals(7.0 * BATCH * T * 20 + 3 * 26 * 3, m.get("macs_per_update"));

        var layerWise = new WeightPerturbation(FiniteDifference.ONE_SIDED, DirectionDistribution.RADEMACHER,
                PerturbationScope.LAYER_WISE, 0.05, 3, 1);
        gradientOf(twoLayerSpiking(2), layerWise);
        m = layerWise.metrics();
        assertEquals(1 + 2 * 3, m.get("forward_passes_per_update"), "two layers × K = 3 × one pass");
        assertEquals(7.0 * BATCH * T * 20 + 3 * 26 * 2, m.get("macs_per_update"));
    }

    @Test
    void layerWiseMovesOneLayerAtATime() {
        // the output layer's own K directions move only its weights, so its block of the estimate is that of a
        // linear model and converges to BPTT's block, although ε = 0.5 on the hidden layer would flip its spikes
        Network net = twoLayerSpiking(4);
        var rule = new WeightPerturbation(FiniteDifference.CENTRAL, DirectionDistribution.GAUSSIAN,
                PerturbationScope.LAYER_WISE, 0.5, 64, 3);
        List<float[]> before = new ArrayList<>();
        for (Param p : net.params()) before.add(p.value.clone());
        List<float[]> g = gradientOf(net, rule);
        for (int i = 0; i < before.size(); i++) assertArrayEquals(before.get(i), net.params().get(i).value);
        // the output layer is linear in its own weights: its block converges to BPTT's block
        List<float[]> exact = gradientOf(twoLayerSpiking(4), new ExactBackprop());
        double cos = cosine(exact.subList(2, 4), g.subList(2, 4));
        assertTrue(cos > 0.9, "output layer's block against BPTT's: " + cos);
    }

    @Test
    void measuringTheAngleToBpttLeavesTheEstimateAsItWas() {
        var plain = new WeightPerturbation(FiniteDifference.CENTRAL, DirectionDistribution.GAUSSIAN,
                PerturbationScope.GLOBAL, 0.05, 4, 6);
        var measured = new WeightPerturbation(FiniteDifference.CENTRAL, DirectionDistribution.GAUSSIAN,
                PerturbationScope.GLOBAL, 0.05, 4, 6, 1);
        List<float[]> a = gradientOf(twoLayerSpiking(8), plain);
        List<float[]> b = gradientOf(twoLayerSpiking(8), measured);
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i), b.get(i), "the optimiser gets the estimate");
        assertTrue(!plain.metrics().containsKey("grad_angle_deg"), "off by default");
        double angle = measured.metrics().get("grad_angle_deg");
        assertTrue(angle >= 0 && angle <= 180, "angle to BPTT on the hidden layer: " + angle);
        assertEquals(1 + 2 * 4, measured.metrics().get("forward_passes_per_update"),
                "the measurement's own pass is not the update's");
        // the angle is BPTT's: with the estimate replaced by BPTT's own gradient it would be 0, so compare directly
        List<float[]> exact = gradientOf(twoLayerSpiking(8), new ExactBackprop());
        double cos = cosine(exact.subList(0, 1), a.subList(0, 1));
        assertEquals(Math.toDegrees(Math.acos(cos)), angle, 1e-3, "the angle between the hidden weights' gradients");
    }

    @Test
    void aResumedRuleDrawsTheSameDirections() {
        var a = new WeightPerturbation(FiniteDifference.CENTRAL, DirectionDistribution.GAUSSIAN, PerturbationScope.GLOBAL,
                0.01, 4, 77);
        gradientOf(linearModel(5), a);
        var b = new WeightPerturbation(FiniteDifference.CENTRAL, DirectionDistribution.GAUSSIAN, PerturbationScope.GLOBAL,
                0.01, 4, 1);
        b.restore(a.state());
        List<float[]> ga = gradientOf(linearModel(5), a);
        List<float[]> gb = gradientOf(linearModel(5), b);
        for (int i = 0; i < ga.size(); i++) assertArrayEquals(ga.get(i), gb.get(i));
    }

    @Test
    void isRegisteredWithItsParametersAndLowersTheSineError() throws Exception {
        ComponentSpec spec = ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, WeightPerturbation.ID);
        for (String key : List.of("difference", "directions", "distribution", "scope", "epsilon", "seed", "alignmentEvery"))
            assertTrue(spec.findParam(key).isPresent() && !spec.param(key).help().isBlank(), key + " has help");
        Component c = Component.of(spec, "directions", 16, "scope", "layer-wise", "epsilon", 0.05);
        assertTrue(LearningRules.create(c) instanceof WeightPerturbation);

        Project p = new ProjectFiles().load(Path.of("sample-projects/sine-bptt.json"));
        p = p.withAlgorithm(c).withTraining(p.training().withEpochs(4));
        TrainTestSplit data = ScientificRegression.sine1d();
        TrainingRun run = new TrainingRun(p, data.train(), data.test());
        double before = run.evaluate(data.test()).score().relativeL2();
        run.run(TrainingListener.NONE);
        EvaluationRow last = run.rows().get(run.rows().size() - 1);
        double after = last.extras().get("test_rel_l2");
        assertTrue(after < 0.7 * before, "relative L2 error " + before + " → " + after);
        assertEquals(1 + 3 * 16 * 2, last.extras().get("forward_passes_per_update"), "three layers, K = 16, central");
    }
}
