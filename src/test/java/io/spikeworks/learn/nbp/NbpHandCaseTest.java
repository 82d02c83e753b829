package io.spikeworks.learn.nbp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One training sample of a 5-4-2 network worked out by hand from seeds.md §3.6; it exercises the upper knee
 * (f' = 0 above 1023), both error signs, d1 of both signs, and clipping in W1 and W2.
 *
 * <pre>
 * x = 1 1 1 1 1, label 0
 * a_h = (1026, 608, 614, −10): h = 1 1 1 0, h< = 1 1 1 0, h> = 1 0 0 0, f' = 0 1 1 0
 * a_o = (254+200+30, 254+100+200) = (484, 554): o = 0 1, t = 1 0  →  d2+ = 1 0, d2− = 0 1, d2 = (+1, −1)
 * W2 += 2·h⊗d2: column 0 +2 (254 clips at 254), column 1 −2
 * W2·d2 = (254−252, 202−98, 32−198, −20−20) = (2, 104, −166, −40)  →  d1 = sign ⊙ f' = (0, +1, −1, 0)
 * W1 += 2·x⊗d1: column 1 +2 (two 254s clip), column 2 −2
 * </pre>
 */
class NbpHandCaseTest {
    static final int[] W1 = {
            254, 254, 254, 100,
            254, 254, 100, -100,
            254, 100, 60, -10,
            254, 0, 200, 0,
            10, 0, 0, 0};
    static final int[] W2 = {
            254, 254,
            200, 100,
            30, 200,
            -20, 20};
    static final int[] W1_AFTER = {
            254, 254, 252, 100,
            254, 254, 98, -100,
            254, 102, 58, -10,
            254, 2, 198, 0,
            10, 2, -2, 0};
    static final int[] W2_AFTER = {
            254, 252,
            202, 98,
            32, 198,
            -20, 20};
    static final int[] X = {1, 1, 1, 1, 1};

    static NbpWeights init() {
        return new NbpWeights(5, 4, 2, W1.clone(), W2.clone());
    }

    static final NbpWeights EXPECTED = new NbpWeights(5, 4, 2, W1_AFTER, W2_AFTER);

    @Test
    void referenceFollowsTheHandCalculation() {
        NbpReference ref = new NbpReference(init());
        assertArrayEquals(new int[]{484, 554}, ref.outputNetInput(X));
        assertArrayEquals(new int[]{0, 1}, ref.train(X, 0));
        assertNull(EXPECTED.firstDifference(ref.weights()), () -> EXPECTED.firstDifference(ref.weights()));
        assertEquals(3, ref.clippedUpdates(), "W2[0][0] and W1[0][1], W1[1][1] clip");
    }

    @Test
    void engineFollowsTheHandCalculation() {
        NbpEngine engine = new NbpEngine(init());
        NbpActivity a = new NbpActivity();
        assertEquals(1 + 1, engine.train(new int[]{0, 1, 2, 3, 4}, 0, 5, 0, a), "o0 and o1 both wrong");
        assertNull(EXPECTED.firstDifference(engine.weights()), () -> EXPECTED.firstDifference(engine.weights()));
        assertEquals(3, a.h);
        assertEquals(1, a.hUpper);
        assertEquals(2, a.hDerivative);
        assertEquals(1, a.d2Plus);
        assertEquals(1, a.d2Minus);
        assertEquals(1, a.d1Plus);
        assertEquals(1, a.d1Minus);
        assertEquals(2, a.backPlus, "W2·d2 > 0 for hidden 0 and 1, before the f' gate");
        assertEquals(2, a.backMinus);
    }

    @Test
    void neuronCircuitFollowsTheHandCalculation() {
        GatedNbpCircuit circuit = GatedNbpCircuit.training(init());
        assertArrayEquals(new int[]{484, 554}, circuit.runSample(X, 0));
        assertNull(EXPECTED.firstDifference(circuit.weights()), () -> EXPECTED.firstDifference(circuit.weights()));
        assertNull(circuit.mirrorMismatch());
        assertEquals(0, circuit.counters().unscheduledSpikes());
    }
}
