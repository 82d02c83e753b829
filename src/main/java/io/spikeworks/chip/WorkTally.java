package io.spikeworks.chip;

import io.spikeworks.sim.EngineCounters;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The work a chip would do, counted from the engine: synaptic operations, neuron updates, weight writes
 * and transported bits, and the samples they were spent on. Not thread-safe.
 */
public final class WorkTally {
    long synapticOps;
    long neuronUpdates;
    long weightUpdates;
    long transportedBits;
    long samples;

    /**
     * Adds an engine counter delta. A synaptic op is one event reaching one synapse: spike events × fan-out
     * ({@code synapticOps}), graded (non-spike) inputs, which a chip sends as graded spikes
     * ({@code denseMacs}), and the backward pass's multiply-adds ({@code backwardMacs}), which on a chip are
     * events in the feedback network. Skipped (zero-input) MACs cost nothing, as on event-driven hardware.
     */
    void add(EngineCounters delta) {
        synapticOps += delta.synapticOps + delta.denseMacs + delta.backwardMacs;
        neuronUpdates += delta.neuronUpdates;
        samples += delta.samples;
    }

    public long synapticOps() {
        return synapticOps;
    }

    public long neuronUpdates() {
        return neuronUpdates;
    }

    public long weightUpdates() {
        return weightUpdates;
    }

    public long transportedBits() {
        return transportedBits;
    }

    public long samples() {
        return samples;
    }

    /** Energy of this work at the profile's costs. */
    public EnergyBreakdown energy(EnergyCosts costs) {
        return new EnergyBreakdown(synapticOps * costs.perSynapticOp().si(), neuronUpdates * costs.perNeuronUpdate().si(),
                weightUpdates * costs.perWeightUpdate().si(), transportedBits * costs.perTransportedBit().si());
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples);
        m.put("synapticOps", synapticOps);
        m.put("neuronUpdates", neuronUpdates);
        m.put("weightUpdates", weightUpdates);
        m.put("transportedBits", transportedBits);
        return m;
    }
}
