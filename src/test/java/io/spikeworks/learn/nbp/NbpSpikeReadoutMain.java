package io.spikeworks.learn.nbp;

/**
 * Why spike-argmax trails membrane-argmax: after {@code EPOCHS} epochs, how many test samples have no output
 * spike, exactly one, or several, and how often each group is right by spikes and by membrane.
 * {@code java -cp target/classes:target/test-classes io.spikeworks.learn.nbp.NbpSpikeReadoutMain EPOCHS SEED}
 */
public final class NbpSpikeReadoutMain {
    public static void main(String[] args) {
        int epochs = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        NbpDataset.Split split = NbpDataset.MNIST20.load(null);
        NbpEngine engine = new NbpEngine(NbpWeights.heInit(400, NbpReproduction.HIDDEN, 10, seed));
        for (int e = 1; e <= epochs; e++)
            NbpReproduction.trainEpoch(engine, split.train(), seed, e);
        NbpSamples test = split.test();
        int[] out = new int[10];
        int[] count = new int[3];
        int[] spikeRight = new int[3];
        int[] membraneRight = new int[3];
        for (int s = 0; s < test.size(); s++) {
            engine.infer(test, s, out);
            NbpScore one = new NbpScore();
            one.add(out, test.label(s));
            int spikes = 0;
            for (int v : out) if (v > NbpConstants.BINARY_THRESHOLD) spikes++;
            int g = Math.min(spikes, 2);
            count[g]++;
            if (one.spikeAccuracy() == 1) spikeRight[g]++;
            if (one.membraneAccuracy() == 1) membraneRight[g]++;
        }
        String[] names = {"no output spike", "one output spike", "several output spikes"};
        for (int g = 0; g < 3; g++)
            System.out.printf(java.util.Locale.ROOT, "%s: %d test samples, right by spikes %d, by membrane %d%n",
                    names[g], count[g], spikeRight[g], membraneRight[g]);
    }
}
