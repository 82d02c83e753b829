package io.spikeworks.session;

import io.spikeworks.sim.EngineCounters;

/**
 * The engine's work counters (synaptic operations, MACs, neuron updates, bytes held) after the latest batch. A
 * reader creates one and refreshes it with {@link Telemetry#readCounters}.
 */
public final class CounterSnapshot extends Frame<CounterSnapshot> {
    long iteration;
    final EngineCounters counters = new EngineCounters();

    public long iteration() {
        return iteration;
    }

    /** The reader's copy; totals since the run began. */
    public EngineCounters counters() {
        return counters;
    }

    @Override
    void copyFrom(CounterSnapshot s) {
        iteration = s.iteration;
        counters.clear();
        counters.add(s.counters);
    }
}
