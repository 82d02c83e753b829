package io.spikeworks.learn.nbp;

/**
 * What one dashboard recording costs the training thread: a fresh training circuit built from the weights and one
 * recorded sample through it, as {@link OnChipBackprop} does when the gated-circuit card asks (about once a second).
 * {@code java -cp target/classes:target/test-classes io.spikeworks.learn.nbp.CircuitRecordingCostMain [warmup] [timed]}
 */
public final class CircuitRecordingCostMain {
    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int timed = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        NbpSamples train = NbpDataset.MNIST20.load(null).train();
        NbpWeights w = NbpWeights.heInit(400, 400, 10, 1);
        long sink = 0;
        for (int i = 0; i < warmup; i++) sink += GatedNbpCircuit.runRecorded(w, train.dense(i), train.label(i)).mirrorDifferences().worst();
        long t0 = System.nanoTime();
        for (int i = 0; i < timed; i++) {
            GatedNbpCircuit c = GatedNbpCircuit.runRecorded(w, train.dense(warmup + i), train.label(warmup + i));
            sink += c.mirrorDifferences().worst() + c.weights().w1(0, 0);
        }
        double ms = (System.nanoTime() - t0) / 1e6 / timed;
        System.out.printf("circuit recording: %.3f ms per recording (build, 12 recorded steps, copy check, weights) over %d (sink %d)%n",
                ms, timed, sink);
    }
}
