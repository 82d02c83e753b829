package io.spikeworks.cli;

import io.spikeworks.Version;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.BatchProgress;
import io.spikeworks.learn.EvaluationRow;
import io.spikeworks.learn.HeapBudget;
import io.spikeworks.learn.RunMemoryEstimate;
import io.spikeworks.learn.RunFiles;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.TrainingDivergedException;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.sweep.SweepEntry;
import io.spikeworks.learn.sweep.SweepPlan;
import io.spikeworks.learn.sweep.SweepResult;
import io.spikeworks.learn.sweep.SweepTable;
import io.spikeworks.model.AtomicFiles;
import io.spikeworks.report.SweepHeatmaps;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.TrainingSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code spikeworks sweep SWEEP.json --out DIR}: trains every run of a sweep in turn and writes one table,
 * {@code sweep.csv} and {@code sweep.md}, rewritten after each run; each run's metrics.csv and summary.json go to
 * {@code DIR/runs/<label>/}.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Train a grid of algorithms × codings; writes sweep.csv and sweep.md into the output folder.")
final class SweepCommand implements Callable<Integer> {
    static final String CSV = "sweep.csv";
    static final String MARKDOWN = "sweep.md";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP.json", description = "The sweep file.")
    Path sweep;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<sweep>-<time>).")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", description = "Override every run's epochs.")
    Integer epochs;

    @Option(names = "--limit-train", paramLabel = "N", description = "Use only the first N training samples.")
    Integer limitTrain;

    @Option(names = "--limit-test", paramLabel = "N", description = "Use only the first N test samples.")
    Integer limitTest;

    @Option(names = "--seed", paramLabel = "S", description = "Override every run's seed.")
    Long seed;

    @Option(names = "--only", paramLabel = "REGEX",
            description = "Run only the entries whose label matches (e.g. 'rate (bptt|fbp phi=100 .*)').")
    String only;

    @Option(names = "--list", description = "Print the runs' labels and stop.")
    boolean list;

    @Option(names = "--assets", paramLabel = "DIR", description = "Folder holding datasets/ (default: located automatically).")
    Path assets;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        SweepPlan plan;
        try {
            plan = SweepPlan.load(sweep);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(e.getFile() + ": no such file");
        }
        List<SweepEntry> entries = new ArrayList<>();
        Pattern filter = only == null ? null : Pattern.compile(only);
        for (SweepEntry e : plan.entries()) if (filter == null || filter.matcher(e.label()).matches()) entries.add(e);
        if (list) {
            for (SweepEntry e : entries) o.println(e.label());
            return SpikeworksCli.OK;
        }
        if (entries.isEmpty()) throw new IllegalArgumentException(only == null ? sweep + ": the sweep has no runs"
                : "no run of the sweep matches --only " + only + "; --list prints the runs' labels");
        List<String> tooLarge = new ArrayList<>();
        for (SweepEntry e : entries) {
            Project p = overridden(e.project());
            RunMemoryEstimate.of(p, ComponentCatalog.standard()).filter(m -> !m.fitsIn(HeapBudget.max())).ifPresent(m ->
                    tooLarge.add("run '" + e.label() + "' " + HeapBudget.tooLarge(m, HeapBudget.free(), HeapBudget.max())));
        }
        if (!tooLarge.isEmpty()) throw new IllegalArgumentException(sweep + ": " + tooLarge.size() + " of " + entries.size()
                + " runs cannot fit in the heap, so none was started; first: " + tooLarge.get(0));
        if (epochs != null && epochs < 1) throw new IllegalArgumentException("--epochs must be ≥ 1, got " + epochs);
        if (limitTrain != null && limitTrain < 1) throw new IllegalArgumentException("--limit-train must be ≥ 1, got " + limitTrain);
        if (limitTest != null && limitTest < 1) throw new IllegalArgumentException("--limit-test must be ≥ 1, got " + limitTest);
        Path dir = out != null ? out : Path.of("runs", stem(sweep) + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(dir);
        o.printf(Locale.ROOT, "Sweep %s: %d runs into %s%n", plan.name(), entries.size(), dir);

        // event streams are binned into each project's steps, so the steps are part of which data a run needs
        Map<List<Object>, TrainTestSplit> data = new HashMap<>();
        List<SweepResult> results = new ArrayList<>();
        List<String> setup = new ArrayList<>();
        ProgressBar bar = new ProgressBar(o, !quiet);
        for (int i = 0; i < entries.size(); i++) {
            SweepEntry entry = entries.get(i);
            Project p = overridden(entry.project());
            TrainTestSplit split = data.computeIfAbsent(List.of(p.dataset(), p.training().timeSteps()),
                    d -> TrainingData.load(p, assets, limitTrain, limitTest));
            HeapBudget.requireFits(p, split.train(), split.test());
            if (setup.isEmpty()) setup = setup(plan, p, split);
            long t0 = System.nanoTime();
            TrainingRun run = new TrainingRun(p, split.train(), split.test());
            Path runDir = dir.resolve("runs").resolve(entry.folderName());
            try {
                run.run(new TrainingListener() {
                    @Override
                    public void onBatch(BatchProgress progress) {
                        bar.update(progress);
                    }

                    @Override
                    public void onEvaluation(EvaluationRow row) {
                        RunFiles.write(runDir, run, (System.nanoTime() - t0) / 1e9);
                    }
                });
            } catch (TrainingDivergedException e) {
                bar.clear();
                o.printf("%s: diverged (%s)%n", entry.label(), e.getMessage());
            }
            bar.clear();
            RunFiles.write(runDir, run, (System.nanoTime() - t0) / 1e9);
            SweepResult r = SweepResult.of(entry, run);
            results.add(r);
            String saving = r.blockSize() != null
                    ? String.format(Locale.ROOT, "memory %+.1f %%, MACs %+.1f %%, memory accesses %+.1f %% vs end-to-end BPTT",
                    -100 * r.costs().memory(), -100 * r.costs().macs(), -100 * r.costs().accesses())
                    : "transport reduction " + reduction(r.reduction());
            o.printf(Locale.ROOT, "[%d/%d] %s: test accuracy %.2f %%, %s, %.0f s%n", i + 1,
                    entries.size(), entry.label(), 100 * r.testAccuracy(), saving, (System.nanoTime() - t0) / 1e9);
            writeTables(dir, plan, setup, results);
        }
        o.printf("wrote %s, %s and the heatmaps in %s%n", CSV, MARKDOWN, dir);
        return SpikeworksCli.OK;
    }

    private Project overridden(Project p) {
        TrainingSpec t = p.training();
        if (epochs != null) t = t.withEpochs(epochs);
        if (seed != null) t = t.withSeed(seed);
        return p.withTraining(t);
    }

    private List<String> setup(SweepPlan plan, Project p, TrainTestSplit split) {
        List<String> s = new ArrayList<>();
        if (!plan.description().isBlank()) s.add(plan.description());
        StringBuilder net = new StringBuilder("input");
        for (LayerSpec l : p.network().layers()) {
            net.append(" → ").append(l.id()).append(' ').append(l.type());
            if (l.component().spec().findParam("units").isPresent()) net.append(' ').append(l.component().getInt("units"));
        }
        s.add(String.format(Locale.ROOT, "Data: %s, %d training / %d test samples%s", p.dataset().name(),
                split.train().size(), split.test().size(), limitTrain != null || limitTest != null
                        ? " — REDUCED with --limit-train/--limit-test, not the full data set" : ""));
        s.add("Network (first coding's project): " + net);
        TrainingSpec t = p.training();
        s.add(String.format(Locale.ROOT, "Training: %d epochs%s, batch %d, T = %d, seed %d, learning rate %g, %s",
                t.epochs(), epochs != null ? " (--epochs override)" : "", t.batchSize(), t.timeSteps(), t.seed(),
                t.learningRate(), t.optimizer().type()));
        s.add("Spikeworks " + Version.get() + ", " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        return s;
    }

    private static void writeTables(Path dir, SweepPlan plan, List<String> setup, List<SweepResult> results) {
        try {
            AtomicFiles.writeString(dir.resolve(CSV), SweepTable.csv(results));
            AtomicFiles.writeString(dir.resolve(MARKDOWN), SweepTable.markdown(plan.name(), setup, results));
            SweepHeatmaps.write(dir, results);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sweep table into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String reduction(double v) {
        return Double.isInfinite(v) ? "∞ (none)" : String.format(Locale.ROOT, "%,.0f×", v);
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }
}
