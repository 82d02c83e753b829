package io.spikeworks.chip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Greedy partition of a network onto cores. Rules, kept simple so users can follow them:
 * <ol>
 *   <li>Layers never share a core, and a core holds a consecutive run of one layer's neurons.</li>
 *   <li>Every neuron stores its own synapses (no weight sharing, so conv layers cost k·k·C_in synapses per
 *       neuron); with a separate feedback network, its copy of the weights is stored alongside.</li>
 *   <li>If one neuron's inputs exceed a core's fan-in or synaptic memory, its inputs are split over
 *       {@code fanInSplit} cores computing partial sums (the fix the check suggests).</li>
 *   <li>Each core takes as many neurons as fit: at most neurons-per-core, their synapses within the core's
 *       memory, their distinct inputs within its fan-in, and their output edges (neurons × destination cores
 *       of the next layer) within its fan-out.</li>
 * </ol>
 * Layers are mapped last to first, because a layer's fan-out depends on how many cores the next one took.
 * Input spikes come from the host and the last layer is read out by it; neither uses cores.
 */
public final class CoreMapper {
    private CoreMapper() {}

    public static Mapping map(List<LayerFootprint> layers, ChipProfile profile) {
        CoreLimits limits = profile.cores();
        long maxNeurons = limits.neuronsPerCore().limit();
        long maxMemory = limits.synapticMemoryBitsPerCore().limit();
        long maxFanIn = limits.maxFanInPerCore().limit();
        long maxFanOut = limits.maxFanOutPerCore().limit();
        long bitsPerSynapse = profile.forwardWeights().bitCount()
                + (profile.separateFeedback() ? profile.feedbackWeights().bitCount() : 0);

        List<LayerMapping> reversed = new ArrayList<>();
        LayerFootprint next = null;
        LayerMapping nextMapping = null;
        for (int i = layers.size() - 1; i >= 0; i--) {
            LayerFootprint l = layers.get(i);
            long bitsPerNeuron = saturatingMultiply(l.fanIn(), bitsPerSynapse);
            long split = Math.max(1, Math.max(ceilDiv(l.fanIn(), maxFanIn), ceilDiv(bitsPerNeuron, maxMemory)));
            long bitsPerNeuronOnCore = ceilDiv(bitsPerNeuron, split);
            long perCore = largestFitting(l, split, bitsPerNeuronOnCore, maxNeurons, maxMemory, maxFanIn, maxFanOut,
                    next, nextMapping);
            long cores = saturatingMultiply(split, ceilDiv(l.neurons(), perCore));
            long dest = destinationCores(next, nextMapping);
            LayerMapping m = new LayerMapping(l.name(), l.neurons(), l.fanIn(), bitsPerNeuron, split, perCore, cores,
                    ceilDiv(l.inputsFor(perCore), split), saturatingMultiply(perCore, bitsPerNeuronOnCore), dest,
                    saturatingMultiply(perCore, dest));
            reversed.add(m);
            next = l;
            nextMapping = m;
        }
        Collections.reverse(reversed);
        return new Mapping(profile, reversed);
    }

    /** The most neurons per core (≥ 1) that satisfy every per-core limit; 1 if even one neuron does not. */
    private static long largestFitting(LayerFootprint l, long split, long bitsPerNeuronOnCore, long maxNeurons,
                                       long maxMemory, long maxFanIn, long maxFanOut, LayerFootprint next,
                                       LayerMapping nextMapping) {
        long lo = 1;
        long hi = Math.min(maxNeurons, l.neurons());
        if (!fits(l, 1, split, bitsPerNeuronOnCore, maxMemory, maxFanIn, maxFanOut, next, nextMapping)) return 1;
        while (lo < hi) {   // every constraint only gets harder with more neurons, so bisect
            long mid = lo + (hi - lo + 1) / 2;
            if (fits(l, mid, split, bitsPerNeuronOnCore, maxMemory, maxFanIn, maxFanOut, next, nextMapping)) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private static boolean fits(LayerFootprint l, long m, long split, long bitsPerNeuronOnCore, long maxMemory,
                                long maxFanIn, long maxFanOut, LayerFootprint next, LayerMapping nextMapping) {
        return saturatingMultiply(m, bitsPerNeuronOnCore) <= maxMemory
                && ceilDiv(l.inputsFor(m), split) <= maxFanIn
                && saturatingMultiply(m, destinationCores(next, nextMapping)) <= maxFanOut;
    }

    /**
     * Cores of the next layer one neuron sends spikes to. Dense: every core of one input slice of the next
     * layer. Conv/pool: the cores holding the run of next-layer neurons whose window covers this neuron
     * (ceil(k/stride) output rows), at most one slice's cores.
     */
    static long destinationCores(LayerFootprint next, LayerMapping nextMapping) {
        if (next == null) return 0;
        long slice = ceilDiv(nextMapping.cores(), nextMapping.fanInSplit());
        if (next.kind() == LayerFootprint.Kind.DENSE) return slice;
        long rows = ceilDiv(next.kernel(), next.stride());
        long span = (rows - 1) * next.outWidth() * (long) next.outChannels() + rows * (long) next.outChannels();
        return Math.min(slice, ceilDiv(span, nextMapping.neuronsPerCore()) + 1);
    }

    static long ceilDiv(long a, long b) {
        if (b == Long.MAX_VALUE) return a > 0 ? 1 : 0;
        return -Math.floorDiv(-a, b);
    }

    static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }

    static long saturatingAdd(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }
}
