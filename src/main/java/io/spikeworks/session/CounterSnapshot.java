package io.spikeworks.session;

import io.spikeworks.sim.EngineCounters;

/**
 * The engine's work counters (synaptic operations, MACs, neuron updates, bytes held) after the latest batch. A
 * reader creates one and refreshes it with {@link Telemetry#readCounters}.
 */
public final class CounterSnapshot extends Frame<CounterSnapshot> {
    long iteration;
    final EngineCounters counters = new EngineCounters();
    String chipProfile = "";
    double trainingJoulesPerSample;
    double inferenceJoulesPerSample;
    double latencySecondsPerSample;

    public long iteration() {
        return iteration;
    }

    /** The reader's copy; totals since the run began. */
    public EngineCounters counters() {
        return counters;
    }

    /** The chip profile the energy figures are for. */
    public String chipProfile() {
        return chipProfile;
    }

    /** Energy per training sample on the project's chip so far (synaptic ops, neuron and weight updates, transport). */
    public double trainingJoulesPerSample() {
        return trainingJoulesPerSample;
    }

    public double inferenceJoulesPerSample() {
        return inferenceJoulesPerSample;
    }

    /** Steps × the chip's time per step. */
    public double latencySecondsPerSample() {
        return latencySecondsPerSample;
    }

    @Override
    void copyFrom(CounterSnapshot s) {
        iteration = s.iteration;
        chipProfile = s.chipProfile;
        trainingJoulesPerSample = s.trainingJoulesPerSample;
        inferenceJoulesPerSample = s.inferenceJoulesPerSample;
        latencySecondsPerSample = s.latencySecondsPerSample;
        counters.clear();
        counters.add(s.counters);
    }
}
