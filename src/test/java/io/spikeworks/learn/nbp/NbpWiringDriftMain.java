package io.spikeworks.learn.nbp;

/**
 * Measures how often the authors' exact wiring ({@link NbpWiring#AUTHORS}) fires outside the gated phases and lets
 * the ±W2ᵀ copies drift, on real MNIST: the engine trains {@code EPOCHS} epochs from the He initialisation, then
 * both wirings run {@code SAMPLES} further samples side by side from those weights.
 * {@code java -cp target/classes:target/test-classes io.spikeworks.learn.nbp.NbpWiringDriftMain EPOCHS SAMPLES SEED}
 */
public final class NbpWiringDriftMain {
    public static void main(String[] args) {
        int epochs = Integer.parseInt(args[0]);
        int samples = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        NbpSamples train = NbpDataset.MNIST20.load(null).train();
        NbpEngine engine = new NbpEngine(NbpWeights.heInit(400, 400, 10, seed));
        for (int e = 1; e <= epochs; e++) NbpReproduction.trainEpoch(engine, train, seed, e);
        NbpWeights start = engine.weights();
        GatedNbpCircuit authors = GatedNbpCircuit.training(start, NbpWiring.AUTHORS);
        GatedNbpCircuit guarded = GatedNbpCircuit.training(start, NbpWiring.GUARDED);
        int[] order = NbpReproduction.shuffledOrder(train.size(), seed, epochs + 1);
        int firstDrift = -1;
        int firstUnscheduled = -1;
        int samplesWithUnscheduled = 0;
        for (int i = 0; i < samples; i++) {
            int s = order[i];
            long before = authors.counters().unscheduledSpikes();
            authors.runSample(train.dense(s), train.label(s));
            guarded.runSample(train.dense(s), train.label(s));
            engine.train(train, s, null);
            if (authors.counters().unscheduledSpikes() > before) {
                samplesWithUnscheduled++;
                if (firstUnscheduled < 0) firstUnscheduled = i;
            }
            if (firstDrift < 0 && authors.mirrorMismatch() != null) firstDrift = i;
            if (guarded.mirrorMismatch() != null || guarded.counters().unscheduledSpikes() != 0
                    || engine.weights().firstDifference(guarded.weights()) != null)
                throw new AssertionError("guarded circuit left the engine at sample " + i);
        }
        System.out.printf("after %d epochs, %d samples: authors' wiring: %d unscheduled spikes in %d samples (first at %d), "
                        + "copies first drift at sample %d, W1/W2 differ from the reference: %s; guarded wiring: 0 unscheduled, identical%n",
                epochs, samples, authors.counters().unscheduledSpikes(), samplesWithUnscheduled, firstUnscheduled, firstDrift,
                engine.weights().firstDifference(authors.weights()) == null ? "no" : "yes");
        StringBuilder b = new StringBuilder("unscheduled spikes by population (authors' wiring):");
        for (String p : authors.populationNames())
            if (authors.unscheduledSpikes(p) > 0) b.append(' ').append(p).append(' ').append(authors.unscheduledSpikes(p));
        System.out.println(b);
    }
}
