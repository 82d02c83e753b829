package io.spikeworks.sim;

import io.spikeworks.sim.kernel.SpikeEvents;
import java.util.List;

/**
 * One stage of a network, stepped in time. Activations are [t][b][features] flattened; 3-D features are
 * stored channels-last (H×W×C) so that the innermost loops run over contiguous channels.
 */
public interface Layer {
    String name();

    /** C×H×W or N, as the model describes it. */
    int[] inputShape();

    int[] outputShape();

    default int inputSize() {
        return Shapes.size(inputShape());
    }

    default int outputSize() {
        return Shapes.size(outputShape());
    }

    /** Allocates per-batch state and history; cheap when the sizes did not change. */
    void prepare(int batch, int steps);

    /**
     * Step t: reads the input at in[inOff…], writes the output history at step t.
     *
     * @param inEvents the active inputs, when the producer listed them (binary input only); may be null
     */
    void forward(int t, float[] in, int inOff, boolean binaryInput, SpikeEvents inEvents, EngineCounters counters);

    /**
     * All T steps at once, the whole input [t][b][inputSize] being known (a feed-forward network runs layer by
     * layer). Layers may then choose their own order of work; by default step by step.
     */
    default void forwardAllSteps(int steps, int batch, float[] in, boolean binaryInput, SpikeEvents inEvents,
                                 EngineCounters counters) {
        for (int t = 0; t < steps; t++) forward(t, in, t * batch * inputSize(), binaryInput, inEvents, counters);
    }

    /** The active outputs of every step so far, when this layer lists them; null otherwise. */
    default SpikeEvents outputEvents() {
        return null;
    }

    /** The output history [t][b][n]. */
    float[] output();

    /** Whether the output holds only 0 and 1 (so the next layer can run event-driven). */
    boolean binaryOutput();

    /**
     * BPTT step t (descending). gradOut is dL/d(output[t]), gradMem an extra dL/dU[t] for spiking layers
     * (may be null); writes dL/d(input[t]) into gradIn unless it is null.
     */
    void backward(int t, float[] in, int inOff, float[] gradOut, float[] gradMem, float[] gradIn, EngineCounters counters);

    /** Called once after the backward pass went through all steps: work a layer deferred to see every step at once. */
    default void finishBackward(EngineCounters counters) {}

    List<Param> params();

    /**
     * A layer of the same structure that shares this layer's parameter values but has its own state and
     * gradients, so that another thread can run another part of the batch through it.
     */
    Layer replicate();

    /** Bytes this layer holds for the backward pass. */
    long bytesHeld();
}
