package io.spikeworks.learn.nbp;

/**
 * The integer constants of Renner et al.'s nBP (Nat. Commun. 15, 9691, 2024; code lanl/spikingBackprop), in
 * Loihi weight units: a float weight is the Loihi weight / 1024, so the float threshold 0.5 is 512.
 */
public final class NbpConstants {
    private NbpConstants() {}

    /** A unit is on (spikes) when its net input is above this: 0.5 in float units. */
    public static final int BINARY_THRESHOLD = 512;
    /** The lower derivative copy (h<) spikes when the net input is above this: the clipped ReLU's lower knee. */
    public static final int LOWER_KNEE = 0;
    /**
     * The upper derivative copy (h>) spikes when the net input is above this, i.e. at a ≥ 1024 (float ≥ 1), as the
     * authors' NumPy reference ({@code activation_function(hid - 512 + 1)}) has it.
     */
    public static final int UPPER_KNEE = 1023;
    /** Weights are even integers in [−254, 254]: Loihi's 8-bit weights with the range kept symmetric. */
    public static final int WEIGHT_MAX = 254;
    /** Every update moves a weight by exactly one step: one 8-bit LSB = 2 units = 1/512 in float units. */
    public static final int STEP = 2;
    /** Initial weights are clipped to ±240 so that they do not start at the limits. */
    public static final int INIT_LIMIT = 240;
    /** Float weight × 1024 = Loihi weight. */
    public static final int WEIGHT_SCALE = 1024;
}
