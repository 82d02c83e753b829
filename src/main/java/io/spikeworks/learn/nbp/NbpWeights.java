package io.spikeworks.learn.nbp;

import io.spikeworks.sim.kernel.FastRandom;

import java.util.Arrays;

/**
 * The two plastic matrices of an nBP network, in Loihi weight units: {@code w1[i·nHid + j]} from input i to
 * hidden j, {@code w2[j·nOut + k]} from hidden j to output k. The feedback copies (+W2ᵀ, −W2ᵀ) and the derivative
 * copies live only inside the neuron-level circuit, which checks that they stay equal to these.
 */
public final class NbpWeights {
    private final int nIn;
    private final int nHid;
    private final int nOut;
    private final int[] w1;
    private final int[] w2;

    public NbpWeights(int nIn, int nHid, int nOut, int[] w1, int[] w2) {
        if (nIn < 1 || nHid < 1 || nOut < 1)
            throw new IllegalArgumentException("nBP layer sizes must be positive: " + nIn + "-" + nHid + "-" + nOut);
        if (w1.length != nIn * nHid || w2.length != nHid * nOut)
            throw new IllegalArgumentException("nBP weights: W1 has " + w1.length + " entries for " + nIn + "×" + nHid
                    + ", W2 has " + w2.length + " for " + nHid + "×" + nOut);
        this.nIn = nIn;
        this.nHid = nHid;
        this.nOut = nOut;
        this.w1 = w1;
        this.w2 = w2;
    }

    /**
     * The authors' {@code rand_He} initialisation (seeds.md §3.5): w ~ N(0, 2/(n_in+n_out)) in float units, ×1024,
     * clipped to ±240, then rounded towards zero to an even integer. W1 is drawn first, input-major, then W2.
     */
    public static NbpWeights heInit(int nIn, int nHid, int nOut, long seed) {
        FastRandom rng = new FastRandom(FastRandom.mix(seed ^ 0x6E42505F696E6974L));
        int[] w1 = new int[nIn * nHid];
        int[] w2 = new int[nHid * nOut];
        fill(w1, Math.sqrt(2.0 / (nIn + nHid)), rng);
        fill(w2, Math.sqrt(2.0 / (nHid + nOut)), rng);
        return new NbpWeights(nIn, nHid, nOut, w1, w2);
    }

    private static void fill(int[] w, double sd, FastRandom rng) {
        for (int i = 0; i < w.length; i++) {
            double v = rng.nextGaussian() * sd * NbpConstants.WEIGHT_SCALE;
            v = Math.max(-NbpConstants.INIT_LIMIT, Math.min(NbpConstants.INIT_LIMIT, v));
            w[i] = (int) (Math.floor(Math.abs(v) / 2) * 2 * Math.signum(v));
        }
    }

    public int nIn() {
        return nIn;
    }

    public int nHid() {
        return nHid;
    }

    public int nOut() {
        return nOut;
    }

    public int w1(int i, int j) {
        return w1[i * nHid + j];
    }

    public int w2(int j, int k) {
        return w2[j * nOut + k];
    }

    /** A copy of W1, input-major. */
    public int[] w1Copy() {
        return w1.clone();
    }

    /** A copy of W2, hidden-major. */
    public int[] w2Copy() {
        return w2.clone();
    }

    public NbpWeights copy() {
        return new NbpWeights(nIn, nHid, nOut, w1.clone(), w2.clone());
    }

    /** Null when every weight is an even integer in [−254, 254]; otherwise which one is not and its value. */
    public String firstInvalidWeight() {
        String a = firstInvalid("W1", w1, nHid);
        return a != null ? a : firstInvalid("W2", w2, nOut);
    }

    private static String firstInvalid(String name, int[] w, int cols) {
        for (int i = 0; i < w.length; i++) {
            int v = w[i];
            if (v < -NbpConstants.WEIGHT_MAX || v > NbpConstants.WEIGHT_MAX || (v & 1) != 0)
                return name + "[" + i / cols + "][" + i % cols + "] = " + v;
        }
        return null;
    }

    /** How many weights sit at ±254, the clip limit. */
    public int countAtLimit() {
        int n = 0;
        for (int v : w1) if (Math.abs(v) == NbpConstants.WEIGHT_MAX) n++;
        for (int v : w2) if (Math.abs(v) == NbpConstants.WEIGHT_MAX) n++;
        return n;
    }

    /** Null when equal, else the first differing entry of either matrix. */
    public String firstDifference(NbpWeights other) {
        if (other.nIn != nIn || other.nHid != nHid || other.nOut != nOut)
            return "shapes differ: " + nIn + "-" + nHid + "-" + nOut + " vs " + other.nIn + "-" + other.nHid + "-" + other.nOut;
        for (int i = 0; i < w1.length; i++)
            if (w1[i] != other.w1[i]) return "W1[" + i / nHid + "][" + i % nHid + "]: " + w1[i] + " vs " + other.w1[i];
        for (int i = 0; i < w2.length; i++)
            if (w2[i] != other.w2[i]) return "W2[" + i / nOut + "][" + i % nOut + "]: " + w2[i] + " vs " + other.w2[i];
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NbpWeights w && firstDifference(w) == null;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(w1) + Arrays.hashCode(w2);
    }
}
