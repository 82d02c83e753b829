package io.spikeworks.sim;

import java.util.List;

/**
 * One layer's forward-mode pass: primal and tangents advanced step by step together, holding the state of one step
 * only. Tangent arrays are direction-major: [d][b][features].
 *
 * <p>Most layers give each step's output at that step. A layer whose output depends on every step of its input (a
 * DeepONet reads its stacks' means over the T steps) gives it only at the end of the pass: it says so with
 * {@link #outputsAtEnd}, and after its last step {@link #finish} computes the outputs and {@link #replay} shows them
 * step by step to the readout; such a layer must be the last of a tangent pass.
 */
public interface TangentStepper {
    /** A pass of T steps starts (called before step 0); a stepper that needs T before the end keeps it. */
    default void begin(int steps) {
    }

    /**
     * Advances step t (0, 1, 2, … in order).
     *
     * @param in            the primal input of step t, b × inputSize at inOff
     * @param inTangent     its tangents, D × b × inputSize, or null when the input does not depend on the parameters
     * @param paramTangents the direction of each of the layer's {@link Layer#params()}, in order, each D × size
     *                      (direction-major); a null entry means that parameter does not move
     */
    void step(int t, float[] in, int inOff, float[] inTangent, List<float[]> paramTangents);

    /** The primal output of the last step, b × outputSize. */
    float[] output();

    /** The output's tangents of the last step, D × b × outputSize. */
    float[] outputTangent();

    /** The membrane U of the last step (b × outputSize) for a readout, or null for a layer without one. */
    float[] membrane();

    /** The membrane's tangents of the last step, D × b × outputSize, or null. */
    float[] membraneTangent();

    /** Whether this stepper's outputs are known only after its last step (then {@link #finish} and {@link #replay}). */
    default boolean outputsAtEnd() {
        return false;
    }

    /** After the last step of the pass: computes the outputs of every step, for a stepper whose outputs come at the end. */
    default void finish() {
    }

    /**
     * Makes {@link #output}, {@link #membrane} and their tangents those of step t, for t = 0, 1, … in order, after
     * {@link #finish}. Only a stepper whose outputs come at the end has to implement it.
     */
    default void replay(int t) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " gives its outputs at every step");
    }

    /**
     * From the next pass on, sums each of its spiking layers' input over the steps (what directions over the
     * layers' currents turn into weight gradients); off until called, so a pass holds nothing for it otherwise.
     */
    default void sumInputs() {
    }

    /**
     * Appends, for each spiking layer of this stepper in {@link Network#spikingLayers()} order, Σₜ input[t] of the
     * last pass (b × fan-in), or null for a layer without synaptic weights or when {@link #sumInputs} was not called.
     */
    default void inputSums(List<float[]> out) {
        out.add(null);
    }

    /** Bytes the stepper holds: state and tangents of one step, independent of the number of steps. */
    long bytesHeld();
}
