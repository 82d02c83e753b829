package io.spikeworks.ui;

import java.util.Arrays;

/**
 * How long each part of a live frame took (mount, pull, each view's drawing), kept for this frame and the one
 * before, so a stall reported in frame k names the parts of frame k − 1 whichever listener of the frame runs first:
 * the monitor measures the previous frame's work, and may be called before or after the dashboard in a frame.
 */
final class FrameParts {
    private final String[] names;
    private long[] current;
    private long[] previous;
    private long currentFrame = Long.MIN_VALUE;

    FrameParts(String... names) {
        this.names = names.clone();
        current = new long[names.length];
        previous = new long[names.length];
    }

    /** Starts recording the frame stamped frameNanos (the frame clock's time, the same for all its listeners). */
    void begin(long frameNanos) {
        long[] t = previous;
        previous = current;
        current = t;
        Arrays.fill(current, 0L);
        currentFrame = frameNanos;
    }

    void set(int part, long nanos) {
        current[part] = nanos;
    }

    /** Adds to a part of this frame (one that happens several times in it, like the scene's layout passes). */
    void add(int part, long nanos) {
        current[part] += nanos;
    }

    /** "mount 1 ms, raster 22 ms": the parts over 1 ms of the frame before the one stamped frameNanos. */
    String before(long frameNanos) {
        long[] parts = currentFrame == frameNanos ? previous : current;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (parts[i] < 1_000_000L) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(names[i]).append(' ').append(Math.round(parts[i] / 1e6)).append(" ms");
        }
        return sb.length() == 0 ? "all parts under 1 ms" : sb.toString();
    }
}
