package io.spikeworks.learn;

import io.spikeworks.data.SampleSet;
import io.spikeworks.model.Project;
import io.spikeworks.sim.EngineCounters;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.spikeworks.sim.Conv2dLayer;
import io.spikeworks.sim.Layer;

/**
 * Measures training and inference throughput of a project on real data: warm-up batches first (JIT,
 * buffers), then timed batches. Data filling and spike encoding are inside the timed region.
 */
public final class Benchmark {
    /**
     * @param skippedShare fraction of the dense multiply-adds that event-driven routing did not have to do
     * @param complementShare fraction of the spike events' synaptic operations not done because steps of
     *                        rate-coded samples were summed as total minus silent inputs
     * @param trainCpuMicrosPerSample process CPU time per training sample: unlike samples/s it hardly moves when
     *                                other processes compete for the cores
     * @param inferCpuMicrosPerSample the same for inference samples
     */
    public record Result(String name, double trainSamplesPerSecond, double inferSamplesPerSecond, long peakHeapBytes,
                         long peakResidentBytes, long offHeapBytes, double skippedShare, int trainBatches,
                         int batchSize, double trainCpuMicrosPerSample, double complementShare,
                         double inferCpuMicrosPerSample, List<LayerTime> layerTimes) {}

    /**
     * Where a sample's CPU time went, per layer, when layer timing was on (empty otherwise): µs per training sample
     * forward and backward, µs per inference sample, and for convolutions the share of forward steps that took
     * the event route.
     */
    public record LayerTime(String layer, double trainForwardMicros, double trainBackwardMicros, double inferMicros,
                            String route) {}

    private Benchmark() {}

    public static Result run(String name, Project project, SampleSet train, SampleSet test, int warmupBatches, int timedBatches,
                             boolean denseReference) {
        TrainingRun run = new TrainingRun(project.withTraining(project.training().withEpochs(1000)), train, test);
        run.trainer().setDenseReference(denseReference);
        run.trainer().setSpikeHistoryKept(false); // as headless training runs it
        for (int i = 0; i < warmupBatches; i++) run.step(TrainingListener.NONE);
        EngineCounters before = run.counters().copy();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long samples0 = run.samplesSeen();
        for (int i = 0; i < timedBatches; i++) run.step(TrainingListener.NONE);
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        long cpu = processCpuNanos() - cpu0;
        long trained = run.samplesSeen() - samples0;
        EngineCounters c = run.counters();
        EngineCounters trainWork = c.since(before);
        long[][] routesBefore = routes(run);
        long synops = c.synapticOps - before.synapticOps;
        long dense = c.denseMacs - before.denseMacs;
        long skipped = c.skippedMacs - before.skippedMacs;
        double skippedShare = skipped + synops + dense == 0 ? 0 : (double) skipped / (skipped + synops + dense);
        long saved = c.complementOpsSaved - before.complementOpsSaved;
        double complementShare = synops == 0 ? 0 : (double) saved / synops;

        // as many inference samples as trained ones (whole passes over the test set, then the rest), so the
        // timed stretch is long enough for this machine's jitter to average out
        int wanted = timedBatches * project.training().batchSize();
        run.evaluate(test.limit(Math.min(test.size(), warmupBatches * project.training().batchSize() + 1)));
        EngineCounters inferBefore = run.counters().copy();
        long inferCpu0 = processCpuNanos();
        long t1 = System.nanoTime();
        long inferSamples = 0;
        while (inferSamples < wanted) {
            SampleSet part = test.limit((int) Math.min(test.size(), wanted - inferSamples));
            run.evaluate(part);
            inferSamples += part.size();
        }
        double inferSeconds = (System.nanoTime() - t1) / 1e9;
        long inferCpu = processCpuNanos() - inferCpu0;
        EngineCounters inferWork = run.counters().since(inferBefore);
        List<LayerTime> times = layerTimes(run, trainWork, trained, inferWork, inferSamples, routesBefore);
        return new Result(name, trained / trainSeconds, inferSamples / inferSeconds, peakHeap(), peakResident(),
                offHeap(), skippedShare, timedBatches, project.training().batchSize(), cpu / 1e3 / trained, complementShare,
                inferCpu / 1e3 / inferSamples, times);
    }

    private static long[][] routes(TrainingRun run) {
        List<Layer> layers = run.trainer().network().layers();
        long[][] r = new long[layers.size()][];
        for (int i = 0; i < r.length; i++) if (layers.get(i) instanceof Conv2dLayer conv) r[i] = conv.routeSteps();
        return r;
    }

    /** "events 9 % · patterns 91 % of sample-steps": the routes a conv layer's steps took, by share. */
    static String routeShares(long[] before, long[] after) {
        long total = 0;
        for (int r = 0; r < after.length; r++) total += after[r] - before[r];
        StringBuilder s = new StringBuilder();
        for (Conv2dLayer.Route r : Conv2dLayer.Route.values()) {
            long n = after[r.ordinal()] - before[r.ordinal()];
            if (n == 0) continue;
            if (s.length() > 0) s.append(" · ");
            s.append(String.format(java.util.Locale.ROOT, "%s %.0f %%", r.name().toLowerCase(java.util.Locale.ROOT),
                    100.0 * n / Math.max(1, total)));
        }
        return s.length() == 0 ? "" : s + " of sample-steps";
    }

    private static List<LayerTime> layerTimes(TrainingRun run, EngineCounters train, long trained, EngineCounters infer,
                                              long inferred, long[][] routesBefore) {
        List<LayerTime> out = new ArrayList<>();
        if (train.layerForwardNanos == null) return out;
        List<Layer> layers = run.trainer().network().layers();
        long[][] routesAfter = routes(run);
        for (int i = 0; i < layers.size(); i++) {
            String route = "";
            if (routesAfter[i] != null) {
                route = routeShares(routesBefore[i], routesAfter[i]);
            }
            double inferUs = infer.layerForwardNanos == null ? 0 : infer.layerForwardNanos[i] / 1e3 / inferred;
            out.add(new LayerTime(layers.get(i).name(), train.layerForwardNanos[i] / 1e3 / trained,
                    train.layerBackwardNanos[i] / 1e3 / trained, inferUs, route));
        }
        return out;
    }

    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    /** Peak resident set (VmHWM) on Linux; -1 where /proc is not there. */
    static long peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Native memory ND4J's allocator holds (JavaCPP's count). */
    static long offHeap() {
        try {
            return org.bytedeco.javacpp.Pointer.totalBytes();
        } catch (Throwable t) {
            return -1;
        }
    }
}
