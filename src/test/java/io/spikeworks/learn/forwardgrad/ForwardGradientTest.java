package io.spikeworks.learn.forwardgrad;

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
import io.spikeworks.learn.perturbation.DirectionDistribution;
import io.spikeworks.learn.perturbation.PerturbationScope;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.ProjectValidator;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.sim.DeepOnetLayer;
import io.spikeworks.sim.DenseLayer;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.NetworkTangent;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.Readout;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.encode.CurrentEncoder;
import io.spikeworks.sim.kernel.FastRandom;
import io.spikeworks.sim.neuron.NeuronModel;
import io.spikeworks.sim.neuron.ResetMode;
import io.spikeworks.sim.neuron.SpikeDerivative;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forward-gradient rule: its mean over many directions is BPTT's gradient (through the trainer's slices); the
 * Stein derivative's mean is the Gaussian-smoothed spike's derivative, on one neuron in closed form and through a
 * whole network; conv projects are refused at validation; the rule meters its memory against BPTT's and lowers the
 * sine task's error.
 */
class ForwardGradientTest {
    static final int T = 6, IN = 3, HID = 8, OUT = 2, BATCH = 5;
    static final SpikeFunction FAST = SpikeFunction.of(Surrogate.FAST_SIGMOID, 25);
    static final float[] X = {0.3f, -0.9f, 0.1f, 1.0f, 0.5f, -0.7f, 0.2f, 0.2f, 0.8f, -0.4f, 0.6f, 0.0f, 0.9f, 0.1f, -0.3f};
    static final float[] Y = {0.5f, -0.25f, 1.5f, 2f, -1f, 0.3f, 0.7f, 0.1f, -0.6f, 1.1f};

    static Network spikingModel(long seed) {
        DenseLayer h = new DenseLayer("h", new int[]{IN}, HID, true, NeuronModel.lif(0.9, 1.0, ResetMode.SUBTRACT, 0), FAST);
        DenseLayer o = new DenseLayer("o", new int[]{HID}, OUT, true, NeuronModel.leakyIntegrator(0.8), FAST);
        FastRandom r = new FastRandom(seed);
        for (Layer l : List.of(h, o)) for (Param p : l.params()) for (int i = 0; i < p.size(); i++) p.value[i] = (float) (1.2 * r.nextGaussian());
        return new Network(new int[]{IN}, List.of(h, o), new Readout(Readout.Kind.MEMBRANE_MEAN));
    }

    /** The gradient the rule leaves for one batch, on two slices (SGD with rate 0 keeps the weights). */
    static List<float[]> gradientOf(Network net, LearningRule rule) {
        Trainer trainer = new Trainer(net, new CurrentEncoder(1.0), new MseRegressionLoss(), new SgdOptimizer(0, 0), rule,
                T, 0.0, LearningRateSchedule.constant(), 2);
        trainer.trainBatch(X, null, Y, BATCH, 7);
        List<float[]> g = new ArrayList<>();
        for (Param p : net.params()) g.add(p.grad.clone());
        return g;
    }

    static double cosine(List<float[]> a, List<float[]> b) {
        return io.spikeworks.learn.forwardgrad.GradientQuality.cosine(a, b);
    }

    static ForwardGradient rule(SpikeSlope slope, PerturbationScope scope, int k, long seed) {
        return new ForwardGradient(new ForwardGradientEstimator(slope, DirectionDistribution.RADEMACHER, scope, k, 0.1, 4,
                seed), 0);
    }

    @Test
    void meanOverManyDirectionsIsBpttsGradient() {
        List<float[]> exact = gradientOf(spikingModel(1), new ExactBackprop());
        int hiddenSpikes = 0;
        Network probe = spikingModel(1);
        gradientOf(probe, new ExactBackprop());
        for (float s : probe.spikingLayers().get(0).state().spikes()) hiddenSpikes += s != 0 ? 1 : 0;
        assertTrue(hiddenSpikes > 0, "the hidden layer spikes");
        for (PerturbationScope scope : PerturbationScope.values()) {
            double cos = cosine(exact, gradientOf(spikingModel(1), rule(SpikeSlope.SURROGATE, scope, 20_000, 3)));
            assertTrue(cos > 0.99, scope + ": cosine to BPTT " + cos);
        }
        // few directions: an estimate, not the gradient (50 parameters, K = 2)
        double few = cosine(exact, gradientOf(spikingModel(1), rule(SpikeSlope.SURROGATE, PerturbationScope.GLOBAL, 2, 3)));
        assertTrue(few < 0.9, "K = 2: cosine " + few);
    }

    @Test
    void sameSeedSameEstimateWhateverTheSlicing() {
        List<float[]> two = gradientOf(spikingModel(2), rule(SpikeSlope.STEIN, PerturbationScope.LAYER_WISE, 40, 9));
        Network net = spikingModel(2);
        Trainer one = new Trainer(net, new CurrentEncoder(1.0), new MseRegressionLoss(), new SgdOptimizer(0, 0),
                rule(SpikeSlope.STEIN, PerturbationScope.LAYER_WISE, 40, 9), T, 0.0, LearningRateSchedule.constant(), 1);
        one.trainBatch(X, null, Y, BATCH, 7);
        // slices differ in how the batch is cut, so the noise differs per slice; directions are the same: compare a
        // surrogate run exactly instead, and the Stein run only for being finite and non-zero
        for (Param p : net.params()) for (float g : p.grad) assertTrue(Float.isFinite(g));
        List<float[]> a = gradientOf(spikingModel(2), rule(SpikeSlope.SURROGATE, PerturbationScope.LAYER_WISE, 40, 9));
        Network net1 = spikingModel(2);
        new Trainer(net1, new CurrentEncoder(1.0), new MseRegressionLoss(), new SgdOptimizer(0, 0),
                rule(SpikeSlope.SURROGATE, PerturbationScope.LAYER_WISE, 40, 9), T, 0.0, LearningRateSchedule.constant(), 1)
                .trainBatch(X, null, Y, BATCH, 7);
        for (int p = 0; p < a.size(); p++)
            for (int i = 0; i < a.get(p).length; i++)
                assertEquals(a.get(p)[i], net1.params().get(p).grad[i], 1e-5 * (1 + Math.abs(a.get(p)[i])));
        assertFalse(two.stream().allMatch(g -> java.util.Arrays.equals(g, new float[g.length])), "stein estimate not zero");
    }

    @Test
    void steinDerivativeAveragesToTheGaussianDensity() {
        double sigma = 0.2;
        SteinSpikeDerivative stein = new SteinSpikeDerivative(sigma, 4, 5);
        int n = 100_000;
        for (double x : new double[]{0.0, 0.1, -0.25, 0.5}) {
            double sum = 0, sq = 0;
            for (int i = 0; i < n; i++) {
                double h = stein.at((float) x);
                sum += h;
                sq += h * h;
            }
            double mean = sum / n;
            double se = Math.sqrt((sq / n - mean * mean) / n);
            double exact = SteinSpikeDerivative.smoothedDerivative(x, sigma);
            assertEquals(exact, mean, 4 * se + 1e-9, "x = " + x + ": mean " + mean + " against φσ " + exact);
        }
        assertEquals(0f, stein.at(3f), "beyond 10σ");
    }

    @Test
    void steinGradientOfOneNeuronConvergesToTheClosedForm() {
        // one LIF neuron, one step: u = w·x + b, r = H(u − θ) (spike count), L = (r − y)²
        float w = 0.9f, bias = 0.1f, x = 0.8f, theta = 1.0f, y = 1.0f;
        double sigma = 0.15;
        DenseLayer l = new DenseLayer("n", new int[]{1}, 1, true, NeuronModel.lif(0.9, theta, ResetMode.SUBTRACT, 0), FAST);
        l.weights().value[0] = w;
        l.bias().value[0] = bias;
        Network net = new Network(new int[]{1}, List.of(l), new Readout(Readout.Kind.SPIKE_COUNT));
        SteinSpikeDerivative stein = new SteinSpikeDerivative(sigma, 1, 0);
        NetworkTangent pass = new NetworkTangent(net, 1, 2, stein);
        // direction 0 moves w, direction 1 moves b
        List<List<float[]>> v = List.of(List.of(new float[]{1f, 0f}, new float[]{0f, 1f}));
        double u = w * x + bias;
        double r = u >= theta ? 1 : 0;
        int n = 200_000;
        double[] sum = new double[2], sq = new double[2];
        for (int i = 0; i < n; i++) {
            stein.reseed(FastRandom.mix(i));
            pass.run(new float[]{x}, 1, v);
            assertEquals(r, pass.readout()[0]);
            for (int d = 0; d < 2; d++) {
                double jvp = 2 * (pass.readout()[0] - y) * pass.readoutTangent()[d];
                sum[d] += jvp;
                sq[d] += jvp * jvp;
            }
        }
        double smooth = SteinSpikeDerivative.smoothedDerivative(u - theta, sigma);
        double[] exact = {2 * (r - y) * smooth * x, 2 * (r - y) * smooth};
        for (int d = 0; d < 2; d++) {
            double mean = sum[d] / n;
            double se = Math.sqrt((sq[d] / n - mean * mean) / n);
            assertEquals(exact[d], mean, 4 * se, "dL/d" + (d == 0 ? "w" : "b") + ": " + mean + " against " + exact[d]);
            assertTrue(Math.abs(exact[d]) > 20 * se, "the test can tell the value from zero");
        }
    }

    @Test
    void steinTangentOfANetworkAveragesToTheGaussianSmoothedTangent() {
        Network net = spikingModel(4);
        float[] x = new float[T * BATCH * IN];
        for (int t = 0; t < T; t++) System.arraycopy(X, 0, x, t * BATCH * IN, BATCH * IN);
        double sigma = 0.3;
        List<List<float[]>> v = new ArrayList<>();
        FastRandom r = new FastRandom(8);
        for (Layer l : net.layers()) {
            List<float[]> ps = new ArrayList<>();
            for (Param p : l.params()) {
                float[] a = new float[p.size()];
                for (int i = 0; i < a.length; i++) a[i] = (float) r.nextGaussian();
                ps.add(a);
            }
            v.add(ps);
        }
        NetworkTangent smooth = new NetworkTangent(net, BATCH, 1,
                s -> (float) SteinSpikeDerivative.smoothedDerivative(s, sigma));
        smooth.run(x, T, v);
        float[] expected = smooth.readoutTangent().clone();
        SteinSpikeDerivative stein = new SteinSpikeDerivative(sigma, 2, 0);
        NetworkTangent noisy = new NetworkTangent(net, BATCH, 1, stein);
        int n = 4000;
        double[] sum = new double[expected.length], sq = new double[expected.length];
        for (int i = 0; i < n; i++) {
            stein.reseed(FastRandom.mix(i + 1));
            noisy.run(x, T, v);
            for (int j = 0; j < expected.length; j++) {
                double t = noisy.readoutTangent()[j];
                sum[j] += t;
                sq[j] += t * t;
            }
        }
        for (int j = 0; j < expected.length; j++) {
            double mean = sum[j] / n;
            double se = Math.sqrt(Math.max(0, sq[j] / n - mean * mean) / n);
            assertEquals(expected[j], mean, 4.5 * se + 1e-6, "readout " + j + ": mean " + mean + " against " + expected[j]);
        }
    }

    @Test
    void refusesAConvolutionalProjectAtValidationNamingTheLayer() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/fashion-ttl-conv.json"));
        assertTrue(p.network().layers().stream().anyMatch(l -> l.type().equals("conv2d")), "the sample has a conv layer");
        ComponentSpec spec = ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, ForwardGradient.ID);
        List<ValidationError> errors = new ProjectValidator().validate(p.withAlgorithm(Component.of(spec)));
        assertFalse(errors.isEmpty());
        ValidationError first = errors.get(0);
        assertTrue(first.path().startsWith("$.network.layers["), first.path());
        assertTrue(first.message().contains("forward-gradient cannot run this: layer '")
                && first.message().contains("(a convolution) has no forward-mode (tangent) step"), first.message());
        Project dense = new ProjectFiles().load(Path.of("sample-projects/sine-bptt.json"));
        assertEquals(List.of(), new ProjectValidator().validate(dense.withAlgorithm(Component.of(spec))));
        for (String onet : List.of("poisson1d-deeponet-bptt.json", "diffusion-reaction-seponet-bptt.json")) {
            Project operator = new ProjectFiles().load(Path.of("sample-projects/" + onet));
            assertEquals(List.of(), new ProjectValidator().validate(operator.withAlgorithm(Component.of(spec))),
                    onet + ": a DeepONet / SepONet has a tangent step");
        }
    }

    @Test
    void isRegisteredMetersItsMemoryAndLowersTheSineError() throws Exception {
        ComponentSpec spec = ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, ForwardGradient.ID);
        for (String key : List.of("estimator", "directions", "distribution", "scope", "space", "steinSigma", "steinSamples",
                "surrogate", "surrogateScale", "seed", "alignmentEvery"))
            assertTrue(spec.findParam(key).isPresent() && !spec.param(key).help().isBlank(), key + " has help");
        Component c = Component.of(spec, "directions", 12, "scope", "layer-wise");
        assertTrue(LearningRules.create(c) instanceof ForwardGradient);

        Project p = new ProjectFiles().load(Path.of("sample-projects/sine-bptt.json"));
        p = p.withAlgorithm(c).withTraining(p.training().withEpochs(2));
        TrainTestSplit data = ScientificRegression.sine1d();
        TrainingRun run = new TrainingRun(p, data.train(), data.test());
        double before = run.evaluate(data.test()).score().relativeL2();
        run.run(TrainingListener.NONE);
        EvaluationRow last = run.rows().get(run.rows().size() - 1);
        Map<String, Double> m = last.extras();
        double after = m.get("test_rel_l2");
        assertTrue(after < 0.7 * before, "relative L2 error " + before + " → " + after);
        assertEquals(3 * 12, m.get("tangents_per_update"), "three layers, K = 12 each");
        assertEquals(1 + 2, m.get("forward_passes_per_update"), "36 tangents ride two passes of at most 32");
        // what each holds: one step of state per tangent plus the block of directions, against T steps of history
        assertTrue(m.get("memory_held_bytes") > 0 && m.get("bptt_bytes_held") > 0, m.toString());
        assertTrue(m.get("readout_max_difference") < 1e-3, "tangent pass and engine agree: " + m.get("readout_max_difference"));
    }

    /** A small SepONet: linear branch on 5 sensors, two trunks 1-4-3 (LIF hidden), p = 3, b0. */
    static Network sepOnet(long seed) {
        return sepOnet(seed, 0.5);
    }

    static Network sepOnet(long seed, double latentBeta) {
        NeuronModel lif = NeuronModel.lif(0.9, 0.6, ResetMode.SUBTRACT, 0);
        NeuronModel latent = NeuronModel.leakyIntegrator(latentBeta);
        Network branch = new Network(new int[]{5}, List.of(new DenseLayer("o.branch.out", new int[]{5}, 3, true, latent, FAST)),
                new Readout(Readout.Kind.MEMBRANE_MEAN));
        List<Network> trunks = new ArrayList<>();
        for (int a = 1; a <= 2; a++)
            trunks.add(new Network(new int[]{1}, List.of(new DenseLayer("o.trunk" + a + ".1", new int[]{1}, 4, true, lif, FAST),
                    new DenseLayer("o.trunk" + a + ".out", new int[]{4}, 3, true, latent, FAST)), new Readout(Readout.Kind.MEMBRANE_MEAN)));
        DeepOnetLayer onet = new DeepOnetLayer("o", new int[]{7}, 5, new int[][]{{5}, {6}}, 1.0, 2.0, branch, trunks, true, FAST);
        Network net = new Network(new int[]{7}, List.of(onet), new Readout(Readout.Kind.MEMBRANE_MEAN));
        FastRandom r = new FastRandom(seed);
        for (Param p : net.params()) for (int i = 0; i < p.size(); i++) p.value[i] = (float) (0.8 * r.nextGaussian());
        return net;
    }

    static final float[] ROWS = new float[BATCH * 7];
    static final float[] U = {0.3f, -0.5f, 0.8f, 0.1f, -0.2f};

    static {
        FastRandom r = new FastRandom(4);
        for (int i = 0; i < ROWS.length; i++) ROWS[i] = (float) (i % 7 < 5 ? r.nextGaussian() : r.nextDouble());
    }

    static List<float[]> sepOnetGradient(LearningRule rule) {
        return sepOnetGradient(rule, 0.5);
    }

    static List<float[]> sepOnetGradient(LearningRule rule, double latentBeta) {
        Network net = sepOnet(3, latentBeta);
        Trainer trainer = new Trainer(net, new CurrentEncoder(1.0), new MseRegressionLoss(), new SgdOptimizer(0, 0), rule,
                T, 0.0, LearningRateSchedule.constant(), 2);
        trainer.trainBatch(ROWS, null, U, BATCH, 7);
        List<float[]> g = new ArrayList<>();
        for (Param p : net.params()) g.add(p.grad.clone());
        return g;
    }

    @Test
    void onASepOnetLayerWiseDirectionsMoveOneInnerLayerEachAndTheMeanIsBpttsGradient() {
        Network net = sepOnet(3);
        List<int[][]> groups = ForwardGradientEstimator.groups(net, PerturbationScope.LAYER_WISE);
        List<SpikingLayer> inner = net.spikingLayers();
        assertEquals(6, inner.size(), "branch, two layers per trunk, product unit");
        assertEquals(inner.size(), groups.size(), "one group per inner layer with parameters");
        List<Param> params = net.layers().get(0).params();
        for (int g = 0; g < groups.size(); g++) {
            List<Param> moved = new ArrayList<>();
            for (int[] at : groups.get(g)) moved.add(params.get(at[1]));
            assertEquals(inner.get(g).params(), moved, "group " + g + " is " + inner.get(g).name() + "'s parameters");
        }
        assertEquals(1, ForwardGradientEstimator.groups(net, PerturbationScope.GLOBAL).size());
        assertEquals(params.size(), ForwardGradientEstimator.groups(net, PerturbationScope.GLOBAL).get(0).length);

        List<float[]> exact = sepOnetGradient(new ExactBackprop());
        for (PerturbationScope scope : PerturbationScope.values()) {
            double cos = cosine(exact, sepOnetGradient(rule(SpikeSlope.SURROGATE, scope, 20_000, 5)));
            assertTrue(cos > 0.99, scope + ": cosine to BPTT " + cos);
        }
    }

    static ForwardGradient currentsRule(PerturbationScope scope, int k, long seed) {
        return new ForwardGradient(new ForwardGradientEstimator(SpikeSlope.SURROGATE, DirectionDistribution.RADEMACHER,
                scope, DirectionSpace.CURRENTS, k, 0.1, 4, seed), 0);
    }

    @Test
    void directionsOverCurrentsAverageToBpttsGradientWhereEachLayersInputOrCurrentGradientIsConstant() {
        // direct-coded rows (the same at every step) into each stack's first layer, β = 0 latent outputs (their
        // current's gradient the same at every step): the estimate is unbiased for every layer
        List<float[]> exact = sepOnetGradient(new ExactBackprop(), 0);
        for (PerturbationScope scope : PerturbationScope.values()) {
            double cos = cosine(exact, sepOnetGradient(currentsRule(scope, 20_000, 5), 0));
            assertTrue(cos > 0.99, scope + ": cosine to BPTT " + cos);
        }
        // far fewer dimensions per layer (its neurons, not its weights): closer to BPTT at the same K
        double weights = 0, currents = 0;
        for (int seed = 1; seed <= 8; seed++) {
            weights += cosine(exact, sepOnetGradient(rule(SpikeSlope.SURROGATE, PerturbationScope.LAYER_WISE, 4, seed), 0));
            currents += cosine(exact, sepOnetGradient(currentsRule(PerturbationScope.LAYER_WISE, 4, seed), 0));
        }
        assertTrue(currents > weights + 0.8, "mean cosine at K = 4 over 8 seeds: currents " + currents / 8
                + ", weights " + weights / 8);
    }

    @Test
    void directionsOverCurrentsNeedABiasInEveryLayer() {
        DenseLayer h = new DenseLayer("hidden", new int[]{IN}, HID, false, NeuronModel.lif(0.9, 1.0, ResetMode.SUBTRACT, 0), FAST);
        DenseLayer o = new DenseLayer("o", new int[]{HID}, OUT, true, NeuronModel.leakyIntegrator(0.8), FAST);
        Network net = new Network(new int[]{IN}, List.of(h, o), new Readout(Readout.Kind.MEMBRANE_MEAN));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ForwardGradientEstimator.groups(net, PerturbationScope.LAYER_WISE, DirectionSpace.CURRENTS));
        assertTrue(e.getMessage().contains("layer 'hidden' has no bias"), e.getMessage());
    }

    /** The sine sample of forward mode over currents trains from its file: three epochs at least halve the error. */
    @Test
    void sineSampleOverCurrentsLearns() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/sine-fwd.json"));
        assertEquals("currents", p.algorithm().getString("space"));
        p = p.withTraining(p.training().withEpochs(3));
        TrainTestSplit data = ScientificRegression.sine1d();
        TrainingRun run = new TrainingRun(p, data.train(), data.test());
        double before = run.evaluate(data.test()).score().relativeL2();
        run.run(TrainingListener.NONE);
        double after = run.rows().get(run.rows().size() - 1).extras().get("test_rel_l2");
        assertTrue(after < 0.5 * before, "relative L2 error " + before + " → " + after);
    }
}
