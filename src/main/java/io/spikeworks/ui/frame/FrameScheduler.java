package io.spikeworks.ui.frame;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * Who draws in a live frame, and what the frame cost. Views draw in turn from where the last frame stopped, while
 * the next view's last drawing time still fits the frame's drawing budget; the rest draw in the next frame. Keeps a
 * frame short when several views draw for the first time at once (cold code: 80 ms in one frame before). A view
 * drawn less than its interval ago waits too ({@link DrawCadence}). The frame's parts (mount, pull, the scene's CSS
 * and layout, each view's drawing) are timed for the stall log ({@link FrameParts}). FX thread only.
 */
public final class FrameScheduler {
    /** The most a frame spends drawing before the views left over wait for the next. */
    public static final long DRAW_BUDGET_NANOS = 25_000_000L;
    /** Below this an update drew nothing (no new data, or not on screen), so it says nothing about the view's cost. */
    private static final long DREW_NANOS = 500_000L;
    private static final int PART_MOUNT = 0;
    private static final int PART_PULL = 1;
    private static final int PART_LAYOUT = 2;
    private static final int PART_FIRST_VIEW = 3;

    private final long[] intervals;
    private final DrawCadence cadence;
    /** Each view's last drawing time; a view not drawn yet counts as a whole budget (cold code draws slowly). */
    private final long[] drawCost;
    private int drawCursor;
    /**
     * Parts of this frame and the last: mount, pull, the scene's CSS and layout passes (in every pulse since the
     * frame began, so also work not ours: a card's first styling, a tab shown, a status change), then each view's
     * drawing.
     */
    private final FrameParts parts;

    /** @param names the views' names in the stall log; {@code intervalNanos} their least time between drawings */
    public FrameScheduler(List<String> names, long[] intervalNanos) {
        if (names.size() != intervalNanos.length)
            throw new IllegalArgumentException(names.size() + " views but " + intervalNanos.length + " intervals");
        intervals = intervalNanos.clone();
        cadence = new DrawCadence(intervals);
        drawCost = new long[intervals.length];
        Arrays.fill(drawCost, DRAW_BUDGET_NANOS);
        parts = new FrameParts(Stream.concat(Stream.of("mount", "pull", "css+layout"), names.stream()).toArray(String[]::new));
    }

    /** Every view is due at once (a new source). */
    public void reset() {
        cadence.reset();
    }

    /** Whether view i follows every frame (a view of the current sample). */
    public boolean everyFrame(int i) {
        return intervals[i] == DrawCadence.EVERY_FRAME;
    }

    /** A new frame begins (its pulse time). */
    public void beginFrame(long frameNanos) {
        parts.begin(frameNanos);
    }

    public void mountTook(long nanos) {
        parts.set(PART_MOUNT, nanos);
    }

    public void pullTook(long nanos) {
        parts.set(PART_PULL, nanos);
    }

    /** A CSS and layout pass of the scene; there may be several in one frame. */
    public void layoutTook(long nanos) {
        parts.add(PART_LAYOUT, nanos);
    }

    /** Draws the views on screen that are due, within the budget; {@code draw} draws view i. */
    public void draw(long nowNanos, IntPredicate onScreen, IntConsumer draw) {
        long start = System.nanoTime();
        int n = intervals.length;
        cadence.beginFrame(nowNanos, onScreen);
        for (int k = 0; k < n; k++) {
            int i = (drawCursor + k) % n;
            long t0 = System.nanoTime();
            // a view that would not fit waits for the next frame, where it goes first
            if (k > 0 && t0 - start + drawCost[i] > DRAW_BUDGET_NANOS) {
                drawCursor = i;
                return;
            }
            boolean drew = onScreen.test(i) && cadence.due(i);
            if (drew) {
                draw.accept(i);
                cadence.drawn(i, nowNanos);
            }
            // a view not drawn took nothing; timing its skipped turn would show the clock's noise as its cost
            long spent = drew ? System.nanoTime() - t0 : 0;
            parts.set(PART_FIRST_VIEW + i, spent);
            if (spent > DREW_NANOS) drawCost[i] = spent;
        }
    }

    /** The mean FX-thread time of each part of a frame so far. */
    public String meanPerFrame() {
        return parts.meanPerFrame();
    }

    /** The parts of the frame before the one at {@code frameNanos}, for the stall log. */
    public String before(long frameNanos) {
        return parts.before(frameNanos);
    }
}
