package io.spikeworks.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FrameTimeMonitorTest {
    @Test
    void countsGapsOverFiftyMillis() {
        FrameTimeMonitor m = new FrameTimeMonitor();
        long t = 1_000_000_000L;
        m.onPulse(t);
        for (int i = 0; i < 10; i++) m.onPulse(t += 16_666_667L);
        assertEquals(0, m.getLongFrames());
        m.onPulse(t += 120_000_000L);
        m.onPulse(t += 16_000_000L);
        m.onPulse(t += 51_000_000L);
        assertEquals(2, m.getLongFrames());
        assertEquals(120, m.worstMillisProperty().get(), 1e-6);
        assertEquals(2, m.recent().size());
        assertEquals(51, m.recent().get(1).millis(), 1e-6);
        for (int i = 0; i < 40; i++) m.onPulse(t += 60_000_000L);
        assertEquals(FrameTimeMonitor.RING, m.recent().size(), "ring keeps the latest");
        m.reset();
        assertEquals(0, m.getLongFrames());
        assertTrue(m.recent().isEmpty());
    }
}
