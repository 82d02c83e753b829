package io.spikeworks.ui.live.activity;

/**
 * The current sample as a picture: intensities in [0, 1], channels-last ([y][x][c]); 1, 2 (an event camera's OFF
 * and ON) or 3 channels. {@code fromSpikes}: made from the input layer's spikes because the data set keeps no
 * picture (event streams), so each pixel holds its share of steps with an event and the time-step frames behind it
 * are in the input raster.
 */
public record SampleImage(int width, int height, int channels, float[] pixels, boolean fromSpikes) {
    public SampleImage {
        if (pixels.length != width * height * channels)
            throw new IllegalArgumentException("pixels has " + pixels.length + " entries, expected " + width * height * channels);
    }

    /** A picture the data set keeps. */
    public SampleImage(int width, int height, int channels, float[] pixels) {
        this(width, height, channels, pixels, false);
    }

    public float value(int x, int y, int c) {
        return pixels[(y * width + x) * channels + c];
    }
}
