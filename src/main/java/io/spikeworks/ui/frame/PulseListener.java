package io.spikeworks.ui.frame;

/** Called on the FX thread once per pulse (screen frame), before CSS and layout of that frame. */
@FunctionalInterface
public interface PulseListener {
    /** @param nowNanos the pulse's timestamp, as {@link javafx.animation.AnimationTimer#handle(long)} gets it */
    void onPulse(long nowNanos);
}
