package io.spikeworks.learn.nbp;

/**
 * The nBP learning rule in plain arithmetic, written straight from the equations of seeds.md §3.6 (the authors'
 * {@code numpy_simulation.py}): binary units, ternary output errors, ±2 updates, clipping to [−254, 254], W2
 * updated before d1 is computed. Dense loops over 2-D arrays, no shortcuts: the yardstick for the neuron-level
 * circuit and the event-driven engine.
 */
public final class NbpReference {
    private final int nIn;
    private final int nHid;
    private final int nOut;
    private final int[][] w1; // [input][hidden]
    private final int[][] w2; // [hidden][output]
    private long clippedUpdates;

    public NbpReference(NbpWeights init) {
        nIn = init.nIn();
        nHid = init.nHid();
        nOut = init.nOut();
        w1 = new int[nIn][nHid];
        w2 = new int[nHid][nOut];
        for (int i = 0; i < nIn; i++) for (int j = 0; j < nHid; j++) w1[i][j] = init.w1(i, j);
        for (int j = 0; j < nHid; j++) for (int k = 0; k < nOut; k++) w2[j][k] = init.w2(j, k);
    }

    /** One training sample; x holds 0/1 per input. Returns the output spikes o (before learning). */
    public int[] train(int[] x, int label) {
        // forward: a_h = W1ᵀx; h = [a > 512]; h< = [a > 0]; h> = [a > 1023]
        int[] aH = new int[nHid];
        for (int j = 0; j < nHid; j++) for (int i = 0; i < nIn; i++) aH[j] += w1[i][j] * x[i];
        int[] h = new int[nHid];
        int[] fH = new int[nHid]; // f'(a_h) = h< − h>
        for (int j = 0; j < nHid; j++) {
            h[j] = aH[j] > NbpConstants.BINARY_THRESHOLD ? 1 : 0;
            int lo = aH[j] > NbpConstants.LOWER_KNEE ? 1 : 0;
            int hi = aH[j] > NbpConstants.UPPER_KNEE ? 1 : 0;
            fH[j] = lo - hi;
        }
        int[] aO = new int[nOut];
        for (int k = 0; k < nOut; k++) for (int j = 0; j < nHid; j++) aO[k] += w2[j][k] * h[j];
        int[] o = new int[nOut];
        int[] d2 = new int[nOut];
        for (int k = 0; k < nOut; k++) {
            o[k] = aO[k] > NbpConstants.BINARY_THRESHOLD ? 1 : 0;
            int lo = aO[k] > NbpConstants.LOWER_KNEE ? 1 : 0;
            int hi = aO[k] > NbpConstants.UPPER_KNEE ? 1 : 0;
            int t = k == label ? 1 : 0;
            int dPlus = (t - o[k]) * lo > 0 ? 1 : 0;
            int dMinus = (o[k] - t) * lo - hi > 0 ? 1 : 0;
            d2[k] = dPlus - dMinus;
        }
        // W2 += 2·h⊗d2, clipped
        for (int j = 0; j < nHid; j++)
            for (int k = 0; k < nOut; k++) w2[j][k] = clip(w2[j][k] + NbpConstants.STEP * h[j] * d2[k]);
        // d1 = clip(W2·d2, −1, 1) ⊙ f'(a_h), with the updated W2
        int[] d1 = new int[nHid];
        for (int j = 0; j < nHid; j++) {
            int s = 0;
            for (int k = 0; k < nOut; k++) s += w2[j][k] * d2[k];
            d1[j] = Math.max(-1, Math.min(1, s * fH[j]));
        }
        // W1 += 2·x⊗d1, clipped
        for (int i = 0; i < nIn; i++)
            for (int j = 0; j < nHid; j++) w1[i][j] = clip(w1[i][j] + NbpConstants.STEP * x[i] * d1[j]);
        return o;
    }

    /** The output net input (membrane potential) a_o = W2ᵀ[W1ᵀx > 512] for 0/1 inputs x, without learning. */
    public int[] outputNetInput(int[] x) {
        int[] h = new int[nHid];
        for (int j = 0; j < nHid; j++) {
            int a = 0;
            for (int i = 0; i < nIn; i++) a += w1[i][j] * x[i];
            h[j] = a > NbpConstants.BINARY_THRESHOLD ? 1 : 0;
        }
        int[] aO = new int[nOut];
        for (int k = 0; k < nOut; k++) for (int j = 0; j < nHid; j++) aO[k] += w2[j][k] * h[j];
        return aO;
    }

    private int clip(int w) {
        int c = Math.max(-NbpConstants.WEIGHT_MAX, Math.min(NbpConstants.WEIGHT_MAX, w));
        if (c != w) clippedUpdates++;
        return c;
    }

    /** How many ±2 updates the clip to [−254, 254] has cancelled so far. */
    public long clippedUpdates() {
        return clippedUpdates;
    }

    public NbpWeights weights() {
        int[] a = new int[nIn * nHid];
        int[] b = new int[nHid * nOut];
        for (int i = 0; i < nIn; i++) System.arraycopy(w1[i], 0, a, i * nHid, nHid);
        for (int j = 0; j < nHid; j++) System.arraycopy(w2[j], 0, b, j * nOut, nOut);
        return new NbpWeights(nIn, nHid, nOut, a, b);
    }
}
