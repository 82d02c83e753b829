package io.spikeworks.learn.nbp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Training and inference speed of the fast route on real data, for {@code bench}: trains from the He
 * initialisation through {@code warmupSamples} (JIT warm-up; the first samples also make the most errors), then
 * times {@code timedSamples} further training samples in the epoch's shuffled order, then as many inference
 * samples over the test set. Single-threaded, so the thread's CPU time is reported too: unlike samples/s it hardly
 * moves when other processes compete for the cores.
 */
public final class NbpBenchmark {
    private NbpBenchmark() {}

    /**
     * @param trainCpuMicrosPerSample CPU time of this thread per training sample
     */
    public record Result(String dataset, int inputs, double trainSamplesPerSecond, double inferSamplesPerSecond,
                         double trainCpuMicrosPerSample, double inferCpuMicrosPerSample, int timedSamples) {
        /** The machine-readable line, in the form of the other {@code bench} configurations. */
        public String benchLine() {
            return String.format(Locale.ROOT, "bench config=nbp-%s train_samples_per_s=%.1f infer_samples_per_s=%.1f "
                            + "train_cpu_us_per_sample=%.2f infer_cpu_us_per_sample=%.2f timed_samples=%d",
                    dataset, trainSamplesPerSecond, inferSamplesPerSecond, trainCpuMicrosPerSample,
                    inferCpuMicrosPerSample, timedSamples);
        }
    }

    /** Loads the bundled data set and measures. */
    public static Result run(NbpDataset dataset, int warmupSamples, int timedSamples, long seed) {
        return run(dataset, null, warmupSamples, timedSamples, seed);
    }

    /** Loads the data set from {@code assetsRoot} (null: where {@code AssetLocator} finds it) and measures. */
    public static Result run(NbpDataset dataset, java.nio.file.Path assetsRoot, int warmupSamples, int timedSamples,
                             long seed) {
        NbpDataset.Split split = dataset.load(assetsRoot);
        return run(dataset.id(), split.train(), split.test(), warmupSamples, timedSamples, seed);
    }

    public static Result run(String name, NbpSamples train, NbpSamples test, int warmupSamples, int timedSamples,
                             long seed) {
        if (warmupSamples < 0 || timedSamples < 1)
            throw new IllegalArgumentException("need warm-up ≥ 0 and timed samples ≥ 1, got " + warmupSamples + ", " + timedSamples);
        NbpEngine engine = new NbpEngine(NbpWeights.heInit(train.inputs(), NbpReproduction.HIDDEN, train.classes(), seed));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int epoch = 1;
        int[] order = NbpReproduction.shuffledOrder(train.size(), seed, epoch);
        int pos = 0;
        for (int i = 0; i < warmupSamples; i++) {
            if (pos == order.length) {
                order = NbpReproduction.shuffledOrder(train.size(), seed, ++epoch);
                pos = 0;
            }
            engine.train(train, order[pos++], null);
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < timedSamples; i++) {
            if (pos == order.length) {
                order = NbpReproduction.shuffledOrder(train.size(), seed, ++epoch);
                pos = 0;
            }
            engine.train(train, order[pos++], null);
        }
        double trainSeconds = (System.nanoTime() - t0) / 1e9;
        long trainCpu = threads.getCurrentThreadCpuTime() - cpu0;

        int[] out = new int[engine.outputs()];
        long sink = 0;
        for (int s = 0; s < Math.min(test.size(), warmupSamples); s++) {
            engine.infer(test, s, out);
            sink += out[0];
        }
        long cpu1 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        for (int i = 0; i < timedSamples; i++) {
            engine.infer(test, i % test.size(), out);
            sink += out[0];
        }
        double inferSeconds = (System.nanoTime() - t1) / 1e9;
        long inferCpu = threads.getCurrentThreadCpuTime() - cpu1;
        if (sink == Long.MIN_VALUE) System.out.print(""); // keeps the inference loop from being optimised away
        return new Result(name, train.inputs(), timedSamples / trainSeconds, timedSamples / inferSeconds,
                trainCpu / 1e3 / timedSamples, inferCpu / 1e3 / timedSamples, timedSamples);
    }

    /**
     * Training samples per second of the neuron-level circuit (12 simulated steps per sample, every copy stored
     * and updated), over {@code samples} samples after {@code warmup} more: the faithful but slow route.
     */
    public static double circuitTrainSamplesPerSecond(NbpSamples train, int warmup, int samples, long seed) {
        GatedNbpCircuit circuit = GatedNbpCircuit.training(
                NbpWeights.heInit(train.inputs(), NbpReproduction.HIDDEN, train.classes(), seed));
        int[] order = NbpReproduction.shuffledOrder(train.size(), seed, 1);
        for (int i = 0; i < warmup; i++) circuit.runSample(train.dense(order[i % order.length]), train.label(order[i % order.length]));
        long t0 = System.nanoTime();
        for (int i = warmup; i < warmup + samples; i++)
            circuit.runSample(train.dense(order[i % order.length]), train.label(order[i % order.length]));
        return samples / ((System.nanoTime() - t0) / 1e9);
    }
}
