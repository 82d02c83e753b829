package io.spikeworks.chip;

import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Does it fit, and why not": maps the network with {@link CoreMapper} and lists every limit it breaks,
 * each with the layer, the limit, the need and a suggested fix. Cheap enough to run on every model edit.
 */
public final class DesignRuleCheck {
    private DesignRuleCheck() {}

    /** Checks a project's network against a profile, with shapes inferred from the model. */
    public static CheckResult check(Project project, ComponentCatalog catalog, ChipProfile profile) {
        return check(LayerFootprints.of(project, catalog), profile);
    }

    public static CheckResult check(List<LayerFootprint> layers, ChipProfile profile) {
        Mapping mapping = CoreMapper.map(layers, profile);
        CoreLimits limits = profile.cores();
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerFootprint l = layers.get(i);
            LayerMapping m = mapping.layers().get(i);
            long fanIn = limits.maxFanInPerCore().limit();
            if (l.fanIn() > fanIn) {
                long split = CoreMapper.ceilDiv(l.fanIn(), fanIn);
                out.add(new Violation(l.name(), DesignRule.FAN_IN, fanIn, l.fanIn(),
                        l.name() + " needs fan-in " + l.fanIn() + " > " + fanIn + " per core limit",
                        "split into " + split + " cores, or " + fewerInputs(l)));
            }
            long memory = limits.synapticMemoryBitsPerCore().limit();
            if (m.synapseBitsPerNeuron() > memory) {
                long split = CoreMapper.ceilDiv(m.synapseBitsPerNeuron(), memory);
                out.add(new Violation(l.name(), DesignRule.SYNAPTIC_MEMORY, memory, m.synapseBitsPerNeuron(),
                        l.name() + " needs " + m.synapseBitsPerNeuron() + " bits of synapses per neuron ("
                                + synapseText(l, profile) + ") > " + memory + " bits per core limit",
                        "split into " + split + " cores, use fewer weight bits, or " + fewerInputs(l)));
            }
            long fanOut = limits.maxFanOutPerCore().limit();
            if (m.destinationCores() > fanOut) {
                String nextName = mapping.layers().get(i + 1).layer();
                out.add(new Violation(l.name(), DesignRule.FAN_OUT, fanOut, m.destinationCores(),
                        l.name() + " neurons each send to " + m.destinationCores() + " cores of " + nextName + " > "
                                + fanOut + " output edges per core limit",
                        "give " + nextName + " fewer neurons so it needs fewer cores, or put a smaller layer in between"));
            }
        }
        long cores = limits.count().limit();
        long used = mapping.totalCores();
        if (used > cores) {
            LayerMapping biggest = mapping.layers().stream().max(Comparator.comparingLong(LayerMapping::cores)).orElseThrow();
            out.add(new Violation(Violation.NETWORK, DesignRule.CORE_COUNT, cores, used,
                    "the network needs " + used + " cores > " + cores + " cores on the chip",
                    String.format(Locale.ROOT, "shrink the largest layer (%s uses %d cores), use fewer weight bits, "
                            + "or pick a chip with more cores", biggest.layer(), biggest.cores())));
        }
        return new CheckResult(mapping, out);
    }

    private static String fewerInputs(LayerFootprint l) {
        return switch (l.kind()) {
            case DENSE -> "use a conv layer";
            case CONV -> "use a smaller kernel or fewer input channels";
            case POOL -> "use a smaller pooling window";
        };
    }

    private static String synapseText(LayerFootprint l, ChipProfile p) {
        String s = l.fanIn() + " inputs × " + p.forwardWeights().bitCount() + " bits";
        if (p.separateFeedback()) s += " + " + p.feedbackWeights().bitCount() + "-bit feedback copy";
        return s;
    }
}
