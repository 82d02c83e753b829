package io.spikeworks.ui.live.symmetry;

import java.util.List;

/**
 * How far B is from Wᵀ over training, per feedback layer (angle and ‖W − Bᵀ‖/‖W‖ at each sample point), and the
 * gradient-alignment measurements (angle between the rule's and exact BP's weight gradient; overall and per
 * measured layer). Arrays are immutable by contract; {@code angle[l][i]} belongs to {@code iterations[i]}.
 *
 * @param transportIterations iterations after which a transport happened, for markers
 */
public record AsymmetryCurveData(long version, String algorithm, List<String> layers, double[] iterations,
                                 double[][] angle, double[][] relNorm, List<String> alignmentLayers,
                                 double[] alignmentIterations, double[] alignmentAll, double[][] alignmentPerLayer,
                                 double[] transportIterations, String feedbackNote) {
    public AsymmetryCurveData {
        layers = List.copyOf(layers);
        alignmentLayers = List.copyOf(alignmentLayers);
        if (angle.length != layers.size() || relNorm.length != layers.size())
            throw new IllegalArgumentException("one angle and one norm series per layer");
        for (int l = 0; l < layers.size(); l++)
            if (angle[l].length != iterations.length || relNorm[l].length != iterations.length)
                throw new IllegalArgumentException(layers.get(l) + ": series differ in length");
        if (alignmentAll.length != alignmentIterations.length || alignmentPerLayer.length != alignmentLayers.size())
            throw new IllegalArgumentException("alignment series differ in length");
    }

    public int samples() {
        return iterations.length;
    }

    public int alignmentSamples() {
        return alignmentIterations.length;
    }
}
