package io.spikeworks.learn.nbp;

import java.util.Arrays;

/**
 * The fast route of nBP: the same integer rule as {@link NbpReference}, event-driven. The forward pass adds only
 * the W1 rows of inputs that are on and the W2 rows of hidden units that spiked; when the output is exactly right
 * (d2 = 0) nothing else happens, since every update and the whole backward pass are then zero. The tests prove it
 * identical to the reference and to the neuron-level circuit. Single-threaded, so a seed gives one result.
 */
public final class NbpEngine {
    private static final int B = NbpConstants.BINARY_THRESHOLD;
    private static final int LO = NbpConstants.LOWER_KNEE;
    private static final int HI = NbpConstants.UPPER_KNEE;
    private static final int MAX = NbpConstants.WEIGHT_MAX;
    private static final int STEP = NbpConstants.STEP;

    private final int nIn;
    private final int nHid;
    private final int nOut;
    private final int[] w1; // [i·nHid + j]
    private final int[] w2; // [j·nOut + k]
    private final int[] aH;
    private final int[] hOn; // indices of hidden units with a > 512
    private final int[] aO;
    private final int[] d2;
    private final int[] d1Step; // 2·d1 per hidden unit

    public NbpEngine(NbpWeights init) {
        nIn = init.nIn();
        nHid = init.nHid();
        nOut = init.nOut();
        w1 = init.w1Copy();
        w2 = init.w2Copy();
        aH = new int[nHid];
        hOn = new int[nHid];
        aO = new int[nOut];
        d2 = new int[nOut];
        d1Step = new int[nHid];
    }

    public int inputs() {
        return nIn;
    }

    public int outputs() {
        return nOut;
    }

    /** Writes the weights, as the integers they are, into float arrays of the same layout ([i·nHid + j], [j·nOut + k]). */
    public void copyWeightsInto(float[] w1Out, float[] w2Out) {
        for (int i = 0; i < w1.length; i++) w1Out[i] = w1[i];
        for (int i = 0; i < w2.length; i++) w2Out[i] = w2[i];
    }

    /** A snapshot of the current weights. */
    public NbpWeights weights() {
        return new NbpWeights(nIn, nHid, nOut, w1.clone(), w2.clone());
    }

    /** Trains on sample s of the set; returns how many output spikes differed from the one-hot target. */
    public int train(NbpSamples data, int s, NbpActivity activity) {
        return train(data.active(), data.from(s), data.to(s), data.label(s), activity);
    }

    /**
     * One training sample given by its active inputs {@code active[from..to)} and its label.
     *
     * @param activity filled with the sample's unit counts when not null (for the cost counters)
     * @return how many output spikes differed from the one-hot target before learning (0 = the paper's exact
     *         match; the count / outputs is the sample's MSE loss)
     */
    public int train(int[] active, int from, int to, int label, NbpActivity activity) {
        int nh = forward(active, from, to);
        int wrong = 0;
        boolean anyError = false;
        for (int k = 0; k < nOut; k++) {
            int a = aO[k];
            int t = k == label ? 1 : 0;
            int o = a > B ? 1 : 0;
            if (o != t) wrong++;
            // d2+ : t = 1, o = 0, a > 0.  d2− : o = 1, t = 0, a ≤ 1023.
            int e = (t == 1 && o == 0 && a > LO) ? 1 : (o == 1 && t == 0 && a <= HI) ? -1 : 0;
            d2[k] = e;
            if (e != 0) anyError = true;
        }
        if (activity != null) countForward(active, from, to, label, nh, activity);
        if (!anyError) return wrong;
        // W2 += 2·h⊗d2 (rows of hidden units that spiked)
        for (int p = 0; p < nh; p++) {
            int row = hOn[p] * nOut;
            for (int k = 0; k < nOut; k++) {
                int e = d2[k];
                if (e != 0) w2[row + k] = clip(w2[row + k] + STEP * e);
            }
        }
        // d1 = sign(W2·d2) where f'(a_h) = 1
        boolean anyD1 = false;
        for (int j = 0; j < nHid; j++) {
            int a = aH[j];
            int s = 0;
            boolean derivative = a > LO && a <= HI;
            if (derivative || activity != null) {
                int row = j * nOut;
                for (int k = 0; k < nOut; k++) s += w2[row + k] * d2[k];
            }
            if (activity != null) {
                if (s > 0) activity.backPlus++;
                else if (s < 0) activity.backMinus++;
            }
            int step = derivative ? Integer.signum(s) * STEP : 0;
            d1Step[j] = step;
            if (step != 0) {
                anyD1 = true;
                if (activity != null) {
                    if (step > 0) activity.d1Plus++;
                    else activity.d1Minus++;
                }
            }
        }
        if (!anyD1) return wrong;
        // W1 += 2·x⊗d1 (rows of inputs that are on)
        int[] dd = d1Step;
        for (int p = from; p < to; p++) {
            int row = active[p] * nHid;
            for (int j = 0; j < nHid; j++) {
                int v = w1[row + j] + dd[j];
                w1[row + j] = Math.max(-MAX, Math.min(MAX, v));
            }
        }
        return wrong;
    }

    private void countForward(int[] active, int from, int to, int label, int nh, NbpActivity a) {
        a.clear();
        a.x = to - from;
        a.h = nh;
        for (int j = 0; j < nHid; j++) {
            int v = aH[j];
            if (v > LO) a.hLower++;
            if (v > HI) a.hUpper++;
            if (v > LO && v <= HI) a.hDerivative++;
        }
        for (int k = 0; k < nOut; k++) {
            int v = aO[k];
            if (v > B) a.o++;
            if (v > LO) a.oLower++;
            if (v > HI) a.oUpper++;
            if (d2[k] > 0) a.d2Plus++;
            if (d2[k] < 0) a.d2Minus++;
        }
        a.target = label >= 0 && label < nOut ? 1 : 0;
    }

    /** Copies the output net inputs a_o of the last sample (trained or inferred) into {@code into}: before learning. */
    public void lastOutputNet(int[] into) {
        System.arraycopy(aO, 0, into, 0, nOut);
    }

    /** Inference: fills {@code outNet} with the output net input a_o (the membrane potential) for sample s. */
    public void infer(NbpSamples data, int s, int[] outNet) {
        infer(data.active(), data.from(s), data.to(s), outNet);
    }

    /** As above; returns how many hidden units spiked (for the cost counters). */
    public int infer(int[] active, int from, int to, int[] outNet) {
        int hidden = forward(active, from, to);
        System.arraycopy(aO, 0, outNet, 0, nOut);
        return hidden;
    }

    /** a_h, the list of hidden units over 512, and a_o; returns how many hidden units spiked. */
    private int forward(int[] active, int from, int to) {
        int[] acc = aH;
        Arrays.fill(acc, 0);
        for (int p = from; p < to; p++) {
            int row = active[p] * nHid;
            for (int j = 0; j < nHid; j++) acc[j] += w1[row + j];
        }
        int nh = 0;
        for (int j = 0; j < nHid; j++) if (acc[j] > B) hOn[nh++] = j;
        Arrays.fill(aO, 0);
        for (int p = 0; p < nh; p++) {
            int row = hOn[p] * nOut;
            for (int k = 0; k < nOut; k++) aO[k] += w2[row + k];
        }
        return nh;
    }

    private static int clip(int w) {
        return Math.max(-MAX, Math.min(MAX, w));
    }
}
