package io.spikeworks.learn.nbp;

import java.util.Locale;

/**
 * Per-sample counters of the gated circuit (from the cost model, which the tests tie to the circuit) over whole
 * epochs of training and one pass of inference over the test set, for the energy model:
 * {@code java -cp target/classes:target/test-classes io.spikeworks.learn.nbp.NbpCostMain DATASET EPOCHS SEED}.
 */
public final class NbpCostMain {
    public static void main(String[] args) {
        NbpDataset dataset = NbpDataset.byId(args[0]);
        int epochs = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        NbpDataset.Split split = dataset.load(null);
        NbpSamples train = split.train();
        NbpEngine engine = new NbpEngine(NbpWeights.heInit(train.inputs(), NbpReproduction.HIDDEN, train.classes(), seed));
        NbpCostModel cost = new NbpCostModel(train.inputs(), NbpReproduction.HIDDEN, train.classes());
        NbpActivity a = new NbpActivity();
        for (int e = 1; e <= epochs; e++) {
            NbpCounters c = cost.zero();
            for (int s : NbpReproduction.shuffledOrder(train.size(), seed, e)) {
                engine.train(train, s, a);
                cost.addTrainingSample(a, c);
            }
            print(dataset.id() + " training epoch " + e, c, train.size());
        }
        NbpSamples test = split.test();
        NbpCounters c = cost.zeroInference();
        int[] out = new int[test.classes()];
        NbpWeights w = engine.weights();
        for (int s = 0; s < test.size(); s++) {
            engine.infer(test, s, out);
            int[] x = test.dense(s);
            int h = 0;
            for (int j = 0; j < NbpReproduction.HIDDEN; j++) {
                int sum = 0;
                for (int i = 0; i < x.length; i++) if (x[i] != 0) sum += w.w1(i, j);
                if (sum > NbpConstants.BINARY_THRESHOLD) h++;
            }
            int o = 0;
            for (int v : out) if (v > NbpConstants.BINARY_THRESHOLD) o++;
            cost.addInferenceSample(test.activeCount(s), h, o, c);
        }
        print(dataset.id() + " inference (test set, final weights)", c, test.size());
    }

    static void print(String what, NbpCounters c, int samples) {
        System.out.printf(Locale.ROOT, "%s: per sample: spikes %.1f, synaptic events %.0f, plastic updates %.0f, "
                        + "neuron updates %.0f, steps %.0f%n", what, (double) c.totalSpikes() / samples,
                (double) c.synapticEvents() / samples, (double) c.plasticUpdates() / samples,
                (double) c.neuronUpdates() / samples, (double) c.steps() / samples);
        StringBuilder b = new StringBuilder("   spikes per sample by population:");
        for (String p : c.populations()) b.append(String.format(Locale.ROOT, " %s %.1f", p, (double) c.spikes(p) / samples));
        System.out.println(b);
    }
}
