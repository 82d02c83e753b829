package io.spikeworks.ui.frame;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class DrawCadenceTest {
    private static final long FRAME = 66_666_667L; // 15 frames/s

    @Test
    void aSeriesViewDrawsFourTimesASecondWhileASampleViewDrawsEveryFrame() {
        DrawCadence c = new DrawCadence(DrawCadence.EVERY_FRAME, DrawCadence.SERIES_NANOS);
        int sample = 0, series = 0;
        long start = 5_000_000_000L;
        for (int f = 0; f < 150; f++) { // ten seconds of frames
            long now = start + f * FRAME;
            c.beginFrame(now, i -> true);
            if (c.due(0)) { sample++; c.drawn(0, now); }
            if (c.due(1)) { series++; c.drawn(1, now); }
        }
        assertEquals(150, sample);
        // every fourth frame (4 × 66.7 ms ≥ 250 ms): 38 in 150 frames
        assertEquals(38, series);
    }

    @Test
    void theFirstFrameAndAResetDrawAtOnce() {
        DrawCadence c = new DrawCadence(DrawCadence.SERIES_NANOS);
        c.beginFrame(Long.MIN_VALUE + 1, i -> true);
        assertTrue(c.due(0), "never drawn: due whatever the clock says");
        c.drawn(0, 1_000_000_000L);
        c.beginFrame(1_100_000_000L, i -> true);
        assertFalse(c.due(0));
        c.beginFrame(1_250_000_000L, i -> true);
        assertTrue(c.due(0));
        c.drawn(0, 1_250_000_000L);
        c.reset();
        c.beginFrame(1_250_000_001L, i -> true);
        assertTrue(c.due(0), "a new source draws at once");
    }

    @Test
    void onlyOneOccasionalViewDrawsPerFrameTheOneThatWaitedLongest() {
        // a sample view and three occasional ones (curves, cost meters at 4/s; weights at 2/s) at 4 frames/s
        DrawCadence c = new DrawCadence(DrawCadence.EVERY_FRAME, DrawCadence.SERIES_NANOS, DrawCadence.SERIES_NANOS,
                DrawCadence.WEIGHTS_NANOS);
        int[] drawn = new int[4];
        long frame = 250_000_000L;
        for (int f = 0; f < 40; f++) { // ten seconds
            long now = 1_000_000_000L + f * frame;
            c.beginFrame(now, i -> true);
            int occasional = 0;
            for (int i = 0; i < 4; i++) {
                if (!c.due(i)) continue;
                drawn[i]++;
                c.drawn(i, now);
                if (i > 0) occasional++;
            }
            assertEquals(1, occasional, "frame " + f + ": exactly one occasional view");
        }
        assertEquals(40, drawn[0]);
        // the three share the frames in turn: none is starved
        assertTrue(drawn[1] >= 13 && drawn[2] >= 13 && drawn[3] >= 13, java.util.Arrays.toString(drawn));
    }

    @Test
    void aViewNotOnScreenDoesNotTakeTheTurn() {
        DrawCadence c = new DrawCadence(DrawCadence.SERIES_NANOS, DrawCadence.SERIES_NANOS);
        c.beginFrame(1_000_000_000L, i -> i == 1); // view 0 is scrolled out of view
        assertFalse(c.due(0));
        assertTrue(c.due(1));
    }
}
