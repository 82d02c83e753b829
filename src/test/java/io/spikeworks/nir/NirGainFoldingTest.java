package io.spikeworks.nir;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input gains other than 1 (folded into θ), a leak potential (folded into the bias), Linear (no bias) and IF, checked
 * against NIR's equations stepped by forward Euler in double, written here from the NIR definitions.
 */
class NirGainFoldingTest {
    private static final double DT = 1e-4;
    private static final double[] TAU = {2e-4, 5e-4};
    private static final double[] R = {0.5, 3.0};
    private static final double[] V_LEAK = {0.2, -0.1};
    private static final double[] THETA1 = {0.31, 0.53};
    private static final double[] R_IF = {2.0, 0.5};
    private static final double[] THETA2 = {0.97, 0.41};
    private static final float[] W1 = {0.5f, -0.25f, 0.75f, 0.125f, 0.625f, -0.375f}; // [2][3]
    private static final float[] W2 = {0.5f, 0.25f, -0.25f, 0.75f};                   // [2][2]
    private static final float[] B2 = {0.0625f, -0.125f};

    private static NirGraph graph() {
        Map<String, NirArray> lif = new LinkedHashMap<>();
        lif.put("tau", NirArray.float64(new int[]{2}, TAU));
        lif.put("r", NirArray.float64(new int[]{2}, R));
        lif.put("v_leak", NirArray.float64(new int[]{2}, V_LEAK));
        lif.put("v_threshold", NirArray.float64(new int[]{2}, THETA1));
        Map<String, NirArray> ifn = new LinkedHashMap<>();
        ifn.put("r", NirArray.float64(new int[]{2}, R_IF));
        ifn.put("v_threshold", NirArray.float64(new int[]{2}, THETA2));
        ifn.put("v_reset", NirArray.float64(new int[]{2}, new double[2]));
        return NirGraph.chainOf(List.of(
                new NirNode("input", "Input", Map.of("shape", NirArray.int64(3))),
                new NirNode("lin", "Linear", Map.of("weight", NirArray.float32(new int[]{2, 3}, W1))),
                new NirNode("lif", "LIF", lif),
                new NirNode("aff", "Affine", Map.of("weight", NirArray.float32(new int[]{2, 2}, W2),
                        "bias", NirArray.float32(new int[]{2}, B2))),
                new NirNode("if1", "IF", ifn),
                new NirNode("output", "Output", Map.of("shape", NirArray.int64(2)))), Map.of());
    }

    @Test
    void foldedGainsAndLeakGiveTheSpikesOfNirsEquations() throws Exception {
        int steps = 60;
        byte[] x = new byte[steps * 3];
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < x.length; i++) x[i] = (byte) (rng.nextDouble() < 0.4 ? 1 : 0);

        // the reference: v += dt/τ·(v_leak − v + r·I) for LIF, v += r·I for IF; spike on v > θ, reset to 0
        byte[] s1 = new byte[steps * 2], s2 = new byte[steps * 2];
        double[] v1 = new double[2], v2 = new double[2];
        double margin = Double.POSITIVE_INFINITY;
        for (int t = 0; t < steps; t++) {
            for (int n = 0; n < 2; n++) {
                double in = 0;
                for (int i = 0; i < 3; i++) in += W1[n * 3 + i] * x[t * 3 + i];
                v1[n] += DT / TAU[n] * (V_LEAK[n] - v1[n] + R[n] * in);
                margin = Math.min(margin, Math.abs(v1[n] - THETA1[n]));
                if (v1[n] > THETA1[n]) {
                    s1[t * 2 + n] = 1;
                    v1[n] = 0;
                }
            }
            for (int n = 0; n < 2; n++) {
                double in = B2[n];
                for (int i = 0; i < 2; i++) in += W2[n * 2 + i] * s1[t * 2 + i];
                v2[n] += R_IF[n] * in;
                margin = Math.min(margin, Math.abs(v2[n] - THETA2[n]));
                if (v2[n] > THETA2[n]) {
                    s2[t * 2 + n] = 1;
                    v2[n] = 0;
                }
            }
        }
        assertTrue(margin > 1e-4, "test data must keep membranes away from thresholds, got " + margin);

        NirModel m = NirImport.map(graph(), DT, "test");
        assertTrue(m.project().network().layers().get(0).component().getBoolean("bias"),
                "the leak potential needs a bias on the Linear layer");
        Map<String, byte[]> got = SpikeRun.record(m.network(), x, steps);
        assertArrayEquals(s1, got.get("lif"));
        assertArrayEquals(s2, got.get("if1"));
        int spikes = 0;
        for (byte b : s1) spikes += b;
        for (byte b : s2) spikes += b;
        assertTrue(spikes > 20, "both layers fire: " + spikes);
        String lifLine = m.derived().stream().filter(l -> l.startsWith("lin + lif")).findFirst().orElseThrow();
        assertTrue(lifLine.contains("folded into θ") && lifLine.contains("v_leak folded into the bias"), lifLine);
        assertEquals(0.5, 1 - DT / TAU[0]);
    }
}
