package io.spikeworks.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.spikeworks.Version;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.BatchProgress;
import io.spikeworks.learn.memory.HeapBudget;
import io.spikeworks.learn.memory.RunMemoryEstimate;
import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.learn.sweep.LocalSweepExecutor;
import io.spikeworks.learn.sweep.SweepData;
import io.spikeworks.learn.sweep.SweepEntry;
import io.spikeworks.learn.sweep.SweepExecutor;
import io.spikeworks.learn.sweep.SweepOutcome;
import io.spikeworks.learn.sweep.SweepPlan;
import io.spikeworks.learn.sweep.SweepProgress;
import io.spikeworks.learn.sweep.SweepResult;
import io.spikeworks.learn.sweep.SweepState;
import io.spikeworks.learn.sweep.SweepStatus;
import io.spikeworks.learn.sweep.SweepTable;
import io.spikeworks.learn.ttl.TruncationCosts;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.TrainingSpec;
import io.spikeworks.model.file.AtomicFiles;
import io.spikeworks.report.SweepHeatmaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code spikeworks sweep SWEEP.json --out DIR}: trains every run of a sweep and writes one table, {@code sweep.csv}
 * and {@code sweep.md}, rewritten after each run, in the sweep's order whatever order runs finish in; each run's
 * metrics.csv and summary.json go to {@code DIR/runs/<label>/}. {@code --resume} continues a folder: finished runs
 * are kept, failed and missing ones trained. A run that throws or diverges becomes a failed or diverged row and
 * the others go on. Who trains the runs is a {@link SweepExecutor}: this JVM here, a Spark cluster in the spark
 * profile's jar, which builds this command with its own.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Train a grid (or a random search) of algorithms × codings; writes sweep.csv and sweep.md into "
                + "the output folder.")
public final class SweepCommand implements Callable<Integer> {
    static final String CSV = "sweep.csv";
    static final String MARKDOWN = "sweep.md";

    private final Function<SweepData, SweepExecutor> executors;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP.json", description = "The sweep file.")
    Path sweep;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<sweep>-<time>).")
    Path out;

    @Option(names = "--resume", description = "Continue the sweep in --out: keep its finished runs, train the failed "
            + "and missing ones.")
    boolean resume;

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

    /** The command-line sweep: every run in this JVM. */
    public SweepCommand() {
        this(LocalSweepExecutor::new);
    }

    /** @param executors makes what trains the runs, given where their data comes from */
    public SweepCommand(Function<SweepData, SweepExecutor> executors) {
        this.executors = executors;
    }

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
        Pattern filter = only == null ? null : onlyPattern();
        for (SweepEntry e : plan.entries())
            if (filter == null || filter.matcher(e.label()).matches())
                entries.add(new SweepEntry(e.coding(), e.label(), overridden(e.project())));
        if (list) {
            for (SweepEntry e : entries) o.println(e.label());
            return SpikeworksCli.OK;
        }
        if (entries.isEmpty()) throw new IllegalArgumentException(only == null ? sweep + ": the sweep has no runs"
                : "no run of the sweep matches --only " + only + "; --list prints the runs' labels");
        List<String> tooLarge = new ArrayList<>();
        for (SweepEntry e : entries) {
            RunMemoryEstimate.of(e.project(), ComponentCatalog.standard()).filter(m -> !m.fitsIn(HeapBudget.max())).ifPresent(m ->
                    tooLarge.add("run '" + e.label() + "' " + HeapBudget.tooLarge(m, HeapBudget.free(), HeapBudget.max())));
        }
        if (!tooLarge.isEmpty()) throw new IllegalArgumentException(sweep + ": " + tooLarge.size() + " of " + entries.size()
                + " runs cannot fit in the heap, so none was started; first: " + tooLarge.get(0));
        if (epochs != null) OptionChecks.atLeast(spec, "--epochs", epochs, 1);
        if (limitTrain != null) OptionChecks.atLeast(spec, "--limit-train", limitTrain, 1);
        if (limitTest != null) OptionChecks.atLeast(spec, "--limit-test", limitTest, 1);
        if (resume && out == null) throw OptionChecks.usage(spec, "--resume needs --out DIR: the folder of the sweep to continue");
        Path dir = out != null ? out : Path.of("runs", stem(sweep) + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));

        ObjectNode settings = SweepState.settings(epochs, limitTrain, limitTest, seed);
        Optional<SweepState> earlier = SweepState.read(dir);
        if (earlier.isPresent() && !resume)
            throw new IllegalArgumentException(dir + " already holds a sweep (" + earlier.get().size() + " runs ended); "
                    + "add --resume to continue it, or give another --out");
        if (resume && earlier.isEmpty() && Files.isDirectory(dir.resolve("runs")))
            throw new IllegalArgumentException(dir + " has runs but no " + SweepState.FILE + " (written by an older "
                    + "Spikeworks?); it cannot tell which finished: give another --out");
        earlier.ifPresent(s -> s.requireSameSettings(settings, dir));
        SweepState state = earlier.orElseGet(() -> SweepState.fresh(plan.name(), settings));
        List<SweepEntry> pending = new ArrayList<>();
        Map<String, String> fingerprints = new HashMap<>();
        for (SweepEntry e : entries) {
            String f = SweepState.fingerprint(e.project());
            fingerprints.put(e.label(), f);
            if (state.finished(e.label(), f).isEmpty()) pending.add(e);
        }
        Files.createDirectories(dir);
        List<String> order = plan.entries().stream().map(SweepEntry::label).toList();
        SweepData data = new SweepData(assets, limitTrain, limitTest);
        List<String> setup = setup(plan, entries.get(0).project(), data);
        int skipped = entries.size() - pending.size();
        o.printf(Locale.ROOT, "Sweep %s: %d runs into %s%s%n", plan.name(), entries.size(), dir,
                skipped == 0 ? "" : " (" + skipped + " finished earlier, kept; " + pending.size() + " to train)");
        writeTables(dir, plan, setup, state.rows(order));
        if (pending.isEmpty()) {
            o.printf("nothing to train; wrote %s and %s in %s%n", CSV, MARKDOWN, dir);
            return SpikeworksCli.OK;
        }

        ProgressBar bar = new ProgressBar(o, !quiet);
        long sweepStart = System.nanoTime();
        try (SweepExecutor executor = executors.apply(data)) {
            SweepProgress progress = new SweepProgress(entries.size(), skipped, executor.slots());
            Map<String, Long> startedAt = new HashMap<>();
            executor.runAll(pending, new SweepExecutor.Listener() {
                @Override
                public synchronized void started(SweepEntry entry) {
                    startedAt.put(entry.label(), System.nanoTime());
                    progress.started();
                    if (executor.slots() > 1) {
                        o.println(progress.line() + "  started: " + entry.label());
                        o.flush();
                    }
                }

                @Override
                public synchronized void batch(SweepEntry entry, BatchProgress p) {
                    bar.update(p);
                }

                @Override
                public synchronized void evaluated(SweepEntry entry, Map<String, String> files) {
                    RunFiles.write(dir.resolve("runs").resolve(entry.folderName()), files);
                }

                @Override
                public synchronized void finished(SweepEntry entry, SweepOutcome outcome) {
                    bar.clear();
                    double seconds = (System.nanoTime() - startedAt.getOrDefault(entry.label(), System.nanoTime())) / 1e9;
                    if (!outcome.files().isEmpty())
                        RunFiles.write(dir.resolve("runs").resolve(entry.folderName()), outcome.files());
                    SweepResult r = outcome.result();
                    state.put(fingerprints.get(entry.label()), r);
                    try {
                        state.save(dir);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write " + dir.resolve(SweepState.FILE) + ": " + e.getMessage(), e);
                    }
                    writeTables(dir, plan, setup, state.rows(order));
                    progress.finished(r.status(), seconds);
                    o.printf(Locale.ROOT, "%s: %s, %.0f s%n", entry.label(), describe(r), seconds);
                    o.println(progress.line());
                    o.flush();
                }
            });
            o.printf("wrote %s and %s (with heatmaps of any TTL-BPTT cells) in %s; wall time %s for %d runs%n", CSV, MARKDOWN,
                    dir, wallTime((System.nanoTime() - sweepStart) / 1e9), pending.size());
            if (progress.done() < entries.size())
                throw new IllegalStateException((entries.size() - progress.done()) + " of " + entries.size() + " runs "
                        + "never reported back; sweep --resume --out " + dir + " trains them");
            if (progress.failed() > 0)
                throw new IllegalArgumentException(progress.failed() + " of " + entries.size() + " runs failed (their rows "
                        + "in " + dir.resolve(CSV) + " say why); sweep --resume --out " + dir + " trains them again");
        }
        return SpikeworksCli.OK;
    }

    /** --only as a pattern; one that is not a regular expression is a usage error naming the option. */
    private Pattern onlyPattern() {
        try {
            return Pattern.compile(only);
        } catch (PatternSyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--only: '" + only + "' is not a regular expression: "
                    + e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
        }
    }

    /** 1 h 02 min 05 s, 3 min 07 s, 12 s: how long the sweep took, as people say it. */
    static String wallTime(double seconds) {
        long s = Math.round(seconds), h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
        if (h > 0) return String.format(Locale.ROOT, "%d h %02d min %02d s", h, m, sec);
        if (m > 0) return String.format(Locale.ROOT, "%d min %02d s", m, sec);
        return sec + " s";
    }

    private static String describe(SweepResult r) {
        if (r.status() == SweepStatus.FAILED) return "failed: " + r.message();
        String saving = r.blockSize() != null
                ? "memory " + TruncationCosts.changeText(r.costs().memory()) + ", MACs " + TruncationCosts.changeText(r.costs().macs())
                + ", memory accesses " + TruncationCosts.changeText(r.costs().accesses()) + " vs end-to-end BPTT"
                : "transport reduction " + reduction(r.reduction());
        return (r.status() == SweepStatus.DIVERGED ? "diverged (" + r.message() + "), " : "")
                + String.format(Locale.ROOT, "test accuracy %.2f %%, %s", 100 * r.testAccuracy(), saving);
    }

    private Project overridden(Project p) {
        TrainingSpec t = p.training();
        if (epochs != null) t = t.withEpochs(epochs);
        if (seed != null) t = t.withSeed(seed);
        return p.withTraining(t);
    }

    /** Lines above the table; the data line needs the first run's data, loaded here (cached for the runs). */
    private List<String> setup(SweepPlan plan, Project p, SweepData data) {
        List<String> s = new ArrayList<>();
        if (!plan.description().isBlank()) s.add(plan.description());
        StringBuilder net = new StringBuilder("input");
        for (LayerSpec l : p.network().layers()) {
            net.append(" → ").append(l.id()).append(' ').append(l.type());
            if (l.component().spec().findParam("units").isPresent()) net.append(' ').append(l.component().getInt("units"));
        }
        String reduced = limitTrain != null || limitTest != null
                ? " — REDUCED with --limit-train/--limit-test, not the full data set" : "";
        try {
            TrainTestSplit split = data.load(p);
            s.add(String.format(Locale.ROOT, "Data: %s, %d training / %d test samples%s", p.dataset().name(),
                    split.train().size(), split.test().size(), reduced));
        } catch (RuntimeException e) {
            s.add("Data: " + p.dataset().name() + " (not loadable here: " + e.getMessage() + ")" + reduced);
        }
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
