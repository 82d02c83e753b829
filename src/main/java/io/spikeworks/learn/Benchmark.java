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
                         double inferCpuMicrosPerSample) {}

    private Benchmark() {}

    public static Result run(String name, Project project, SampleSet train, SampleSet test, int warmupBatches, int timedBatches,
                             boolean denseReference) {
        TrainingRun run = new TrainingRun(project.withTraining(project.training().withEpochs(1000)), train, test);
        run.trainer().setDenseReference(denseReference);
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
        return new Result(name, trained / trainSeconds, inferSamples / inferSeconds, peakHeap(), peakResident(),
                offHeap(), skippedShare, timedBatches, project.training().batchSize(), cpu / 1e3 / trained, complementShare,
                inferCpu / 1e3 / inferSamples);
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
