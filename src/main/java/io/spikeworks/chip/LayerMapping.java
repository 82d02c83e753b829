package io.spikeworks.chip;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one layer went: how many cores, how full each is, and what the layer needs per neuron (which the
 * design-rule check compares with the chip's limits).
 *
 * @param synapseBitsPerNeuron weight memory one neuron needs: fan-in × (forward bits + feedback bits when the
 *                             feedback network is separate)
 * @param fanInSplit           cores one neuron's inputs are spread over (1 unless a neuron alone exceeds the
 *                             fan-in or memory of a core; then partial sums on several cores)
 * @param neuronsPerCore       neurons on each (but possibly the last) core
 * @param destinationCores     cores of the next layer one neuron sends to (0 for the last layer: read out)
 */
public record LayerMapping(String layer, long neurons, long fanIn, long synapseBitsPerNeuron, long fanInSplit,
                           long neuronsPerCore, long cores, long inputsPerCore, long synapticBitsPerCore,
                           long destinationCores, long outputEdgesPerCore) {

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", layer);
        m.put("neurons", neurons);
        m.put("fanIn", fanIn);
        m.put("cores", cores);
        m.put("fanInSplit", fanInSplit);
        m.put("neuronsPerCore", neuronsPerCore);
        m.put("inputsPerCore", inputsPerCore);
        m.put("synapticBitsPerCore", synapticBitsPerCore);
        m.put("outputEdgesPerCore", outputEdgesPerCore);
        return m;
    }
}
