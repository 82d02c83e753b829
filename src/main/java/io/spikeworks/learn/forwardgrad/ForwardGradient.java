package io.spikeworks.learn.forwardgrad;

import io.spikeworks.learn.BatchContext;
import io.spikeworks.learn.GradientMethod;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.learn.PendingUpdate;
import io.spikeworks.learn.perturbation.DirectionDistribution;
import io.spikeworks.learn.perturbation.PerturbationScope;
import io.spikeworks.learn.state.StateFloats;
import io.spikeworks.learn.symmetry.GradientAlignmentMeter;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.ParamSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ShapeInference;
import io.spikeworks.model.TensorShape;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.sim.DeepOnetLayer;
import io.spikeworks.sim.FeedbackSource;
import io.spikeworks.sim.Layer;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.NetworkTangent;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.spikeworks.model.BuiltInComponents.*;

/**
 * Randomized forward-mode gradient as a training algorithm ({@code forward-gradient}): each batch runs forward once
 * (its loss and score), then {@link ForwardGradientEstimator} runs tangent passes carrying K random directions and
 * the optimiser steps on ĝ = (1/K) Σ (∇L·v)·v. No backward pass and no history: a tangent pass holds one step of
 * state per layer and direction. {@code estimator: forward-mode} takes the spike's derivative from the surrogate (so
 * ∇L·v is BPTT's gradient dotted with v); {@code stein} from Stein's lemma with Gaussian noise of width σ, M
 * antithetic pairs per neuron and step. Defaults (Gaussian directions, global, K = 8, σ = 0.3, M = 8) are ours: the
 * paper behind the rule (Wan, Zhang, Karniadakis, arXiv 2411.07057) does not publish its settings.
 */
public final class ForwardGradient implements LearningRule {
    public static final String ID = "forward-gradient";

    public static final ComponentSpec SPEC = ComponentSpec.of(ComponentFamily.ALGORITHM, ID, "Forward gradient (tangent pass)",
                    "No backward pass: a forward-mode (tangent) pass gives the loss's derivative ∇L·v along K random "
                            + "directions v at once, and ĝ = mean of (∇L·v)·v. With the surrogate spike derivative "
                            + "∇L·v is exactly BPTT's gradient dotted with v; 'stein' smooths the spike by Gaussian "
                            + "noise instead. Holds no history. Dense layers and DeepONet / SepONet. Defaults are ours, not a paper's.",
                    ParamSpec.ofChoice("estimator", "Estimator", "forward-mode", "stein").withDefault("forward-mode")
                            .withHelp("forward-mode: the spike's derivative is BPTT's surrogate; stein: a noisy "
                                    + "Stein's-lemma estimate of the derivative of the spike smoothed by N(0, σ²)"),
                    ParamSpec.ofInt("directions", "Directions K").withRange(1, 4096).withDefault(8)
                            .withHelp("random directions per update (per layer when layer-wise); the estimate's "
                                    + "spread falls as 1/√K; up to 32 ride one tangent pass"),
                    ParamSpec.ofChoice("distribution", "Directions from", "gaussian", "rademacher").withDefault("gaussian")
                            .withHelp("each entry of v from N(0, 1), or ±1 with equal odds (smaller spread)"),
                    ParamSpec.ofChoice("scope", "Scope", "global", "layer-wise").withDefault("global")
                            .withHelp("global: each direction moves every weight; layer-wise: K directions per "
                                    + "layer, each moving that layer only (less spread, more tangents)"),
                    ParamSpec.ofChoice("space", "Directions over", "weights", "currents").withDefault("weights")
                            .withHelp("weights: v moves the weights and biases; currents: u moves each layer's "
                                    + "neurons' input currents (as a bias tangent), and a layer's weight gradient is "
                                    + "its step-averaged input times the estimated current gradient (far fewer "
                                    + "dimensions per layer; exact where the input or the current's gradient is "
                                    + "the same at every step, e.g. direct-coded first layers and β = 0 outputs)"),
                    ParamSpec.ofDouble("steinSigma", "Stein noise σ").greaterThan(0).atMost(10).withDefault(0.3)
                            .withHelp("width of the Gaussian noise smoothing the spike, in membrane units (stein only)"),
                    ParamSpec.ofInt("steinSamples", "Stein samples M").withRange(1, 1024).withDefault(8)
                            .withHelp("antithetic noise pairs per neuron and step; the derivative's spread falls as "
                                    + "1/√M (stein only)"),
                    ParamSpec.ofChoice("surrogate", "Surrogate", FAST_SIGMOID, ARCTAN, TRIANGLE, RECTANGULAR)
                            .withDefault(FAST_SIGMOID)
                            .withHelp("shape of the spike's pseudo-derivative the tangent pass uses (forward-mode)"),
                    ParamSpec.ofDouble("surrogateScale", "Surrogate scale").greaterThan(0).withDefault(25.0)
                            .withHelp("slope (fast-sigmoid, arctan) or 1/width (triangle, rectangular)"),
                    ParamSpec.ofInt("seed", "Direction seed").withDefault(1)
                            .withHelp("seed of the random directions and the Stein noise"),
                    ParamSpec.ofInt("alignmentEvery", "Alignment every").atLeast(0).withDefault(0).withUnit("batches")
                            .withHelp("every N batches, compare the estimate with exact BPTT's gradient on the same "
                                    + "batch (costs a backward pass); 0 = never"))
            .withProjectCheck(ForwardGradient::check);

    private final ForwardGradientEstimator estimator;
    private final GradientAlignmentMeter alignment;
    private int groups;
    private long parameters;
    private long macsPerSample;
    private long firstLayerMacs;
    private Map<String, Double> last = Map.of();

    public ForwardGradient(ForwardGradientEstimator estimator, int alignmentEvery) {
        this.estimator = estimator;
        this.alignment = new GradientAlignmentMeter(alignmentEvery);
    }

    public static ForwardGradient from(Component c) {
        return new ForwardGradient(new ForwardGradientEstimator(SpikeSlope.fromId(c.getString("estimator")),
                DirectionDistribution.fromId(c.getString("distribution")), PerturbationScope.fromId(c.getString("scope")),
                DirectionSpace.fromId(c.getString("space")), c.getInt("directions"), c.getDouble("steinSigma"), c.getInt("steinSamples"), c.getInt("seed")),
                c.getInt("alignmentEvery"));
    }

    /** Refuses a network with a layer that has no tangent step, at that layer's JSON path. */
    static List<ValidationError> check(Project p) {
        TensorShape in = ShapeInference.infer(p, ComponentCatalog.standard()).input();
        if (in == null) return List.of();
        int[] shape = in.dims().stream().mapToInt(Integer::intValue).toArray();
        Network net = NetworkFactory.network(p.network(), shape, LearningRules.spikeFunction(p.algorithm()), 0);
        List<ValidationError> out = new ArrayList<>();
        for (Layer l : NetworkTangent.unsupportedLayers(net)) {
            int index = 0;
            for (int i = 0; i < p.network().layers().size(); i++) if (p.network().layers().get(i).id().equals(l.name())) index = i;
            out.add(new ValidationError("$.network.layers[" + index + "]", ID + " cannot run this: " + NetworkTangent.refusal(l)));
        }
        return out;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String feedbackNote() {
        return "sends no errors back at all: it carries derivatives forward along random directions, so there is no "
                + "W − Bᵀ to show";
    }

    @Override
    public void attach(Network network) {
        List<Layer> missing = NetworkTangent.unsupportedLayers(network);
        if (!missing.isEmpty()) throw new IllegalArgumentException(NetworkTangent.refusal(missing.get(0)));
        // no backward pass runs, but the alignment's comparison with exact BP should see Wᵀ
        for (SpikingLayer l : network.spikingLayers()) l.setFeedback(FeedbackSource.TRANSPOSE);
        alignment.attach(network);
        groups = ForwardGradientEstimator.groups(network, estimator.scope(), estimator.space()).size();
        parameters = 0;
        for (Param p : network.params()) parameters += p.size();
        macsPerSample = 0;
        for (SpikingLayer l : network.spikingLayers()) macsPerSample += l.weights().size();
        firstLayerMacs = inputLayerMacs(network);
    }

    /** Synapses whose input does not depend on the parameters (no dx·W): the first layer's, or each stack's first. */
    static long inputLayerMacs(Network network) {
        if (network.layers().get(0) instanceof DeepOnetLayer onet) {
            long n = onet.branch().spikingLayers().get(0).weights().size();
            for (Network trunk : onet.trunks()) n += trunk.spikingLayers().get(0).weights().size();
            return n;
        }
        return network.spikingLayers().get(0).weights().size();
    }

    @Override
    public GradientMethod gradientMethod() {
        return this::estimate;
    }

    private void estimate(BatchContext ctx) {
        ctx.forward(); // the batch's own loss and score, on the weights as they are
        estimator.estimate(ctx);
        int steps = ctx.network().steps();
        int tangents = estimator.lastTangents();
        int passes = estimator.lastPasses();
        // dense equivalent per step and sample: the engine's forward, each tangent pass's primal, and per tangent
        // dx·W (none into the first layer) plus x·dW (none when directions move currents)
        double perTangent = (estimator.space() == DirectionSpace.WEIGHTS ? 2.0 : 1.0) * macsPerSample - firstLayerMacs;
        double perStepAndSample = macsPerSample * (1.0 + passes) + (double) tangents * perTangent;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("forward_passes_per_update", (double) (1 + passes));
        m.put("tangents_per_update", (double) tangents);
        m.put("macs_per_update", perStepAndSample * steps * ctx.batchSize() + 2.0 * tangents * parameters);
        m.put("memory_held_bytes", (double) (estimator.lastStateBytes() + estimator.lastDirectionBytes()));
        m.put("bptt_bytes_held", (double) estimator.lastBpttBytes());
        m.put("readout_max_difference", estimator.lastReadoutDifference());
        last = m;
    }

    @Override
    public void beforeUpdate(PendingUpdate update) {
        // the network's state still holds the batch's forward pass on these weights (tangent passes keep their own)
        if (alignment.due(update.iteration())) alignment.measure(update);
    }

    /** Tangent passes one update takes (each one primal and up to 32 tangents). */
    public int tangentPassesPerUpdate() {
        return estimator.passesPerUpdate(groups);
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>(last);
        m.put("perturbed_parameters", (double) parameters);
        m.putAll(alignment.metrics());
        return m;
    }

    /** The direction stream's position, so a resumed run draws the same directions; the alignment's figures. */
    @Override
    public Map<String, float[][]> state() {
        return Map.of("directions", new float[][]{StateFloats.ofLongs(estimator.random().state())}, "alignment",
                alignment.state());
    }

    @Override
    public void restore(Map<String, float[][]> state) {
        float[][] rows = state.get("directions");
        if (rows == null || rows.length != 1 || rows[0].length != 4)
            throw new IllegalArgumentException("forward-gradient state needs 'directions': one row of 4 floats");
        estimator.random().reseed(StateFloats.toLongs(rows[0])[0]);
        if (state.containsKey("alignment")) alignment.restore(state.get("alignment"));
    }
}
