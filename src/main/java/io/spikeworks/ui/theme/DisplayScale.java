package io.spikeworks.ui.theme;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How much larger than normal the canvas-drawn views draw their text, lines and marks (presenter mode's text size;
 * 1 normally). Controls follow the root's CSS font size instead; canvases have no CSS, so they read this.
 * One per application, like the stylesheet. FX thread only.
 */
public final class DisplayScale {
    private static final DoubleProperty CANVAS_SCALE = new SimpleDoubleProperty(DisplayScale.class, "canvasScale", 1);

    private DisplayScale() {}

    public static DoubleProperty canvasScaleProperty() {
        return CANVAS_SCALE;
    }

    public static double canvasScale() {
        return CANVAS_SCALE.get();
    }

    /** Sets the scale; values outside 0.5–4 are refused so a bad preference cannot make the views unusable. */
    public static void setCanvasScale(double scale) {
        if (!(scale >= 0.5 && scale <= 4)) throw new IllegalArgumentException("canvas scale must be 0.5–4, got " + scale);
        CANVAS_SCALE.set(scale);
    }
}
