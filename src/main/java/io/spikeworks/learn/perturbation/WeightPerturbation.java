package io.spikeworks.learn.perturbation;

import io.spikeworks.learn.BatchContext;
import io.spikeworks.learn.GradientMethod;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.PendingUpdate;
import io.spikeworks.learn.state.StateFloats;
import io.spikeworks.learn.symmetry.GradientAlignmentMeter;
import io.spikeworks.model.Component;
import io.spikeworks.sim.FeedbackSource;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.kernel.FastRandom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weight perturbation: the batch gradient estimated from forward passes alone, with no backward pass. Each batch runs once on the weights as they are (its loss and score), then {@link PerturbationEstimator}
 * perturbs the weights along K random directions, globally or one layer at a time, and averages
 * [(L(θ + εv) − L(θ − εv)) / 2ε]·v (central) or [(L(θ + εv) − L(θ)) / ε]·v (one-sided); the optimiser then steps on
 * that estimate as it would on BPTT's gradient. Every pass sees the batch's same encoded input.
 *
 * <p>Through the spiking layers the loss is a step function of the weights (a spike appears or not), so ε must be
 * large enough to flip spikes: the estimate is then the slope of the loss smoothed over the perturbation's scale,
 * not the surrogate gradient BPTT uses. The defaults (central, Gaussian, global, ε = 0.01, K = 8, seed 1) are ours:
 * the paper that motivates the rule (Wan, Zhang, Karniadakis, arXiv 2411.07057) does not publish its settings.
 *
 * <p>Cost per update, as {@link #metrics()} reports it: forward passes 1 + K·d (d = 2 central, 1 one-sided) globally,
 * 1 + L·K·d layer-wise for L layers; MACs counted dense-equivalent (every synapse once per step and sample, whether
 * its input spiked or not) over those passes, plus, per perturbed parameter and direction, one for each
 * perturbed placement θ ± εv and one for adding slope·v into the estimate.
 *
 * <p>With alignmentEvery = N > 0, every N-th batch also runs BPTT on the unperturbed weights (one more forward pass
 * and a backward, outside the per-update figures) and reports the angle between the estimate and that gradient for
 * the hidden layers (the grad_angle_deg columns of the weight-symmetry rules).
 */
public final class WeightPerturbation implements LearningRule {
    public static final String ID = "weight-perturbation";

    private final PerturbationEstimator estimator;
    private final PerturbationScope scope;
    private final FastRandom rng;
    private final GradientAlignmentMeter alignment;
    private List<List<Param>> groups = List.of();
    private long perturbedParameters;
    private long macsPerStepAndSample;
    private int lastPasses;
    private double lastMacs;

    public WeightPerturbation(FiniteDifference difference, DirectionDistribution distribution, PerturbationScope scope,
                              double epsilon, int directions, long seed) {
        this(difference, distribution, scope, epsilon, directions, seed, 0);
    }

    /** @param alignmentEvery compare the estimate with exact BPTT's gradient every N batches (0 = never) */
    public WeightPerturbation(FiniteDifference difference, DirectionDistribution distribution, PerturbationScope scope,
                              double epsilon, int directions, long seed, int alignmentEvery) {
        this.alignment = new GradientAlignmentMeter(alignmentEvery);
        this.estimator = new PerturbationEstimator(difference, distribution, epsilon, directions);
        this.scope = scope;
        this.rng = new FastRandom(FastRandom.mix(seed ^ 0x57E1_6B7EL));
    }

    public static WeightPerturbation from(Component c) {
        return new WeightPerturbation(FiniteDifference.fromId(c.getString("difference")),
                DirectionDistribution.fromId(c.getString("distribution")), PerturbationScope.fromId(c.getString("scope")),
                c.getDouble("epsilon"), c.getInt("directions"), c.getInt("seed"), c.getInt("alignmentEvery"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String feedbackNote() {
        return "sends no errors back at all: it estimates the gradient from perturbed forward passes, so there is no "
                + "W − Bᵀ to show";
    }

    @Override
    public void attach(Network network) {
        // no backward pass ever runs, but a comparison with exact BP (rerunBackward) should see Wᵀ
        for (SpikingLayer l : network.spikingLayers()) l.setFeedback(FeedbackSource.TRANSPOSE);
        groups = scope.groups(network);
        alignment.attach(network);
        perturbedParameters = 0;
        for (List<Param> group : groups) for (Param p : group) perturbedParameters += p.size();
        macsPerStepAndSample = 0;
        for (SpikingLayer l : network.spikingLayers()) {
            int[] out = l.outputShape();
            long positions = out.length == 3 ? (long) out[1] * out[2] : 1;
            macsPerStepAndSample += l.weights().size() * positions;
        }
    }

    @Override
    public GradientMethod gradientMethod() {
        return this::estimate;
    }

    private void estimate(BatchContext ctx) {
        double base = ctx.forward(); // the batch's own loss and score, on the weights as they are
        estimator.estimate(groups, ctx::forward, base, rng);
        lastPasses = ctx.forwardPasses();
        int steps = ctx.network().steps();
        lastMacs = (double) lastPasses * ctx.batchSize() * steps * macsPerStepAndSample
                + (double) estimator.directions() * perturbedParameters * (estimator.difference().passesPerDirection() + 1);
        // the comparison's backward needs each slice's state on the unperturbed weights: one more pass, not counted
        // in the figures above (the engine counters do count it)
        if (alignment.due(ctx.iteration())) ctx.forward();
    }

    @Override
    public void beforeUpdate(PendingUpdate update) {
        if (alignment.due(update.iteration())) alignment.measure(update);
    }

    /** Forward passes one update takes with this configuration (the last update's, once one ran). */
    public int forwardPassesPerUpdate() {
        return 1 + estimator.evaluations(groups.size());
    }

    @Override
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("forward_passes_per_update", (double) (lastPasses > 0 ? lastPasses : forwardPassesPerUpdate()));
        m.put("macs_per_update", lastMacs);
        m.put("perturbed_parameters", (double) perturbedParameters);
        m.putAll(alignment.metrics());
        return m;
    }

    /** The direction stream's position, so a resumed run draws the same directions; the alignment's running figures. */
    @Override
    public Map<String, float[][]> state() {
        return Map.of("directions", new float[][]{StateFloats.ofLongs(rng.state())}, "alignment", alignment.state());
    }

    @Override
    public void restore(Map<String, float[][]> state) {
        float[][] rows = state.get("directions");
        if (rows == null || rows.length != 1 || rows[0].length != 4)
            throw new IllegalArgumentException("weight-perturbation state needs 'directions': one row of 4 floats");
        rng.reseed(StateFloats.toLongs(rows[0])[0]);
        if (state.containsKey("alignment")) alignment.restore(state.get("alignment"));
    }
}
