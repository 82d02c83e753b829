package io.spikeworks.ui.live.activity;

/**
 * The current sample as a picture: intensities in [0, 1], channels-last ([y][x][c]); 1 or 3 channels.
 */
public record SampleImage(int width, int height, int channels, float[] pixels) {
    public SampleImage {
        if (pixels.length != width * height * channels)
            throw new IllegalArgumentException("pixels has " + pixels.length + " entries, expected " + width * height * channels);
    }

    public float value(int x, int y, int c) {
        return pixels[(y * width + x) * channels + c];
    }
}
