package io.spikeworks.ui.frame;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The frame's drawing order and cadence as the dashboard uses them; timing-free cases (one view per scheduler). */
class FrameSchedulerTest {
    private static final long MS = 1_000_000L;

    @Test
    void aViewOfTheSampleDrawsEveryFrameItIsOnScreenAndASeriesOnlyOnceItsIntervalPassed() {
        List<Long> sample = new ArrayList<>();
        FrameScheduler everyFrame = new FrameScheduler(List.of("raster"), new long[]{DrawCadence.EVERY_FRAME});
        List<Long> series = new ArrayList<>();
        FrameScheduler curves = new FrameScheduler(List.of("curves"), new long[]{DrawCadence.SERIES_NANOS});
        assertTrue(everyFrame.everyFrame(0));
        assertFalse(curves.everyFrame(0));
        for (long t = 0; t <= 600 * MS; t += 100 * MS) {
            long now = t;
            everyFrame.draw(now, i -> true, i -> sample.add(now));
            curves.draw(now, i -> true, i -> series.add(now));
        }
        assertEquals(7, sample.size());
        assertEquals(List.of(0L, 300 * MS, 600 * MS), series, "drawn, then not before 250 ms had passed");
        curves.reset();
        curves.draw(650 * MS, i -> true, i -> series.add(650 * MS));
        assertEquals(650 * MS, series.get(series.size() - 1), "a new source: due at once");
    }

    @Test
    void aViewOffScreenIsNotDrawnAndItsPartsNameIt() {
        FrameScheduler s = new FrameScheduler(List.of("weights"), new long[]{DrawCadence.EVERY_FRAME});
        List<Integer> drawn = new ArrayList<>();
        s.beginFrame(1);
        s.mountTook(70 * MS);
        // the off-screen check itself takes a while (a busy wait, so the clock cannot miss it): a view not drawn must
        // not be charged for it, else the clock's noise shows up as the view's cost
        s.draw(1, i -> {
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 2 * MS) Thread.onSpinWait();
            return false;
        }, drawn::add);
        assertEquals(List.of(), drawn);
        assertEquals("mount 70 ms", s.before(2));
        s.beginFrame(2);
        s.layoutTook(40 * MS);
        s.layoutTook(20 * MS);
        assertEquals("css+layout 60 ms", s.before(3));
        assertEquals("over 2 frames, per frame: mount 35.00 ms, css+layout 30.00 ms", s.meanPerFrame());
    }

    @Test
    void namesAndIntervalsMustPair() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FrameScheduler(List.of("a", "b"), new long[]{0}));
        assertEquals("2 views but 1 intervals", e.getMessage());
    }
}
