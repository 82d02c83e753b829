package io.spikeworks.ui;

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
            if (c.due(0, now)) { sample++; c.drawn(0, now); }
            if (c.due(1, now)) { series++; c.drawn(1, now); }
        }
        assertEquals(150, sample);
        // every fourth frame (4 × 66.7 ms ≥ 250 ms): 38 in 150 frames
        assertEquals(38, series);
    }

    @Test
    void theFirstFrameAndAResetDrawAtOnce() {
        DrawCadence c = new DrawCadence(DrawCadence.SERIES_NANOS);
        assertTrue(c.due(0, Long.MIN_VALUE + 1), "never drawn: due whatever the clock says");
        c.drawn(0, 1_000_000_000L);
        assertFalse(c.due(0, 1_100_000_000L));
        assertTrue(c.due(0, 1_250_000_000L));
        c.reset();
        assertTrue(c.due(0, 1_000_000_001L), "a new source draws at once");
    }
}
