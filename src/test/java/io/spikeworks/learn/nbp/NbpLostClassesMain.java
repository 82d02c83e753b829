package io.spikeworks.learn.nbp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which output units of a reproduction run stop firing for good: trains as {@link NbpReproduction} does (same
 * initial weights, same shuffles, so the same run as {@code NbpReproductionMain} at that seed) and after every epoch
 * counts, per output unit, the test samples on which it fires. Prints the epochs at which a unit fired on no test
 * sample and, at the end, how often each unit fired and each class was predicted by spikes.
 * {@code java -cp target/classes:target/test-classes io.spikeworks.learn.nbp.NbpLostClassesMain EPOCHS SEED...}
 */
public final class NbpLostClassesMain {
    public static void main(String[] args) {
        int epochs = Integer.parseInt(args[0]);
        NbpDataset.Split split = NbpDataset.MNIST20.load(null);
        NbpSamples train = split.train();
        NbpSamples test = split.test();
        for (int a = 1; a < args.length; a++) {
            long seed = Long.parseLong(args[a]);
            NbpEngine engine = new NbpEngine(NbpWeights.heInit(train.inputs(), NbpReproduction.HIDDEN, train.classes(), seed));
            List<List<Integer>> silentAfter = new ArrayList<>();
            for (int u = 0; u < test.classes(); u++) silentAfter.add(new ArrayList<>());
            int[] fired = new int[test.classes()];
            int[] predicted = new int[test.classes()];
            for (int e = 1; e <= epochs; e++) {
                NbpReproduction.trainEpoch(engine, train, seed, e);
                count(engine, test, fired, predicted);
                for (int u = 0; u < fired.length; u++) if (fired[u] == 0) silentAfter.get(u).add(e);
            }
            List<String> silent = new ArrayList<>();
            for (int u = 0; u < fired.length; u++)
                if (!silentAfter.get(u).isEmpty()) silent.add("unit " + u + " after epochs " + ranges(silentAfter.get(u)));
            System.out.printf(Locale.ROOT, "seed %d after %d epochs: test samples each output unit fires on %s; "
                            + "predicted by spikes per class %s; silent on the whole test set: %s%n",
                    seed, epochs, java.util.Arrays.toString(fired), java.util.Arrays.toString(predicted),
                    silent.isEmpty() ? "none" : String.join("; ", silent));
        }
    }

    /** Ascending epochs as ranges: 1-3, 7. */
    static String ranges(List<Integer> epochs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < epochs.size(); i++) {
            int from = epochs.get(i);
            while (i + 1 < epochs.size() && epochs.get(i + 1) == epochs.get(i) + 1) i++;
            if (!b.isEmpty()) b.append(", ");
            b.append(from == epochs.get(i) ? String.valueOf(from) : from + "-" + epochs.get(i));
        }
        return b.toString();
    }

    private static void count(NbpEngine engine, NbpSamples test, int[] fired, int[] predicted) {
        java.util.Arrays.fill(fired, 0);
        java.util.Arrays.fill(predicted, 0);
        int[] out = new int[test.classes()];
        for (int s = 0; s < test.size(); s++) {
            engine.infer(test, s, out);
            for (int u = 0; u < out.length; u++) if (out[u] > NbpConstants.BINARY_THRESHOLD) fired[u]++;
            predicted[NbpScore.spikeClass(out)]++;
        }
    }
}
