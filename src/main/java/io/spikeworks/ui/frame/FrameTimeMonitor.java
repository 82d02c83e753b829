package io.spikeworks.ui.frame;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the frames of the live clock ({@link FxBridge#everyPulse}) while live views run and reports every time
 * the FX thread was unavailable for more than {@link #LIMIT_MILLIS}: a frame waited that long for it (something
 * else kept it busy or blocked it), or a frame's own drawing took that long. Long frames go to the
 * {@code io.spikeworks.ui.frames} logger (WARNING, at most once a second) and into a ring of the latest
 * {@link #RING} ones; {@link #longFramesProperty()} counts them for a status indicator. FX thread only.
 */
public final class FrameTimeMonitor {
    public static final double LIMIT_MILLIS = 50;
    public static final int RING = 32;
    static final Logger LOG = Logger.getLogger("io.spikeworks.ui.frames");

    /** One stall: when it ended (pulse time, ns) and how long the gap was. */
    public record LongFrame(long endNanos, double millis) {}

    private final ReadOnlyIntegerWrapper longFrames = new ReadOnlyIntegerWrapper(this, "longFrames");
    private final ReadOnlyDoubleWrapper worstMillis = new ReadOnlyDoubleWrapper(this, "worstMillis");
    private final LongFrame[] ring = new LongFrame[RING];
    private int ringNext;
    private long lastLog;
    private long pulses;
    private PulseSubscription subscription;
    private java.util.function.LongFunction<String> lastFrameDetail = now -> null;

    /** Starts watching pulses (keeps the pulse timer running). Idempotent. */
    public void start() {
        FxBridge.requireFxThread();
        if (subscription != null) return;
        // the FX thread was unavailable for whichever is longer: this frame's wait or the last frame's own work
        subscription = FxBridge.everyPulse(now -> onFrame(now, Math.max(FxBridge.frameDelayNanos(), FxBridge.lastFrameWorkNanos())));
    }

    public void stop() {
        if (subscription != null) subscription.close();
        subscription = null;
    }

    public boolean isRunning() {
        return subscription != null;
    }

    /**
     * One frame of the live clock, for which the FX thread was unavailable for delayNanos (the frame's wait after
     * it was posted, or the previous frame's own drawing if longer); public for tests.
     */
    public void onFrame(long nowNanos, long delayNanos) {
        pulses++;
        double millis = delayNanos / 1e6;
        if (millis > LIMIT_MILLIS) record(nowNanos, millis);
    }

    private void record(long now, double millis) {
        ring[ringNext] = new LongFrame(now, millis);
        ringNext = (ringNext + 1) % RING;
        longFrames.set(longFrames.get() + 1);
        if (millis > worstMillis.get()) worstMillis.set(millis);
        if (lastLog == 0 || now - lastLog > 1_000_000_000L) {
            lastLog = now;
            String detail = lastFrameDetail.apply(now);
            LOG.log(Level.WARNING, () -> String.format("FX thread stalled: busy for %.0f ms (limit %.0f ms, %d long frames so far)%s",
                    millis, LIMIT_MILLIS, longFrames.get(), detail == null || detail.isEmpty() ? "" : "; last frame: " + detail));
        }
    }

    /**
     * What the live views did in the previous frame (e.g. "pull 3 ms, raster 22 ms"), added to the stall log so a
     * long frame says where its time went; a frame that only waited shows small figures here.
     */
    public void setLastFrameDetail(java.util.function.LongFunction<String> detail) {
        lastFrameDetail = detail == null ? now -> null : detail;
    }

    /** Long frames seen since the start (or the last {@link #reset()}). */
    public ReadOnlyIntegerProperty longFramesProperty() {
        return longFrames.getReadOnlyProperty();
    }

    public int getLongFrames() {
        return longFrames.get();
    }

    /** The longest gap seen, in ms. */
    public ReadOnlyDoubleProperty worstMillisProperty() {
        return worstMillis.getReadOnlyProperty();
    }

    public long pulses() {
        return pulses;
    }

    /** The latest long frames, oldest first. */
    public List<LongFrame> recent() {
        List<LongFrame> out = new ArrayList<>(RING);
        for (int i = 0; i < RING; i++) {
            LongFrame f = ring[(ringNext + i) % RING];
            if (f != null) out.add(f);
        }
        return out;
    }

    public void reset() {
        java.util.Arrays.fill(ring, null);
        ringNext = 0;
        longFrames.set(0);
        worstMillis.set(0);
    }
}
