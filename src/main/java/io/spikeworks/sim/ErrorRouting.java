package io.spikeworks.sim;

/**
 * Lets a learning rule deliver the error of some layers' outputs directly, instead of through the layer above
 * (direct feedback alignment sends the output layer's error straight to every hidden layer). Consulted by
 * {@link Network#backward}; a network without one backpropagates layer by layer.
 */
public interface ErrorRouting {
    /** Whether the error at layer {@code layerIndex}'s output comes from this routing, not from the layer above. */
    boolean routes(int layerIndex);

    /**
     * Writes dL/d(output of layer {@code layerIndex}) at the current step (b×outputs of that layer) into
     * {@code gradOut}, given the output layer's dL/dI at the same step (b×network outputs).
     */
    void route(int layerIndex, float[] outputGradCurrent, int batch, float[] gradOut, EngineCounters counters);
}
