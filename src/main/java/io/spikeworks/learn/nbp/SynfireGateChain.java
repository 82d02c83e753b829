package io.spikeworks.learn.nbp;

import java.util.List;

/**
 * The synfire-gated chain that sequences nBP: gating neurons g00 → g01 → … → g(n−1) → g00, each firing exactly
 * once per cycle. Each is a real neuron (bias 0, threshold 1024) driven only by its predecessor through a weight of
 * 9280 (8192 + 1024 + 64, the authors' "1ge"); one start spike into g00 sets the ring going. A gate that fires at
 * step s opens its target populations at step s + 1, so the populations of phase c spike at cycle step c while
 * gate g(c+1) fires.
 */
public final class SynfireGateChain {
    /** The chain's excitatory weight, also used by the start spike. */
    public static final int CHAIN_WEIGHT = 8192 + 1024 + 64;

    /** The twelve phases of one training sample (seeds.md §3.7): what spikes at each cycle step. */
    public static final List<String> TRAINING_PHASES = List.of(
            "0 clear outputs", "1 input x", "2 hidden h h< h>", "3 output o o< o> + target", "4 errors d2±",
            "5 W2 potentiation", "6 backprop d1+ (through ±W2ᵀ)", "7 W1 potentiation", "8 inhibit hidden",
            "9 W2 depression", "10 backprop d1−", "11 W1 depression");

    /** The four phases of one inference sample. */
    public static final List<String> INFERENCE_PHASES = List.of("0 idle", "1 input x", "2 hidden h", "3 output o");

    private SynfireGateChain() {}

    /** Name of gate k: g00, g01, … */
    public static String gateName(int k) {
        return String.format("g%02d", k);
    }

    /** Whether a population of the circuit is one of the chain's gates (g00, g01, …), by the name gateName gives. */
    public static boolean isGate(String population) {
        return population.matches("g\\d\\d");
    }

    /** The cycle step at which gate k fires in a ring of {@code length}: one before the phase it opens. */
    public static int firingStep(int k, int length) {
        return Math.floorMod(k - 1, length);
    }
}
