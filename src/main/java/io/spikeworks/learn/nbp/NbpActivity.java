package io.spikeworks.learn.nbp;

/**
 * How many units were on in each quantity of one training sample: enough to know every population's spike count
 * in the gated circuit (see {@link NbpCostModel#addTrainingSample}). Filled by the event-driven engine.
 */
public final class NbpActivity {
    /** Active inputs |x|. */
    public int x;
    /** Hidden units with a > 512, a > 0, a > 1023, and with f'(a) = 1 (0 < a ≤ 1023). */
    public int h, hLower, hUpper, hDerivative;
    /** Output units with a > 512, a > 0, a > 1023. */
    public int o, oLower, oUpper;
    /** Output errors d2+ = 1 and d2− = 1. */
    public int d2Plus, d2Minus;
    /** Hidden units whose backpropagated sum W2·d2 (updated W2) is > 0 and < 0, before the f' gate. */
    public int backPlus, backMinus;
    /** Hidden units with d1 = +1 and d1 = −1 (after the f' gate). */
    public int d1Plus, d1Minus;
    /** 1 when the label is a valid class (the target population gets one spike). */
    public int target;

    void clear() {
        x = h = hLower = hUpper = hDerivative = o = oLower = oUpper = 0;
        d2Plus = d2Minus = backPlus = backMinus = d1Plus = d1Minus = target = 0;
    }
}
