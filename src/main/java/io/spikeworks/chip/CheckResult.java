package io.spikeworks.chip;

import java.util.List;
import java.util.Locale;

/** The outcome of a design-rule check: the mapping and every violation (empty when the network fits). */
public record CheckResult(Mapping mapping, List<Violation> violations) {

    public CheckResult {
        violations = List.copyOf(violations);
    }

    public boolean fits() {
        return violations.isEmpty();
    }

    /** Plain-text report for the CLI: the mapping table, totals, then the verdict and each violation. */
    public String report() {
        ChipProfile p = mapping.profile();
        StringBuilder sb = new StringBuilder();
        sb.append("chip profile: ").append(p.name()).append(" (").append(p.displayName()).append(")\n");
        sb.append(String.format(Locale.ROOT, "%-16s %9s %8s %7s %7s %12s %12s %18s %14s%n", "layer", "neurons", "fan-in",
                "split", "cores", "neurons/core", "inputs/core", "synapse bits/core", "out edges/core"));
        for (LayerMapping l : mapping.layers()) {
            sb.append(String.format(Locale.ROOT, "%-16s %9d %8d %7d %7s %12d %12d %18s %14d%n", l.layer(), l.neurons(),
                    l.fanIn(), l.fanInSplit(), count(l.cores()), l.neuronsPerCore(), l.inputsPerCore(),
                    count(l.synapticBitsPerCore()), l.outputEdgesPerCore()));
        }
        CoreLimits limits = p.cores();
        sb.append("cores used: ").append(count(mapping.totalCores()));
        if (!limits.count().isUnlimited()) sb.append(" of ").append(limits.count().limit());
        sb.append('\n');
        sb.append("synaptic memory per core: max ").append(count(mapping.maxSynapticBitsPerCore())).append(" bits");
        if (!limits.synapticMemoryBitsPerCore().isUnlimited()) {
            long avail = limits.synapticMemoryBitsPerCore().limit();
            sb.append(" of ").append(avail).append(String.format(Locale.ROOT, " (%.0f%%)",
                    100.0 * mapping.maxSynapticBitsPerCore() / avail));
        }
        sb.append(String.format(Locale.ROOT, ", mean %.0f bits%n", mapping.meanSynapticBitsPerCore()));
        if (fits()) {
            sb.append("fits: yes\n");
        } else {
            sb.append("fits: no, ").append(violations.size()).append(violations.size() == 1 ? " violation\n" : " violations\n");
            for (Violation v : violations) sb.append("  ").append(v.message()).append('\n');
        }
        return sb.toString();
    }

    private static String count(long n) {
        return n == Long.MAX_VALUE ? "overflow" : Long.toString(n);
    }
}
