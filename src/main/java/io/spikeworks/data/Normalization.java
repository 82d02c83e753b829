package io.spikeworks.data;

import java.util.Arrays;

/**
 * How stored pixel bytes become floats: {@code (p / 255 - mean[c]) / std[c]} for channel {@code c}.
 * {@link #unitRange()} (mean 0, std 1) gives values in [0, 1]; {@link #standardize} centres each channel.
 *
 * <p>Standardise with statistics of the training set only ({@link Dataset#channelStatistics()}) and apply the same
 * normalisation to validation and test sets, or the test set leaks into training.
 */
public final class Normalization {
    private static final Normalization UNIT_RANGE = new Normalization(null, null);

    // null = unit range for any channel count
    private final float[] mean;
    private final float[] std;

    private Normalization(float[] mean, float[] std) {
        this.mean = mean;
        this.std = std;
    }

    /** Pixels scaled to [0, 1]. The default. */
    public static Normalization unitRange() {
        return UNIT_RANGE;
    }

    /** Per-channel standardisation; mean and std are on the [0, 1] scale, one entry per channel. */
    public static Normalization standardize(float[] mean, float[] std) {
        if (mean.length == 0 || mean.length != std.length) {
            throw new IllegalArgumentException("need one mean and one std per channel, got " + mean.length
                    + " means and " + std.length + " stds");
        }
        for (float s : std) {
            if (!(s > 0)) throw new IllegalArgumentException("std must be positive, got " + Arrays.toString(std));
        }
        return new Normalization(mean.clone(), std.clone());
    }

    public boolean isUnitRange() {
        return mean == null;
    }

    /** Per-channel means on the [0, 1] scale; all zero for unit range. */
    public float[] mean(int channels) {
        checkChannels(channels);
        return mean == null ? new float[channels] : mean.clone();
    }

    /** Per-channel standard deviations on the [0, 1] scale; all one for unit range. */
    public float[] std(int channels) {
        checkChannels(channels);
        if (std != null) return std.clone();
        float[] ones = new float[channels];
        Arrays.fill(ones, 1f);
        return ones;
    }

    /** A table of {@code channels × 256} floats: the value of byte {@code p} in channel {@code c} is at {@code c*256+p}. */
    float[] lookupTable(int channels) {
        checkChannels(channels);
        float[] table = new float[channels * 256];
        for (int c = 0; c < channels; c++) {
            float m = mean == null ? 0f : mean[c];
            float s = std == null ? 1f : std[c];
            for (int p = 0; p < 256; p++) table[c * 256 + p] = (p / 255f - m) / s;
        }
        return table;
    }

    private void checkChannels(int channels) {
        if (mean != null && mean.length != channels) {
            throw new IllegalArgumentException("normalisation has " + mean.length + " channels, data has " + channels);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && Arrays.equals(mean, n.mean) && Arrays.equals(std, n.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return mean == null ? "unit range [0,1]"
                : "standardised mean=" + Arrays.toString(mean) + " std=" + Arrays.toString(std);
    }
}
