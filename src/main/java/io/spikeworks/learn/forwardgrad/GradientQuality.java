package io.spikeworks.learn.forwardgrad;

import io.spikeworks.data.SampleSet;
import io.spikeworks.learn.ExactBackprop;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.optim.LearningRateSchedule;
import io.spikeworks.learn.optim.SgdOptimizer;
import io.spikeworks.learn.perturbation.DirectionDistribution;
import io.spikeworks.learn.perturbation.FiniteDifference;
import io.spikeworks.learn.perturbation.PerturbationScope;
import io.spikeworks.learn.perturbation.WeightPerturbation;
import io.spikeworks.model.Project;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Gradient-estimate quality against K: on one batch at a project's initial weights, the cosine between each
 * estimator's gradient and BPTT's (the project's surrogate), for each K and several direction seeds. The network,
 * encoder, loss and T are the project's; weights are never changed (SGD at rate 0) and the chip profile is not
 * applied (float weights), so every estimator sees the same network.
 */
public final class GradientQuality {
    private GradientQuality() {}

    /** The estimators compared. */
    public enum Estimator {
        WP_CENTRAL("wp-central"), WP_ONE_SIDED("wp-one-sided"), FORWARD_MODE("forward-mode"), STEIN("stein"),
        /** forward-mode with directions over the layers' currents ({@link DirectionSpace#CURRENTS}). */
        FORWARD_CURRENTS("forward-currents");

        private final String id;

        Estimator(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Estimator fromId(String id) {
            for (Estimator e : values()) if (e.id.equals(id)) return e;
            throw new IllegalArgumentException("unknown estimator '" + id + "'; known: wp-central, wp-one-sided, "
                    + "forward-mode, stein, forward-currents");
        }
    }

    /** Settings shared by the estimators: directions' law and scope, WP's ε, Stein's σ and M. */
    public record Settings(PerturbationScope scope, DirectionDistribution distribution, double epsilon, double steinSigma,
                           int steinSamples) {
        public static Settings defaults() {
            return new Settings(PerturbationScope.GLOBAL, DirectionDistribution.GAUSSIAN, 0.01, 0.3, 8);
        }
    }

    /** The batch: the first {@code batch} training samples, inputs as the trainer takes them (channels-last). */
    public record Batch(float[] inputs, int[] labels, float[] targets, int size, int[] sampleShape) {
        public static Batch first(SampleSet train, int batch) {
            if (train.eventSteps() > 0)
                throw new IllegalArgumentException(train.name() + " is an event stream: gradient quality takes data "
                        + "an encoder turns into spikes");
            int n = Math.min(batch, train.size());
            int len = train.sampleLength();
            float[] x = new float[n * len];
            int[] labels = new int[n];
            float[] y = train.hasClassLabels() ? null : new float[n * train.targetLength()];
            int[] idx = java.util.stream.IntStream.range(0, n).toArray();
            train.fillBatch(idx, 0, n, x, labels, y);
            int[] s = train.sampleShape();
            if (s.length == 3 && s[0] > 1) { // the engine takes images channels-last
                float[] cl = new float[x.length];
                int c = s[0], plane = s[1] * s[2];
                for (int i = 0; i < n; i++)
                    for (int ch = 0; ch < c; ch++)
                        for (int p = 0; p < plane; p++) cl[i * len + p * c + ch] = x[i * len + ch * plane + p];
                x = cl;
            }
            return new Batch(x, train.hasClassLabels() ? labels : null, y, n, s.clone());
        }
    }

    /**
     * Rows estimator × K, in the order given.
     *
     * @param progress told after each (estimator, K) row, with the rows done so far; may be null
     */
    public static List<GradientQualityRow> measure(Project project, Batch batch, List<Estimator> estimators,
                                                   List<Integer> ks, int seeds, Settings settings, IntConsumer progress) {
        if (seeds < 1) throw new IllegalArgumentException("seeds must be at least 1, got " + seeds);
        for (int k : ks) if (k < 1) throw new IllegalArgumentException("every K must be at least 1, got " + k);
        List<float[]> exact = gradient(project, batch, new ExactBackprop());
        double norm = 0;
        for (float[] g : exact) for (float v : g) norm += v * (double) v;
        if (norm == 0) throw new IllegalStateException("BPTT's gradient on this batch is zero: no direction to compare with");
        List<GradientQualityRow> rows = new ArrayList<>();
        for (Estimator e : estimators) {
            for (int k : ks) {
                double sum = 0, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, passes = 0;
                for (int seed = 1; seed <= seeds; seed++) {
                    LearningRule rule = rule(e, k, seed, settings);
                    double c = cosine(exact, gradient(project, batch, rule));
                    passes = rule.metrics().getOrDefault("forward_passes_per_update", Double.NaN);
                    sum += c;
                    lo = Math.min(lo, c);
                    hi = Math.max(hi, c);
                }
                rows.add(new GradientQualityRow(e.id(), k, sum / seeds, lo, hi, passes));
                if (progress != null) progress.accept(rows.size());
            }
        }
        return rows;
    }

    static LearningRule rule(Estimator e, int k, long seed, Settings s) {
        return switch (e) {
            case WP_CENTRAL -> new WeightPerturbation(FiniteDifference.CENTRAL, s.distribution(), s.scope(), s.epsilon(), k, seed);
            case WP_ONE_SIDED -> new WeightPerturbation(FiniteDifference.ONE_SIDED, s.distribution(), s.scope(), s.epsilon(), k, seed);
            case FORWARD_MODE -> new ForwardGradient(new ForwardGradientEstimator(SpikeSlope.SURROGATE, s.distribution(),
                    s.scope(), k, s.steinSigma(), s.steinSamples(), seed), 0);
            case STEIN -> new ForwardGradient(new ForwardGradientEstimator(SpikeSlope.STEIN, s.distribution(), s.scope(), k,
                    s.steinSigma(), s.steinSamples(), seed), 0);
            case FORWARD_CURRENTS -> new ForwardGradient(new ForwardGradientEstimator(SpikeSlope.SURROGATE, s.distribution(),
                    s.scope(), DirectionSpace.CURRENTS, k, s.steinSigma(), s.steinSamples(), seed), 0);
        };
    }

    /** The gradient a rule leaves for the batch, on the project's network at its initial weights. */
    static List<float[]> gradient(Project p, Batch b, LearningRule rule) {
        Network net = NetworkFactory.network(p.network(), b.sampleShape(), LearningRules.spikeFunction(p.algorithm()),
                p.training().seed());
        Trainer t = new Trainer(net, NetworkFactory.encoder(p.encoder()), NetworkFactory.loss(p.loss()),
                new SgdOptimizer(0, 0), rule, p.training().timeSteps(), 0, LearningRateSchedule.constant());
        t.trainBatch(b.inputs(), b.labels(), b.targets(), b.size(), 1);
        List<float[]> g = new ArrayList<>();
        for (Param q : net.params()) g.add(q.grad.clone());
        return g;
    }

    /** The cosine between two gradients given as lists of tensors (one vector over all of them); 0 if either is zero. */
    public static double cosine(List<float[]> a, List<float[]> b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.size(); i++)
            for (int j = 0; j < a.get(i).length; j++) {
                dot += a.get(i)[j] * (double) b.get(i)[j];
                na += a.get(i)[j] * (double) a.get(i)[j];
                nb += b.get(i)[j] * (double) b.get(i)[j];
            }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
