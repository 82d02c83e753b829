package io.spikeworks.ui;

import io.spikeworks.session.TrainingSession;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

/**
 * Drives {@code --frame-rate-ab}: while a session trains, switches the live frame rate between the rate chosen when
 * the run started and 1 frame/s every period, feeding each window to a {@link FrameRateAb}. FX thread.
 */
final class FrameRateAbDriver {
    private final FrameRateAb ab = new FrameRateAb();
    private final java.time.Duration period;
    private Timeline timeline;
    private int high;
    private int current;
    private long windowStart;
    private long windowFirstBatch;

    FrameRateAbDriver(ObservableValue<TrainingSession> sessions, java.time.Duration period) {
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
        timeline = new Timeline(new KeyFrame(Duration.millis(period.toMillis()), e -> switchRate(session)));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    private void switchRate(TrainingSession session) {
        long now = System.nanoTime();
        var metrics = session.telemetry().metrics();
        ab.add(current, windowStart, now, metrics.since(windowFirstBatch));
        if (session.status().state().terminal()) {
            stop();
            return;
        }
        current = current == high ? 1 : high;
        FxBridge.setFrameRate(current);
        windowStart = now;
        windowFirstBatch = metrics.count();
    }

    private void stop() {
        if (timeline != null) timeline.stop();
        timeline = null;
        if (high > 0) FxBridge.setFrameRate(high);
    }

    /** The result so far, one line. */
    synchronized String summary() {
        return ab.summary(high);
    }
}
