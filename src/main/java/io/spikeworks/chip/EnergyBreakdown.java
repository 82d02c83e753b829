package io.spikeworks.chip;

import java.util.LinkedHashMap;
import java.util.Map;

/** Energy in joules, split by the kind of work that spent it. */
public record EnergyBreakdown(double synapticOps, double neuronUpdates, double weightUpdates, double transport) {

    public static final EnergyBreakdown ZERO = new EnergyBreakdown(0, 0, 0, 0);

    public double total() {
        return synapticOps + neuronUpdates + weightUpdates + transport;
    }

    /** Each part divided by n (per sample); zero when n is 0. */
    public EnergyBreakdown per(long n) {
        if (n <= 0) return ZERO;
        return new EnergyBreakdown(synapticOps / n, neuronUpdates / n, weightUpdates / n, transport / n);
    }

    /** For summary.json: the four parts and their total, in joules. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("synapticOpsJ", synapticOps);
        m.put("neuronUpdatesJ", neuronUpdates);
        m.put("weightUpdatesJ", weightUpdates);
        m.put("transportJ", transport);
        m.put("totalJ", total());
        return m;
    }
}
