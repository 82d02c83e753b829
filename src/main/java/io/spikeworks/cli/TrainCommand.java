package io.spikeworks.cli;

import io.spikeworks.chip.CheckResult;
import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.chip.DesignRuleCheck;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.BatchProgress;
import io.spikeworks.learn.RunWarnings;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.memory.HeapBudget;
import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.learn.score.TaskMetrics;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.file.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code spikeworks train PROJECT.json}: trains headless, evaluates every epoch, writes metrics.csv, confusion.csv
 * (the test set's confusion matrix at every evaluation) and summary.json.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a project headless; writes metrics.csv, confusion.csv (classification) or predictions.csv (regression) and summary.json into the output folder.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT.json", description = "The project file.")
    Path project;

    @Option(names = "--epochs", paramLabel = "N", description = "Override the project's epochs.")
    Integer epochs;

    @Option(names = "--limit-train", paramLabel = "N", description = "Use only the first N training samples.")
    Integer limitTrain;

    @Option(names = "--limit-test", paramLabel = "N", description = "Use only the first N test samples.")
    Integer limitTest;

    @Option(names = "--seed", paramLabel = "S", description = "Override the project's seed.")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<project>-<time>).")
    Path out;

    @Option(names = "--assets", paramLabel = "DIR", description = "Folder holding datasets/ (default: located automatically).")
    Path assets;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--hold-out", paramLabel = "N", description = "Hold N training samples out (a seeded random "
            + "choice, not trained on), score them at every evaluation, and report the epoch they choose with its test "
            + "accuracy: a checkpoint chosen without looking at the test set. Labelled image data sets only; overrides the "
            + "project's dataset.holdOut.")
    Integer holdOut;

    @Option(names = "--dense-reference", description = "Use the dense reference route (no event-driven kernels), to compare.")
    boolean denseReference;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        Project p = ProjectLoading.load(project);
        if (epochs != null) p = p.withTraining(p.training().withEpochs(OptionChecks.atLeast(spec, "--epochs", epochs, 1)));
        if (seed != null) p = p.withTraining(p.training().withSeed(seed));
        if (limitTrain != null) OptionChecks.atLeast(spec, "--limit-train", limitTrain, 1);
        if (limitTest != null) OptionChecks.atLeast(spec, "--limit-test", limitTest, 1);
        if (holdOut != null) p = p.withDataset(p.dataset().withHoldOut(OptionChecks.atLeast(spec, "--hold-out", holdOut, 1)));
        ChipProfiles chips = ChipProfiles.load(ChipProfiles.defaultUserDirectory());
        try { // said before the data loads, naming the file and field
            chips.require(p.chipProfile());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(project + ": $.chipProfile: " + e.getMessage(), e);
        }
        TrainTestSplit data = TrainingData.load(p, assets, limitTrain, limitTest);
        HeapBudget.requireFits(p, data.train(), data.test());
        Path dir = out != null ? out : Path.of("runs", stem(project) + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        makeRunFolder(dir);
        long t0 = System.nanoTime();
        TrainingRun run = new TrainingRun(p, data.train(), data.test(), chips);
        run.trainer().setDenseReference(denseReference);
        run.trainer().setSpikeHistoryKept(false); // headless: no live raster reads it
        o.printf(Locale.ROOT, "Training %s: %s, %d train / %d test samples, %d epochs, batch %d, T = %d, seed %d%n",
                p.name(), p.algorithm().type(), run.trainingSet().size(), data.test().size(), p.training().epochs(),
                p.training().batchSize(), p.training().timeSteps(), p.training().seed());
        CheckResult check = DesignRuleCheck.check(p, ComponentCatalog.standard(), chips.require(p.chipProfile()));
        o.print(check.report());
        if (!check.report().endsWith("\n")) o.println();
        if (run.validation() != null)
            o.printf(Locale.ROOT, "holding %d training samples out to choose the checkpoint by%n", run.validation().size());
        ProgressBar bar = new ProgressBar(o, !quiet);
        try {
            run.run(new TrainingListener() {
                @Override
                public void onBatch(BatchProgress progress) {
                    bar.update(progress);
                }

                @Override
                public void onEvaluation(EvaluationRow row) {
                    bar.clear();
                    o.printf(Locale.ROOT, "epoch %d: train loss %.4f, %s, %.0f samples/s%n",
                            row.epoch(), row.trainLoss(), run.metrics().describe(row), row.samplesPerSecond());
                    if (run.trainer().rule() instanceof RunWarnings w)
                        for (String warning : w.runWarnings()) o.println("warning: " + warning);
                    RunFiles.write(dir, run, (System.nanoTime() - t0) / 1e9);
                }
            });
        } finally {
            bar.clear();
            RunFiles.write(dir, run, (System.nanoTime() - t0) / 1e9);
        }
        var energy = run.chip().meter().trainingEnergyPerSample();
        o.printf(Locale.ROOT, "chip %s: %.3g J per training sample, %.3g J per inference sample, %.3g s latency per sample%n",
                p.chipProfile(), energy.total(), run.chip().meter().inferenceEnergyPerSample().total(),
                run.chip().meter().inferenceLatencyPerSample());
        run.chosenByValidation().ifPresent(chosen -> o.printf(Locale.ROOT,
                "chosen by the held-out samples: epoch %d (held-out accuracy %.2f %%), test accuracy %.2f %%%n",
                chosen.epoch(), 100 * chosen.extras().get(TrainingRun.VALIDATION_ACCURACY), 100 * chosen.testAccuracy()));
        EvaluationRow last = run.rows().isEmpty() ? null : run.rows().get(run.rows().size() - 1);
        boolean classes = run.metrics() == TaskMetrics.CLASSIFICATION;
        o.printf(Locale.ROOT, "done in %.1f s: %s %.2f %%, %.0f train samples/s; wrote %s in %s%n",
                (System.nanoTime() - t0) / 1e9, classes ? "test accuracy" : "test relative L2 error",
                last == null ? Double.NaN : 100 * run.metrics().headlineValue(last), run.trainSamplesPerSecond(),
                String.join(", ", classes ? List.of(RunFiles.METRICS, RunFiles.CONFUSION, RunFiles.SUMMARY)
                        : run.latestPredictions() == null ? List.of(RunFiles.METRICS, RunFiles.SUMMARY)
                        : List.of(RunFiles.METRICS, RunFiles.PREDICTIONS, RunFiles.SUMMARY)) + ", " + RunFiles.PROJECT
                        + ", " + RunFiles.RASTER + " and " + RunFiles.WEIGHTS, dir);
        return SpikeworksCli.OK;
    }

    /** Made before training: an output folder that cannot be made is found now, not after the first epoch. */
    private static void makeRunFolder(Path dir) {
        try {
            AtomicFiles.makeFolderFor(dir.resolve(RunFiles.SUMMARY));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }
}
