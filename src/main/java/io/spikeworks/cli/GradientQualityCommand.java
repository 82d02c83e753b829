package io.spikeworks.cli;

import io.spikeworks.learn.gradient.GradientCosineCsv;
import io.spikeworks.learn.gradient.GradientCosineRow;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.forwardgrad.GradientQuality;
import io.spikeworks.learn.forwardgrad.GradientQualityRow;
import io.spikeworks.learn.perturbation.DirectionDistribution;
import io.spikeworks.learn.perturbation.PerturbationScope;
import io.spikeworks.model.Project;
import io.spikeworks.model.file.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code spikeworks gradient-quality PROJECT.json}: the cosine between each gradient estimator's estimate and BPTT's
 * gradient on the project's first training batch at its initial weights, for each K, over several direction seeds.
 */
@Command(name = "gradient-quality", mixinStandardHelpOptions = true,
        description = "How well weight perturbation and forward gradients point along BPTT's gradient: cosine to BPTT "
                + "on the project's first training batch at its initial weights, per estimator and K, over direction seeds.")
final class GradientQualityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT.json", description = "The project file (dense layers or a DeepONet for the forward-mode estimators).")
    Path project;

    @Option(names = "--k", paramLabel = "K,K,…", split = ",", description = "Directions K (default 1,4,16,64,256).")
    List<Integer> ks = new ArrayList<>(List.of(1, 4, 16, 64, 256));

    @Option(names = "--seeds", paramLabel = "N", description = "Direction seeds per K (default 5).")
    int seeds = 5;

    @Option(names = "--estimators", paramLabel = "E,E,…", split = ",",
            description = "Of wp-central, wp-one-sided, forward-mode, stein, forward-currents (default the first four).")
    List<String> estimators = new ArrayList<>(List.of("wp-central", "wp-one-sided", "forward-mode", "stein"));

    @Option(names = "--scope", paramLabel = "S", description = "global or layer-wise (default global).")
    String scope = "global";

    @Option(names = "--distribution", paramLabel = "D", description = "gaussian or rademacher (default gaussian).")
    String distribution = "gaussian";

    @Option(names = "--epsilon", paramLabel = "ε", description = "Weight perturbation's step (default 0.01).")
    double epsilon = 0.01;

    @Option(names = "--stein-sigma", paramLabel = "σ", description = "Stein noise width (default 0.3).")
    double steinSigma = 0.3;

    @Option(names = "--stein-samples", paramLabel = "M", description = "Stein antithetic pairs per neuron and step (default 8).")
    int steinSamples = 8;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "Also write the table as CSV.")
    Path out;

    @Option(names = "--assets", paramLabel = "DIR", description = "Folder holding datasets/ (default: located automatically).")
    Path assets;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        OptionChecks.atLeast(spec, "--seeds", seeds, 1);
        for (int k : ks) if (k < 1) throw OptionChecks.usage(spec, "--k: every K must be ≥ 1, got " + k);
        if (!(epsilon > 0)) throw OptionChecks.usage(spec, "--epsilon must be > 0, got " + epsilon);
        List<GradientQuality.Estimator> which = new ArrayList<>();
        for (String e : estimators) which.add(GradientQuality.Estimator.fromId(e));
        GradientQuality.Settings settings = new GradientQuality.Settings(PerturbationScope.fromId(scope),
                DirectionDistribution.fromId(distribution), epsilon, steinSigma, steinSamples);
        Project p = ProjectLoading.load(project);
        TrainTestSplit data = TrainingData.load(p, assets, p.training().batchSize(), 1);
        GradientQuality.Batch batch = GradientQuality.Batch.first(data.train(), p.training().batchSize());
        o.printf(Locale.ROOT, "Gradient quality of %s: batch of %d, T = %d, %s directions, %s, ε = %g, Stein σ = %g, M = %d, "
                        + "%d seeds%n", p.name(), batch.size(), p.training().timeSteps(), settings.distribution().id(),
                settings.scope().id(), epsilon, steinSigma, steinSamples, seeds);
        o.println("estimator      K  passes  mean cos   min      max");
        List<GradientQualityRow> rows = GradientQuality.measure(p, batch, which, ks, seeds, settings, null);
        List<GradientCosineRow> table = new ArrayList<>();
        for (GradientQualityRow r : rows) {
            o.printf(Locale.ROOT, "%-12s %4d %7.0f  %7.3f  %7.3f  %7.3f%n", r.estimator(), r.directions(),
                    r.forwardPassesPerUpdate(), r.meanCosine(), r.minCosine(), r.maxCosine());
            table.add(new GradientCosineRow(r.estimator(), r.directions(), r.meanCosine(), r.minCosine(), r.maxCosine(), seeds));
        }
        java.io.StringWriter csv = new java.io.StringWriter();
        try {
            GradientCosineCsv.write(table, csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (out != null) {
            try {
                AtomicFiles.writeString(out, csv.toString());
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("cannot write " + out + ": " + e.getMessage());
            }
            o.println("wrote " + out);
        }
        o.flush();
        return SpikeworksCli.OK;
    }
}
