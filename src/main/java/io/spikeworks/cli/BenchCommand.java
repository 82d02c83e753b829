package io.spikeworks.cli;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.Benchmark;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.nbp.NbpBenchmark;
import io.spikeworks.learn.nbp.NbpDataset;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.sim.kernel.Kernels;
import io.spikeworks.sim.kernel.TensorRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code spikeworks bench}: training and inference throughput of the standard configurations on real data. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training and inference samples/s of the standard configurations A–E.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "A|B|C|D|E|nbp|kernels|all", defaultValue = "all",
            description = "A: 784-256-10, B: 784-500-10, C: 400-400-10 binary, D: conv Fashion-MNIST, E: conv on MNIST as 2×34×34 saccade events, kernels: the conv kernels of D against this core's peak (not in all), nbp: the on-chip "
                    + "backprop circuit on MNIST 20×20 and Fashion 28×28 (default: all).")
    String config;

    @Option(names = "--batches", paramLabel = "N",
            description = "Timed training batches (default 150; 12 for the much slower D and E).")
    Integer batches;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Warm-up batches (default 100, so the JIT has compiled the vector kernels; 20 for D and E).")
    Integer warmup;

    @Option(names = "--assets", paramLabel = "DIR", description = "Folder holding datasets/.")
    Path assets;

    @Option(names = "--layer-times", description = "Also time every layer forward and backward (CPU µs per sample; "
            + "adds about 1 µs per layer and step).")
    boolean layerTimes;

    @Option(names = "--dense-reference", description = "Measure the dense reference route instead of the event-driven one.")
    boolean denseReference;

    @Override
    public Integer call() {
        if ((batches != null && batches < 1) || (warmup != null && warmup < 0))
            throw OptionChecks.usage(spec, "--batches must be ≥ 1 and --warmup ≥ 0");
        List<String> configs = new ArrayList<>();
        String c = config.toUpperCase(Locale.ROOT);
        if (c.equals("ALL")) configs.addAll(List.of("A", "B", "C", "D", "E", "NBP"));
        else if (c.matches("[ABCDE]|NBP|KERNELS")) configs.add(c);
        else throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--config must be A, B, C, D, E, nbp, kernels or all, got '" + config + "'");
        io.spikeworks.sim.Network.setTimingLayers(layerTimes);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Spikeworks bench: %d cores, %d slices per batch, kernels %s, ND4J threads %d%n",
                Runtime.getRuntime().availableProcessors(), Trainer.DEFAULT_SLICES, Kernels.get().name(), TensorRuntime.plannedThreads());
        for (String name : configs) {
            if (name.equals("NBP")) {
                benchNbp(out);
                continue;
            }
            if (name.equals("KERNELS")) {
                benchKernels(out);
                continue;
            }
            Project p = load(name);
            TrainTestSplit data = TrainingData.load(p, assets, null, null);
            boolean slow = name.equals("D") || name.equals("E");
            // D and E: C2 compiles their per-step kernels until 3–4 s into a run, about 20 of D's batches
            int w = warmup != null ? warmup : slow ? 20 : 100;
            int n = batches != null ? batches : slow ? 12 : 150;
            Benchmark.Result r = Benchmark.run(name, p, data.train(), data.test(), w, n, denseReference);
            out.printf(Locale.ROOT, "%s  %s  (%d warm-up + %d timed batches)%n", name, p.name(), w, n);
            out.printf(Locale.ROOT, "   train %,10.0f samples/s   inference %,10.0f samples/s   sparsity skipped %.1f %% of dense MACs%n",
                    r.trainSamplesPerSecond(), r.inferSamplesPerSecond(), 100 * r.skippedShare());
            out.printf(Locale.ROOT, "   complement route (total minus silent inputs) saved %.1f %% of the spike events' synaptic operations%n",
                    100 * r.complementShare());
            out.printf(Locale.ROOT, "   peak heap %s   peak resident %s   ND4J off-heap %s   CPU %.0f µs per training sample, %.1f µs per inference sample%n",
                    mib(r.peakHeapBytes()), mib(r.peakResidentBytes()), mib(r.offHeapBytes()), r.trainCpuMicrosPerSample(),
                    r.inferCpuMicrosPerSample());
            for (Benchmark.LayerTime lt : r.layerTimes()) {
                out.printf(Locale.ROOT, "   %-8s train forward %8.1f µs + backward %8.1f µs per sample   inference %8.1f µs per sample   %s%n",
                        lt.layer(), lt.trainForwardMicros(), lt.trainBackwardMicros(), lt.inferMicros(), lt.route());
            }
            out.printf(Locale.ROOT, "bench config=%s%s train_samples_per_s=%.1f infer_samples_per_s=%.1f peak_heap_bytes=%d "
                            + "peak_rss_bytes=%d offheap_bytes=%d skipped_share=%.4f complement_share=%.4f batch=%d timed_batches=%d train_cpu_us_per_sample=%.1f infer_cpu_us_per_sample=%.1f%n",
                    name, denseReference ? " route=dense-reference" : "", r.trainSamplesPerSecond(), r.inferSamplesPerSecond(), r.peakHeapBytes(), r.peakResidentBytes(),
                    r.offHeapBytes(), r.skippedShare(), r.complementShare(), r.batchSize(), r.trainBatches(), r.trainCpuMicrosPerSample(), r.inferCpuMicrosPerSample());
            out.flush();
        }
        return SpikeworksCli.OK;
    }

    /**
     * nBP's integer circuit, one sample at a time on one thread (the rule is sequential): a full epoch of warm-up,
     * then a timed epoch, on each data set read from --assets (or where AssetLocator finds it); --batches and
     * --warmup count batches of 100 samples here.
     */
    private void benchNbp(PrintWriter out) {
        int w = warmup != null ? warmup * 100 : 60_000;
        int n = batches != null ? batches * 100 : 60_000;
        for (NbpDataset d : NbpDataset.values()) {
            NbpBenchmark.Result r = NbpBenchmark.run(d, assets, w, n, 1);
            out.printf(Locale.ROOT, "nbp  %s %d-400-10  (%d warm-up + %d timed samples)%n", d.id(), r.inputs(), w, n);
            out.printf(Locale.ROOT, "   train %,10.0f samples/s   inference %,10.0f samples/s   CPU %.1f µs per training "
                    + "sample, %.1f µs per inference sample%n", r.trainSamplesPerSecond(), r.inferSamplesPerSecond(),
                    r.trainCpuMicrosPerSample(), r.inferCpuMicrosPerSample());
            out.println(r.benchLine());
            out.flush();
        }
    }

    /** The conv kernels of configuration D on one thread, at D's typical input density and at E's. */
    private void benchKernels(PrintWriter out) {
        double peak = io.spikeworks.sim.ConvKernelBenchmark.peakGigaMacs();
        out.printf(Locale.ROOT, "kernels: one core's peak, independent vector multiply-adds: %.1f GMAC/s (%.1f GFLOP/s)%n",
                peak, 2 * peak);
        for (double density : new double[]{0.27, 0.05}) {
            for (var row : io.spikeworks.sim.ConvKernelBenchmark.run(density)) {
                out.printf(Locale.ROOT, "   %s %-31s density %.2f  %7.2f µs per sample-step  %,9d dense MACs  %6.1f dense-equivalent GMAC/s (%3.0f %% of peak)%n",
                        row.layer(), row.kernel(), row.density(), row.microsPerSampleStep(), row.macsPerSampleStep(),
                        row.gigaMacsPerSecond(), 100 * row.gigaMacsPerSecond() / peak);
            }
        }
        out.flush();
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    static Project load(String config) {
        String resource = "/io/spikeworks/bench/config-" + config.toLowerCase(Locale.ROOT) + ".json";
        try (InputStream in = BenchCommand.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing bench configuration " + resource);
            return new ProjectJson().parse(in.readAllBytes(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
