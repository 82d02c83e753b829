package io.spikeworks.learn.nbp;

/** Initial weights for tests that must reach the clip limit within a few thousand samples. */
final class NbpTestWeights {
    private NbpTestWeights() {}

    /**
     * The He initialisation stretched ×{@code factor} and clipped to ±254 (still even): many weights start at or
     * near the limit, so updates get clipped early.
     */
    static NbpWeights stretched(int nIn, int nHid, int nOut, long seed, int factor) {
        NbpWeights he = NbpWeights.heInit(nIn, nHid, nOut, seed);
        int[] w1 = he.w1Copy();
        int[] w2 = he.w2Copy();
        for (int i = 0; i < w1.length; i++) w1[i] = clamp(w1[i] * factor);
        for (int i = 0; i < w2.length; i++) w2[i] = clamp(w2[i] * factor);
        return new NbpWeights(nIn, nHid, nOut, w1, w2);
    }

    private static int clamp(int v) {
        return Math.max(-NbpConstants.WEIGHT_MAX, Math.min(NbpConstants.WEIGHT_MAX, v));
    }
}
