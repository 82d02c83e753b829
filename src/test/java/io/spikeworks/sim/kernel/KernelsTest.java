package io.spikeworks.sim.kernel;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SIMD kernels against the plain loops, on lengths around the vector width. */
class KernelsTest {
    static final Kernels SIMD = Kernels.get();
    static final Kernels PLAIN = Kernels.scalar();

    static float[] random(int n, long seed) {
        FastRandom r = new FastRandom(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) r.nextGaussian();
        return a;
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 7, 15, 16, 17, 63, 64, 65, 100, 256, 1000})
    void simdMatchesPlainLoops(int n) {
        Assumptions.assumeFalse(SIMD == PLAIN, "the Vector API is not enabled in this JVM");
        float[] src = random(n + 5, n);
        float[] a = random(n + 3, n + 1);
        float[] b = a.clone();
        SIMD.add(a, 3, src, 5, n);
        PLAIN.add(b, 3, src, 5, n);
        assertArrayEquals(b, a, "add");
        SIMD.axpy(a, 1, 0.37f, src, 2, n);
        PLAIN.axpy(b, 1, 0.37f, src, 2, n);
        assertArrayEquals(b, a, 1e-5f, "axpy");
        assertEquals(PLAIN.dot(a, 0, src, 1, n), SIMD.dot(a, 0, src, 1, n), 1e-4f * n, "dot");

        float[] w = random(9 * n, n + 2);
        int[] rows = {4, 0, 8, 8, 2};
        float[] da = random(n, 3);
        float[] db = da.clone();
        SIMD.addRows(w, rows, 1, 5, da, 0, n);
        PLAIN.addRows(w, rows, 1, 5, db, 0, n);
        assertArrayEquals(db, da, 1e-5f, "addRows");

        // every step of one sample at once, and the complement form, against row-by-row sums per step
        int steps = 3;
        int[] starts = {0, 2, 2, 5, 5, 6, 9};                // slots (t, b) of a batch of 2; sample 1 is used
        int[] listed = {1, 3, 0, 2, 8, 4, 7, 1, 6};
        float[] ra = random(steps * 2 * n + 4, 7);
        float[] rb = ra.clone();
        SIMD.addRowsSteps(w, listed, starts, 1, 2, steps, ra, n, 2 * n, n);
        for (int t = 0; t < steps; t++) PLAIN.addRows(w, listed, starts[2 * t + 1], starts[2 * t + 2], rb, n + t * 2 * n, n);
        assertArrayEquals(rb, ra, 1e-5f, "addRowsSteps");
        // rows padded to a vector: bit-identical to addRowsSteps on the unpadded rows, neighbours untouched
        int stride = Math.max(n, SIMD.lanes());
        float[] padded = new float[9 * stride];
        for (int i = 0; i < 9; i++) System.arraycopy(w, i * n, padded, i * stride, n);
        float[] pa0 = random(steps * 2 * n + 4, 7);
        SIMD.addRowsPaddedSteps(padded, stride, listed, starts, 1, 2, steps, pa0, n, 2 * n, n);
        assertArrayEquals(rb, pa0, "addRowsPaddedSteps (SIMD)");
        float[] pa1 = random(steps * 2 * n + 4, 7);
        PLAIN.addRowsPaddedSteps(padded, stride, listed, starts, 1, 2, steps, pa1, n, 2 * n, n);
        assertArrayEquals(rb, pa1, "addRowsPaddedSteps (plain)");
        float[] total = new float[n];
        int[] all = {0, 1, 2, 3, 4, 5};
        PLAIN.addRows(w, all, 0, all.length, total, 0, n);
        int[] stepStart = {0, 2, 3, 7};
        int[] stepRows = {4, 5, 0, 1, 2, 3, 5};              // step 0: silent {4, 5}; step 1: {0}; step 2: {1, 2, 3, 5}
        boolean[] fromTotal = {true, false, false};
        float[] ca = random(steps * n, 8);
        float[] cb = ca.clone();
        SIMD.addRowsStepsComplement(w, stepRows, stepStart, fromTotal, total, steps, ca, 0, n, n);
        int[] activeStep0 = {0, 1, 2, 3};
        PLAIN.addRows(w, activeStep0, 0, 4, cb, 0, n);
        PLAIN.addRows(w, stepRows, 2, 3, cb, n, n);
        PLAIN.addRows(w, stepRows, 3, 7, cb, 2 * n, n);
        assertArrayEquals(cb, ca, 1e-5f, "addRowsStepsComplement (SIMD)");
        float[] pa = random(steps * n, 8);
        PLAIN.addRowsStepsComplement(w, stepRows, stepStart, fromTotal, total, steps, pa, 0, n, n);
        assertArrayEquals(cb, pa, 1e-5f, "addRowsStepsComplement (plain)");

        // Adam: the same rounding as the plain loop, bit for bit
        for (float wd : new float[]{0f, 1e-4f}) {
            float[] wa = random(n, 21), ga = random(n, 22), ma = random(n, 23), va = random(n, 24);
            for (int i = 0; i < n; i++) va[i] = Math.abs(va[i]);
            float[] wb = wa.clone(), gb = ga.clone(), mb = ma.clone(), vb = va.clone();
            SIMD.adamStep(wa, ga, ma, va, n, 0.9f, 0.999f, 0.271f, 0.00399f, 1e-3f, 1e-8f, wd);
            PLAIN.adamStep(wb, gb, mb, vb, n, 0.9f, 0.999f, 0.271f, 0.00399f, 1e-3f, 1e-8f, wd);
            assertArrayEquals(wb, wa, "adam weights");
            assertArrayEquals(mb, ma, "adam first moment");
            assertArrayEquals(vb, va, "adam second moment");
        }

        float[] finite = random(n, 11);
        assertTrue(SIMD.allFinite(finite, n), "allFinite (SIMD)");
        assertTrue(PLAIN.allFinite(finite, n), "allFinite (plain)");
        for (int pos : new int[]{0, n / 2, n - 1}) {
            for (float bad : new float[]{Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY}) {
                float[] f = finite.clone();
                f[pos] = bad;
                assertFalse(SIMD.allFinite(f, n), bad + " at " + pos + " (SIMD)");
                assertFalse(PLAIN.allFinite(f, n), bad + " at " + pos + " (plain)");
            }
        }
        float[] longer = java.util.Arrays.copyOf(finite, n + 20);
        java.util.Arrays.fill(longer, n, n + 20, Float.NaN);
        assertTrue(SIMD.allFinite(longer, n), "only the first n values count");

        for (boolean subtract : new boolean[]{true, false}) {
            float[] mem = random(2 * n, 5);
            float[] spk = new float[2 * n];
            for (int i = 0; i < n; i += 2) spk[i] = 1f;
            float[] mem2 = mem.clone();
            float[] spk2 = spk.clone();
            float[] input = random(n, 6);
            SIMD.lifStep(mem, spk, n, 0, input, 0, n, 0.9f, 0.5f, subtract);
            PLAIN.lifStep(mem2, spk2, n, 0, input, 0, n, 0.9f, 0.5f, subtract);
            assertArrayEquals(mem2, mem, 1e-6f, "lifStep membrane");
            assertArrayEquals(spk2, spk, "lifStep spikes");
        }
    }

    /** The fused LIF-and-list step against lifStep plus a scan, for batches of several sizes and firing densities. */
    @ParameterizedTest(name = "neurons = {0}")
    @ValueSource(ints = {1, 10, 15, 16, 17, 33, 64, 100, 256})
    void lifStepListingMatchesStepThenScan(int n) {
        for (int batch : new int[]{1, 3, 8}) {
            for (float theta : new float[]{0.01f, 0.6f, 2.5f}) {       // most, some and hardly any neurons fire
                for (boolean subtract : new boolean[]{true, false}) {
                    int steps = 2;
                    float[] mem = random(steps * batch * n, n + batch);
                    float[] spk = new float[steps * batch * n];
                    for (int i = 0; i < batch * n; i += 3) spk[i] = 1f;
                    float[] input = random(batch * n, 9 + n);
                    float[] mem2 = mem.clone();
                    float[] spk2 = spk.clone();
                    SpikeEvents listed = new SpikeEvents();
                    listed.reset(steps, batch);
                    for (int b = 0; b < batch; b++) { listed.open(0, b); listed.close(); }
                    SIMD.lifStepListing(mem, spk, batch * n, 0, input, 0, batch, n, 0.9f, theta, subtract, 1, listed);
                    PLAIN.lifStep(mem2, spk2, batch * n, 0, input, 0, batch * n, 0.9f, theta, subtract);
                    String where = "n=" + n + " batch=" + batch + " θ=" + theta + " subtract=" + subtract;
                    assertArrayEquals(mem2, mem, 1e-6f, "membrane " + where);
                    assertArrayEquals(spk2, spk, "spikes " + where);
                    assertTrue(listed.complete(), where);
                    for (int b = 0; b < batch; b++) {
                        int row = batch * n + b * n;
                        int[] expected = java.util.stream.IntStream.range(0, n).filter(i -> spk2[row + i] != 0f).toArray();
                        int[] got = java.util.Arrays.copyOfRange(listed.indices(), listed.from(1, b), listed.to(1, b));
                        assertArrayEquals(expected, got, "listed spikes of sample " + b + ", " + where);
                    }
                }
            }
        }
    }

    /** Bias gradients: column sums of an error matrix, for widths that fill a vector, share one, or do neither. */
    @ParameterizedTest(name = "width = {0}")
    @ValueSource(ints = {1, 3, 10, 12, 16, 24, 32, 48, 64, 100, 256})
    void columnSumsMatchPlainLoops(int width) {
        for (int rows : new int[]{1, 3, 7, 64, 577}) {
            float[] src = random(rows * width + 11, rows + width);
            float[] a = random(width, 5);
            float[] b = a.clone();
            float[] scratch = new float[4 * SIMD.lanes()];
            SIMD.addColumnSums(src, 11, rows, width, a, scratch);
            double[] exact = new double[width];
            for (int r = 0; r < rows; r++) for (int c = 0; c < width; c++) exact[c] += src[11 + r * width + c];
            for (int c = 0; c < width; c++) b[c] += (float) exact[c];
            assertArrayEquals(b, a, 1e-4f * (float) Math.sqrt(rows) + 1e-5f, "rows=" + rows);
        }
    }

    /**
     * Max pooling of one sample-step, its listing and its error sent back: SIMD against plain loops, for channel
     * counts that go in one vector with spare lanes, in several vectors, and in none (plain loops then), at even and
     * odd sides, on the last sample of a buffer with no room after it.
     */
    @ParameterizedTest(name = "channels = {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 3, 8, 12, 16, 20, 32, 48})
    void poolingOfOneSampleStepMatchesPlainLoops(int c) {
        FastRandom r = new FastRandom(c);
        for (int side : new int[]{2, 6, 7, 24}) {
            for (double density : new double[]{0, 0.1, 0.5, 1}) {
                int h = side, w = side, k = 2, ho = h / k, wo = w / k;
                int in = h * w * c, out = ho * wo * c;
                float[] x = new float[2 * in]; // two samples: the second ends the buffer
                for (int i = 0; i < x.length; i++) x[i] = r.nextDouble() < density ? 1f : 0f;
                float[] g = new float[2 * out];
                for (int i = 0; i < g.length; i++) g[i] = (float) r.nextGaussian();
                String what = "side " + side + " density " + density;
                for (int s = 0; s < 2; s++) {
                    float[] a = new float[2 * out];
                    float[] b = new float[2 * out];
                    float[] wa = new float[2 * out];
                    float[] wb = new float[2 * out];
                    SIMD.maxPoolStep(x, s * in, w, c, k, ho, wo, a, wa, s * out);
                    PLAIN.maxPoolStep(x, s * in, w, c, k, ho, wo, b, wb, s * out);
                    assertArrayEquals(b, a, what + " pooled");
                    assertArrayEquals(wb, wa, what + " winners");
                    float[] noWinners = new float[2 * out];
                    SIMD.maxPoolStep(x, s * in, w, c, k, ho, wo, noWinners, null, s * out);
                    assertArrayEquals(b, noWinners, what + " pooled without winners");
                    int[] la = new int[out + 13], lb = new int[out + 13];
                    int na = SIMD.listNonZero(a, s * out, out, la, 5);
                    int nb = PLAIN.listNonZero(b, s * out, out, lb, 5);
                    assertEquals(nb, na, what + " listed");
                    assertArrayEquals(java.util.Arrays.copyOf(lb, nb), java.util.Arrays.copyOf(la, na), what + " list");
                    float[] ga = new float[2 * in];
                    float[] gb = new float[2 * in];
                    java.util.Arrays.fill(ga, Float.NaN); // every input of the sample must be written
                    java.util.Arrays.fill(gb, Float.NaN);
                    SIMD.maxPoolBack(wa, s * out, g, s * out, ga, s * in, h, w, c, k, ho, wo);
                    PLAIN.maxPoolBack(wb, s * out, g, s * out, gb, s * in, h, w, c, k, ho, wo);
                    assertArrayEquals(java.util.Arrays.copyOfRange(gb, s * in, (s + 1) * in),
                            java.util.Arrays.copyOfRange(ga, s * in, (s + 1) * in), what + " error sent back");
                    // each window's error reaches exactly one input, the rest get zero
                    double sent = 0, got = 0;
                    for (int i = s * out; i < (s + 1) * out; i++) sent += g[i];
                    for (int i = s * in; i < (s + 1) * in; i++) got += gb[i];
                    assertEquals(sent, got, 1e-3, what + " error kept");
                }
            }
        }
    }
}
