package io.spikeworks.learn.nbp;

/**
 * The paper's test metrics over a set of samples (seeds.md §3.8, {@code numpy_simulation.py}):
 * <ul>
 *   <li>spike-argmax: the first output unit that spiked (a > 512) is the label; no spike at all counts as class 0,
 *       as NumPy's {@code argmax} of an all-zero vector does;</li>
 *   <li>membrane-argmax: the output with the largest net input a_o (first one on ties);</li>
 *   <li>exact match: all output spikes equal the one-hot target;</li>
 *   <li>loss: mean squared error between output spikes and one-hot target, over samples and outputs.</li>
 * </ul>
 */
public final class NbpScore {
    private long samples;
    private long spikeCorrect;
    private long membraneCorrect;
    private long exact;
    private long squaredErrors;
    private int outputs;

    /** Adds one sample from its output net input a_o and label. */
    public void add(int[] outNet, int label) {
        int n = outNet.length;
        outputs = n;
        int spikeArg = spikeClass(outNet);
        int memArg = 0;
        boolean allMatch = true;
        int errors = 0;
        for (int k = 0; k < n; k++) {
            int o = outNet[k] > NbpConstants.BINARY_THRESHOLD ? 1 : 0;
            int t = k == label ? 1 : 0;
            if (o != t) {
                allMatch = false;
                errors++;
            }
            if (outNet[k] > outNet[memArg]) memArg = k;
        }
        samples++;
        if (spikeArg == label) spikeCorrect++;
        if (memArg == label) membraneCorrect++;
        if (allMatch) exact++;
        squaredErrors += errors;
    }

    /** The class read from spikes: the first output whose net input is above threshold; none reads as class 0. */
    public static int spikeClass(int[] outNet) {
        for (int k = 0; k < outNet.length; k++) if (outNet[k] > NbpConstants.BINARY_THRESHOLD) return k;
        return 0;
    }

    public long samples() {
        return samples;
    }

    /** Samples the spike read-out got right. */
    public long spikeCorrect() {
        return spikeCorrect;
    }

    public double spikeAccuracy() {
        return samples == 0 ? Double.NaN : (double) spikeCorrect / samples;
    }

    public double membraneAccuracy() {
        return samples == 0 ? Double.NaN : (double) membraneCorrect / samples;
    }

    public double exactAccuracy() {
        return samples == 0 ? Double.NaN : (double) exact / samples;
    }

    /** Mean over samples and outputs of (o − t)²; spikes are 0/1 so each wrong output adds 1. */
    public double mseLoss() {
        return samples == 0 ? Double.NaN : (double) squaredErrors / ((double) samples * outputs);
    }

    /** Scores every sample of the set with the engine's current weights (no learning). */
    public static NbpScore evaluate(NbpEngine engine, NbpSamples data) {
        NbpScore score = new NbpScore();
        int[] out = new int[engine.outputs()];
        for (int s = 0; s < data.size(); s++) {
            engine.infer(data, s, out);
            score.add(out, data.label(s));
        }
        return score;
    }
}
