package io.spikeworks.learn.nbp;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the paper's reproduction and writes one CSV per seed:
 * {@code java -cp target/classes:target/test-classes io.spikeworks.learn.nbp.NbpReproductionMain DATASET EPOCHS OUTDIR SEED...}
 * with DATASET {@code mnist20-binary} or {@code fashion-binary}. Stops a seed early when the test spike-argmax
 * accuracy has not improved its best by 0.1 points in the last {@code PATIENCE} epochs (a plateau), unless
 * started with {@code -Dnbp.plateau=false}. With {@code -Dnbp.validation=N} the last N training samples are held out
 * (not trained on) and scored at every checkpoint; each seed then ends with the checkpoint they choose
 * ({@link ValidatedCheckpoint}) and its test accuracies.
 */
public final class NbpReproductionMain {
    static final int PATIENCE = 10;
    static final boolean STOP_ON_PLATEAU = !"false".equals(System.getProperty("nbp.plateau"));
    static final int VALIDATION = Integer.getInteger("nbp.validation", 0);

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: NbpReproductionMain DATASET EPOCHS OUTDIR SEED...");
            System.exit(2);
        }
        NbpDataset dataset = NbpDataset.byId(args[0]);
        int epochs = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        NbpDataset.Split split = dataset.load(null);
        NbpSamples train = VALIDATION > 0 ? split.train().range(0, split.train().size() - VALIDATION) : split.train();
        NbpSamples validation = VALIDATION > 0
                ? split.train().range(split.train().size() - VALIDATION, split.train().size()) : null;
        for (int a = 3; a < args.length; a++) {
            long seed = Long.parseLong(args[a]);
            Path csv = out.resolve(dataset.id() + "-seed" + seed + ".csv");
            List<Double> spike = new ArrayList<>();
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv))) {
                w.println(NbpEpochResult.csvHeader());
                List<NbpEpochResult> run = NbpReproduction.run(train, validation, split.test(), NbpReproduction.HIDDEN, epochs, seed, r -> {
                    w.println(r.csvRow());
                    w.flush();
                    System.out.printf(Locale.ROOT, "%s seed %d epoch %d: spike %.4f membrane %.4f exact %.4f train-exact %.4f (%.0f samples/s)%n",
                            dataset.id(), seed, r.epoch(), r.testSpike(), r.testMembrane(), r.testExact(),
                            r.trainExact(), r.trainSamplesPerSecond());
                    spike.add(r.testSpike());
                    return !(STOP_ON_PLATEAU && plateaued(spike));
                });
                if (validation != null) {
                    ValidatedCheckpoint c = ValidatedCheckpoint.choose(run);
                    System.out.printf(Locale.ROOT, "%s seed %d chosen by validation: epoch %.1f (validation spike %.4f): test spike %.4f membrane %.4f exact %.4f%n",
                            dataset.id(), seed, c.epochs(), c.validationSpike(), c.testSpike(), c.testMembrane(), c.testExact());
                }
            }
        }
    }

    /** True when the best of the last PATIENCE epochs is not 0.001 above the best before them. */
    static boolean plateaued(List<Double> acc) {
        int n = acc.size();
        if (n <= 2 * PATIENCE) return false;
        double before = acc.subList(0, n - PATIENCE).stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double recent = acc.subList(n - PATIENCE, n).stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return recent < before + 0.001;
    }
}
