package io.spikeworks.chip;

import java.util.List;
import java.util.Map;

/**
 * Units a profile file may use, so figures can be copied from papers as printed (23.6 pJ, 128 KiB)
 * instead of being converted by hand, which is where transcription errors come from.
 */
public final class Units {
    private Units() {}

    /** What a field measures; each kind has its own units, converted to one base unit. */
    public enum Kind {
        ENERGY("J", Map.of("J", 1.0, "mJ", 1e-3, "uJ", 1e-6, "µJ", 1e-6, "nJ", 1e-9, "pJ", 1e-12, "fJ", 1e-15)),
        TIME("s", Map.of("s", 1.0, "ms", 1e-3, "us", 1e-6, "µs", 1e-6, "ns", 1e-9)),
        MEMORY("bit", Map.of("bit", 1.0, "byte", 8.0, "Kibit", 1024.0, "KiB", 8192.0, "MiB", 8.0 * 1024 * 1024)),
        /** Plain counts (cores, neurons, inputs); the unit word is optional and not converted. */
        COUNT(null, Map.of());

        private final String base;
        private final Map<String, Double> factors;

        Kind(String base, Map<String, Double> factors) {
            this.base = base;
            this.factors = factors;
        }

        public String base() {
            return base;
        }

        /** Accepted unit names, base first. */
        public List<String> names() {
            return factors.keySet().stream().sorted(java.util.Comparator.comparingDouble((String u) -> -factors.get(u))
                    .thenComparing(u -> u)).toList();
        }

        /** Counts take any word ("cores", "bit") that does not scale the value, such as "KiB" would. */
        public boolean accepts(String unit) {
            return this == COUNT ? factor(unit) == 1.0 : factors.containsKey(unit);
        }
    }

    /** Factor to the base unit; counts and a missing unit are 1. */
    public static double factor(String unit) {
        if (unit == null) return 1.0;
        for (Kind k : Kind.values()) {
            Double f = k.factors.get(unit);
            if (f != null) return f;
        }
        return 1.0;
    }
}
