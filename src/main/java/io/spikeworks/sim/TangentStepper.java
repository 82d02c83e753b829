package io.spikeworks.sim;

import java.util.List;

/**
 * One layer's forward-mode pass: primal and tangents advanced step by step together, holding the state of one step
 * only. Tangent arrays are direction-major: [d][b][features].
 */
public interface TangentStepper {
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

    /** Bytes the stepper holds: state and tangents of one step, independent of the number of steps. */
    long bytesHeld();
}
