package io.spikeworks.chip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A network laid out on a chip's cores: per layer, and the totals the meters report. */
public record Mapping(ChipProfile profile, List<LayerMapping> layers) {

    public Mapping {
        layers = List.copyOf(layers);
    }

    public long totalCores() {
        long n = 0;
        for (LayerMapping l : layers) n = CoreMapper.saturatingAdd(n, l.cores());
        return n;
    }

    /** The fullest core's synaptic memory, in bits. */
    public long maxSynapticBitsPerCore() {
        long max = 0;
        for (LayerMapping l : layers) max = Math.max(max, l.synapticBitsPerCore());
        return max;
    }

    /** Mean synaptic memory per used core, in bits (all weights over all cores). */
    public double meanSynapticBitsPerCore() {
        long cores = totalCores();
        if (cores == 0) return 0;
        double bits = 0;
        for (LayerMapping l : layers) bits += (double) l.neurons() * l.synapseBitsPerNeuron();
        return bits / cores;
    }

    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", profile.name());
        m.put("coresUsed", totalCores());
        SourcedValue chipCores = profile.cores().count();
        m.put("coresAvailable", chipCores.isUnlimited() ? null : chipCores.limit());
        m.put("maxSynapticBitsPerCore", maxSynapticBitsPerCore());
        m.put("meanSynapticBitsPerCore", meanSynapticBitsPerCore());
        SourcedValue mem = profile.cores().synapticMemoryBitsPerCore();
        m.put("synapticBitsPerCoreAvailable", mem.isUnlimited() ? null : mem.limit());
        List<Map<String, Object>> ls = new ArrayList<>();
        for (LayerMapping l : layers) ls.add(l.toMap());
        m.put("layers", ls);
        return m;
    }
}
