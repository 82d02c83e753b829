package io.spikeworks.learn.state;

import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.neuron.NeuronValues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network's starting point beyond its description: every parameter's values by name and, for spiking layers whose
 * neurons differ one from another, their α, β and θ by layer id. What a project's weights file holds
 * ({@link NetworkValuesFiles}). Arrays are shared, not copied: treat them as read-only.
 */
public record NetworkValues(Map<String, float[]> params, Map<String, NeuronValues> neurons) {
    public NetworkValues {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        neurons = Collections.unmodifiableMap(new LinkedHashMap<>(neurons));
    }

    /** A copy of the network's current values. */
    public static NetworkValues of(Network net) {
        Map<String, float[]> params = new LinkedHashMap<>();
        for (Param p : net.params()) params.put(p.name(), p.value.clone());
        Map<String, NeuronValues> neurons = new LinkedHashMap<>();
        for (SpikingLayer l : net.spikingLayers()) if (l.neuronValues() != null) neurons.put(l.name(), l.neuronValues());
        return new NetworkValues(params, neurons);
    }

    /**
     * Puts these values into the network, after checking that they fit it: the same parameter names and sizes,
     * per-neuron values only for spiking layers and one per neuron.
     *
     * @param source named in front of every problem, e.g. the weights file
     * @throws IllegalArgumentException listing every mismatch; the network is then left untouched
     */
    public void applyTo(Network net, String source) {
        List<String> problems = new ArrayList<>();
        Map<String, Param> byName = new LinkedHashMap<>();
        for (Param p : net.params()) {
            byName.put(p.name(), p);
            float[] v = params.get(p.name());
            if (v == null) problems.add("no values for parameter '" + p.name() + "'");
            else if (v.length != p.size()) problems.add("parameter '" + p.name() + "' holds " + v.length
                    + " values, the network needs " + p.size());
        }
        for (String name : params.keySet())
            if (!byName.containsKey(name)) problems.add("parameter '" + name + "' is not in the network");
        Map<String, SpikingLayer> layers = new LinkedHashMap<>();
        for (SpikingLayer l : net.spikingLayers()) layers.put(l.name(), l);
        for (Map.Entry<String, NeuronValues> e : neurons.entrySet()) {
            SpikingLayer l = layers.get(e.getKey());
            if (l == null) problems.add("per-neuron values for '" + e.getKey() + "', which is no spiking layer of the network");
            else if (e.getValue().size() != l.outputSize()) problems.add("layer '" + e.getKey() + "' has "
                    + l.outputSize() + " neurons, the file gives values for " + e.getValue().size());
            else if (l.neuronModel().stateBits() != 0 || !l.neuronModel().spikes()) problems.add("layer '" + e.getKey()
                    + "' has per-neuron values, which need spiking neurons with floating-point state");
        }
        if (!problems.isEmpty())
            throw new IllegalArgumentException(source + " does not fit the project's network: " + String.join("; ", problems));
        for (Param p : net.params()) System.arraycopy(params.get(p.name()), 0, p.value, 0, p.size());
        for (SpikingLayer l : net.spikingLayers()) l.setNeuronValues(neurons.get(l.name()));
    }
}
