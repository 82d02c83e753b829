package io.spikeworks.learn.perturbation;

import io.spikeworks.data.SampleSet;
import io.spikeworks.data.ScientificRegression;
import io.spikeworks.learn.ExactBackprop;
import io.spikeworks.learn.LearningRateSchedule;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.learn.SgdOptimizer;
import io.spikeworks.learn.Trainer;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How well weight perturbation's estimate points along BPTT's surrogate gradient on a spiking network: the cosine
 * between the two on the same batch, against K, ε and scope, mean over seeds of the directions. A measurement, not a
 * test:
 * <pre>
 *   mvn -o -q test-compile
 *   java -cp target/classes:target/test-classes:'target/lib/*' io.spikeworks.learn.perturbation.GradientAlignmentReport \
 *       sample-projects/mexican-hat-bptt.json
 * </pre>
 */
public final class GradientAlignmentReport {
    private static final int SEEDS = 5;

    public static void main(String[] args) throws Exception {
        Project p = new ProjectFiles().load(Path.of(args.length > 0 ? args[0] : "sample-projects/mexican-hat-bptt.json"));
        SampleSet train = ScientificRegression.mexicanHat2d().train();
        int batch = p.training().batchSize();
        int in = train.sampleLength();
        float[] x = new float[batch * in];
        float[] y = new float[batch];
        for (int i = 0; i < batch; i++) {
            train.copySample(i, x, i * in);
            train.copyTarget(i, y, i);
        }
        List<float[]> exact = gradient(p, new ExactBackprop(), x, y);
        System.out.println("scope, epsilon, K, passes, mean cosine to BPTT (" + SEEDS + " seeds), min, max");
        for (PerturbationScope scope : PerturbationScope.values())
            for (double eps : new double[]{1e-3, 1e-2, 5e-2})
                for (int k : new int[]{1, 8, 64, 512}) {
                    double sum = 0, lo = 1, hi = -1;
                    int passes = 0;
                    for (int seed = 1; seed <= SEEDS; seed++) {
                        var rule = new WeightPerturbation(FiniteDifference.CENTRAL, DirectionDistribution.RADEMACHER,
                                scope, eps, k, seed);
                        double c = cosine(exact, gradient(p, rule, x, y));
                        passes = rule.forwardPassesPerUpdate();
                        sum += c;
                        lo = Math.min(lo, c);
                        hi = Math.max(hi, c);
                    }
                    System.out.printf("%s, %g, %d, %d, %.3f, %.3f, %.3f%n", scope.id(), eps, k, passes, sum / SEEDS, lo, hi);
                }
    }

    private static List<float[]> gradient(Project p, LearningRule rule, float[] x, float[] y) {
        Network net = NetworkFactory.network(p.network(), new int[]{x.length / y.length},
                LearningRules.spikeFunction(p.algorithm()), p.training().seed());
        Trainer t = new Trainer(net, NetworkFactory.encoder(p.encoder()), NetworkFactory.loss(p.loss()),
                new SgdOptimizer(0, 0), rule, p.training().timeSteps(), 0, LearningRateSchedule.constant(), 1);
        t.trainBatch(x, null, y, y.length, 1);
        List<float[]> g = new ArrayList<>();
        for (Param q : net.params()) g.add(q.grad.clone());
        return g;
    }

    private static double cosine(List<float[]> a, List<float[]> b) {
        return io.spikeworks.learn.forwardgrad.GradientQuality.cosine(a, b);
    }
}
