package io.spikeworks.learn.symmetry;

import io.spikeworks.model.Component;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.SpikingLayer;

/**
 * The parameters every weight-symmetry rule shares, read from its algorithm component (absent ones take the
 * defaults below).
 *
 * @param bitsPerWeight   bits of one transported weight value; TODO(chip) should come from the chip profile
 * @param energyPerBitPj  energy to transport one bit, or null when unknown
 * @param alignmentEvery  measure gradient alignment every N iterations; 0 = never
 * @param feedbackSeed    seed of random feedback weights and random transport subsets
 */
public record FeedbackSettings(Integer bitsPerWeight, Double energyPerBitPj, int alignmentEvery, long feedbackSeed) {
    public static final int DEFAULT_BITS_PER_WEIGHT = 32;
    public static final int DEFAULT_ALIGNMENT_EVERY = 50;

    public static FeedbackSettings defaults() {
        return new FeedbackSettings(null, null, DEFAULT_ALIGNMENT_EVERY, 1);
    }

    public static FeedbackSettings from(Component c) {
        FeedbackSettings d = defaults();
        return new FeedbackSettings(
                has(c, "bitsPerWeight") && c.findInt("bitsPerWeight").isPresent()
                        ? Integer.valueOf(c.findInt("bitsPerWeight").getAsInt()) : null,
                has(c, "energyPerBitPj") && c.findDouble("energyPerBitPj").isPresent()
                        ? Double.valueOf(c.findDouble("energyPerBitPj").getAsDouble()) : null,
                has(c, "alignmentEvery") ? c.getInt("alignmentEvery") : d.alignmentEvery,
                has(c, "feedbackSeed") ? c.getLong("feedbackSeed") : d.feedbackSeed);
    }

    private static boolean has(Component c, String key) {
        return c.spec().findParam(key).isPresent();
    }

    public FeedbackSettings withAlignmentEvery(int n) {
        return new FeedbackSettings(bitsPerWeight, energyPerBitPj, n, feedbackSeed);
    }

    /**
     * The seed for this network's random feedback: feedbackSeed mixed with the initial forward weights, so that
     * random feedback changes with the project's seed as the forward weights do.
     */
    public long seedFor(Network network) {
        long h = feedbackSeed * 0x9E3779B97F4A7C15L;
        for (SpikingLayer l : network.spikingLayers())
            for (float v : l.weightValues()) h = (h ^ Float.floatToIntBits(v)) * 0x100000001B3L;
        return h ^ (h >>> 29);
    }
}
