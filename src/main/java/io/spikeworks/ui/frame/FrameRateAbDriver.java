package io.spikeworks.ui.frame;

import io.spikeworks.session.TrainingSession;
import javafx.beans.value.ObservableValue;

/**
 * Drives {@code --frame-rate-ab}: while a session trains, switches the live frame rate between the rate chosen when
 * the run started and 1 frame/s every period, feeding each window to a {@link FrameRateAb}. FX thread.
 */
public final class FrameRateAbDriver {
    private final FrameRateAb ab = new FrameRateAb();
    private final java.time.Duration period;
    /** Not a Timeline, which would make JavaFX pulse 60 times a second all run long ({@link FxBridge#every}). */
    private PulseSubscription switching;
    private int high;
    private int current;
    private long windowStart;
    private long windowFirstBatch;
    private long windowFirstFrame;
    private long highFrames;
    private long highNanos;

    public FrameRateAbDriver(ObservableValue<TrainingSession> sessions, java.time.Duration period) {
        this.period = period;
        sessions.addListener((obs, old, session) -> follow(session));
    }

    private void follow(TrainingSession session) {
        stop();
        if (session == null) return;
        high = FxBridge.frameRate();
        current = high;
        windowStart = System.nanoTime();
        windowFirstBatch = session.telemetry().metrics().count();
        windowFirstFrame = FxBridge.framesPosted();
        switching = FxBridge.every(period, () -> switchRate(session));
    }

    private synchronized void switchRate(TrainingSession session) {
        long now = System.nanoTime();
        var metrics = session.telemetry().metrics();
        ab.add(current, windowStart, now, metrics.since(windowFirstBatch));
        if (current == high) {
            highFrames += FxBridge.framesPosted() - windowFirstFrame;
            highNanos += now - windowStart;
        }
        if (session.status().state().terminal()) {
            stop();
            return;
        }
        current = current == high ? 1 : high;
        FxBridge.setFrameRate(current);
        windowStart = now;
        windowFirstBatch = metrics.count();
        windowFirstFrame = FxBridge.framesPosted();
    }

    private void stop() {
        if (switching != null) switching.close();
        switching = null;
        if (high > 0) FxBridge.setFrameRate(high);
    }

    /** The result so far, and how many frames the chosen rate's windows really drew (the CPU budget skips some). */
    public synchronized String summary() {
        return ab.summary(high) + System.lineSeparator() + String.format(java.util.Locale.ROOT,
                "frames drawn at %d frames/s: %.1f per second (UI CPU budget %.0f %% of the cores%s)", high,
                highNanos == 0 ? 0 : highFrames / (highNanos / 1e9), 100 * FxBridge.cpuBudget(),
                FxBridge.cpuBudget() == 0 ? ": off" : "");
    }
}
