package io.spikeworks.learn.nbp;

/**
 * {@code java -cp target/classes:target/test-classes io.spikeworks.learn.nbp.NbpBenchmarkMain [WARMUP TIMED]}:
 * prints the bench line of both nBP data sets (until the lead adds nBP to {@code bench}).
 */
public final class NbpBenchmarkMain {
    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 60000;
        int timed = args.length > 1 ? Integer.parseInt(args[1]) : 60000;
        for (NbpDataset d : NbpDataset.values()) {
            System.out.println(NbpBenchmark.run(d, warmup, timed, 1).benchLine());
            System.out.printf(java.util.Locale.ROOT, "nbp-%s neuron-level circuit: %.0f training samples/s%n", d.id(),
                    NbpBenchmark.circuitTrainSamplesPerSecond(d.load(null).train(), 300, 1000, 1));
        }
    }
}
