package io.spikeworks.learn.nbp;

/**
 * A population of current-based neurons in the Loihi regime nBP uses: both decays complete in one step
 * (τ_u = τ_v = 1), so at every step v = (synaptic input arriving this step) + bias and the neuron spikes when
 * v > {@link GatedCircuit#THRESHOLD}. All values are in Loihi weight units; the chip holds them ×64 (2⁶), which
 * changes nothing since every quantity is a multiple of 64 there.
 *
 * @param bias            constant input each step: −8192 keeps a neuron silent unless a gate lifts it
 * @param refractory      Loihi's refractory delay: after a spike at step s the next one can come at s + refractory
 * @param scheduledSteps  bit c set when the gating lets this population spike at cycle step c; spikes at any other
 *                        step are counted as unscheduled (a net input so large it beats the bias)
 */
public record CircuitPopulation(String name, int size, int bias, int refractory, int scheduledSteps) {
    public CircuitPopulation {
        if (size < 1) throw new IllegalArgumentException("population " + name + " needs at least one neuron");
        if (refractory < 1) throw new IllegalArgumentException("population " + name + ": refractory delay is at least 1");
    }

    /** Bit mask of the given cycle steps. */
    public static int steps(int... cycleSteps) {
        int m = 0;
        for (int c : cycleSteps) m |= 1 << c;
        return m;
    }

    public boolean scheduledAt(int cycleStep) {
        return (scheduledSteps >> cycleStep & 1) != 0;
    }
}
