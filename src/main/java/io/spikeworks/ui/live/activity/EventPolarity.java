package io.spikeworks.ui.live.activity;

import io.spikeworks.ui.theme.ThemeColours;
import javafx.scene.paint.Color;

/**
 * How the activity views draw an event camera's input (a sample image with two channels, OFF then ON, as the
 * event-stream data sets give it): ON in the amber data colour, OFF in the indigo one (a pair that stays apart
 * for colour-blind eyes), and in the raster the OFF rows above the ON rows rather than interleaved as the engine
 * holds them (neuron n = pixel·2 + polarity), so that a squeezed band does not blend the two.
 */
final class EventPolarity {
    private EventPolarity() {}

    /** Whether a sample is an event camera's two polarities. */
    static boolean of(ActivitySnapshot s) {
        return s != null && s.image() != null && s.image().channels() == 2;
    }

    static Color on(ThemeColours palette) {
        return palette.data(2);
    }

    static Color off(ThemeColours palette) {
        return palette.data(0);
    }

    /** Raster row of input neuron n (of {@code neurons}): OFF pixels first, then ON pixels, in pixel order. */
    static int row(int n, int neurons) {
        return (n & 1) * (neurons / 2) + n / 2;
    }

    static boolean isOn(int n) {
        return (n & 1) == 1;
    }
}
