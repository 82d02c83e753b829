package io.spikeworks.learn.nbp;

/**
 * A capability of rules that can run a recent training sample through a neuron-level circuit while they train, for
 * the dashboard's circuit view. The rule records on its own training thread when asked (and once at the start), into
 * a latest-value slot any thread may read; nobody waits for anybody.
 */
public interface CircuitRecording {
    /** Asks for a fresh recording at the next batch; cheap, any thread. */
    void requestCircuitSample();

    /** The latest recording, or null before the first; any thread. */
    CircuitSample latestCircuitSample();

    /**
     * Runs one sample (its features; above 0.5 is an active input) through a whole training cycle of the circuit
     * from the weights as they stand, on a copy: the rule's weights do not change. On the training thread, between
     * batches (slow motion).
     */
    CircuitRecord recordCycle(float[] features, int label);
}
