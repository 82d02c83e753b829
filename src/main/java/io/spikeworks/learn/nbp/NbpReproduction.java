package io.spikeworks.learn.nbp;

import io.spikeworks.sim.kernel.FastRandom;

import java.util.ArrayList;
import java.util.List;

/**
 * Reproduces the paper's training protocol (seeds.md §3.8): a 400-400-10 (784-400-10) network from the He
 * initialisation, the fixed ±2 step, the training set reshuffled every epoch from the seed, the test set scored
 * after every half epoch (the paper's checkpoints) by spike-argmax, membrane-argmax and exact match.
 */
public final class NbpReproduction {
    /** The paper's hidden layer size. */
    public static final int HIDDEN = 400;

    private NbpReproduction() {}

    /** Told after every epoch; return false to stop the run there. */
    @FunctionalInterface
    public interface Listener {
        boolean onEpoch(NbpEpochResult result);
    }

    /** Loads the bundled data set and runs; see {@link #run(NbpSamples, NbpSamples, NbpSamples, int, int, long, Listener)}. */
    public static List<NbpEpochResult> run(NbpDataset dataset, int epochs, long seed, Listener listener) {
        NbpDataset.Split split = dataset.load(null);
        return run(split.train(), null, split.test(), HIDDEN, epochs, seed, listener);
    }

    /** Without a validation set. */
    public static List<NbpEpochResult> run(NbpSamples train, NbpSamples test, int hidden, int epochs, long seed,
                                           Listener listener) {
        return run(train, null, test, hidden, epochs, seed, listener);
    }

    /**
     * Trains for up to {@code epochs} epochs and returns one result per epoch run.
     *
     * @param validation samples held out of the training data, scored at every checkpoint too; null for none
     * @param seed       drives the initial weights and every epoch's shuffle
     */
    public static List<NbpEpochResult> run(NbpSamples train, NbpSamples validation, NbpSamples test, int hidden,
                                           int epochs, long seed, Listener listener) {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        if (train.inputs() != test.inputs())
            throw new IllegalArgumentException("training set has " + train.inputs() + " inputs, test set " + test.inputs());
        NbpEngine engine = new NbpEngine(NbpWeights.heInit(train.inputs(), hidden, train.classes(), seed));
        List<NbpEpochResult> results = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            int[] order = shuffledOrder(train.size(), seed, epoch);
            int halfway = order.length / 2;
            long[] tally = new long[3]; // exact samples, wrong output spikes, training nanoseconds
            trainRange(engine, train, order, 0, halfway, tally);
            NbpScore half = NbpScore.evaluate(engine, test); // the checkpoint after half the epoch
            double halfValidation = validation == null ? Double.NaN : NbpScore.evaluate(engine, validation).spikeAccuracy();
            trainRange(engine, train, order, halfway, order.length, tally);
            long exact = tally[0];
            long wrongOutputs = tally[1];
            long nanos = tally[2];
            double seconds = nanos / 1e9;
            NbpScore testScore = NbpScore.evaluate(engine, test);
            NbpEpochResult r = new NbpEpochResult(epoch, seed, (double) exact / train.size(),
                    (double) wrongOutputs / ((double) train.size() * train.classes()),
                    testScore.spikeAccuracy(), testScore.membraneAccuracy(), testScore.exactAccuracy(),
                    testScore.mseLoss(), seconds, train.size() / seconds, engine.weights().countAtLimit(),
                    half.spikeAccuracy(), half.membraneAccuracy(), half.exactAccuracy(), halfValidation,
                    validation == null ? Double.NaN : NbpScore.evaluate(engine, validation).spikeAccuracy());
            results.add(r);
            if (listener != null && !listener.onEpoch(r)) break;
        }
        return results;
    }

    /** Trains on {@code order[from..to)}, adding exact samples, wrong output spikes and the time taken to tally. */
    private static void trainRange(NbpEngine engine, NbpSamples train, int[] order, int from, int to, long[] tally) {
        long t0 = System.nanoTime();
        for (int i = from; i < to; i++) {
            int wrong = engine.train(train, order[i], null);
            if (wrong == 0) tally[0]++;
            tally[1] += wrong;
        }
        tally[2] += System.nanoTime() - t0;
    }

    /** Trains the engine through one epoch in {@link #shuffledOrder}'s order, as {@link #run} does. */
    public static void trainEpoch(NbpEngine engine, NbpSamples train, long seed, int epoch) {
        for (int s : shuffledOrder(train.size(), seed, epoch)) engine.train(train, s, null);
    }

    /** The sample order of one epoch: a Fisher–Yates shuffle seeded from the run seed and the epoch. */
    public static int[] shuffledOrder(int n, long seed, int epoch) {
        FastRandom rng = new FastRandom(FastRandom.mix(seed * 0x9E3779B97F4A7C15L + epoch));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
