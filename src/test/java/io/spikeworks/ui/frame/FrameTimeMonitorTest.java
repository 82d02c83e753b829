package io.spikeworks.ui.frame;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FrameTimeMonitorTest {
    @Test
    void countsFramesThatWaitedOverFiftyMillisForTheFxThread() {
        FrameTimeMonitor m = new FrameTimeMonitor();
        long t = 1_000_000_000L;
        for (int i = 0; i < 10; i++) m.onFrame(t += 66_666_667L, 2_000_000L); // 15 frames/s: gaps are not stalls
        assertEquals(0, m.getLongFrames());
        m.onFrame(t += 120_000_000L, 120_000_000L);
        m.onFrame(t += 66_000_000L, 50_000_000L);
        m.onFrame(t += 66_000_000L, 51_000_000L);
        assertEquals(2, m.getLongFrames());
        assertEquals(120, m.worstMillisProperty().get(), 1e-6);
        assertEquals(2, m.recent().size());
        assertEquals(51, m.recent().get(1).millis(), 1e-6);
        for (int i = 0; i < 40; i++) m.onFrame(t += 60_000_000L, 60_000_000L);
        assertEquals(FrameTimeMonitor.RING, m.recent().size(), "ring keeps the latest");
        m.reset();
        assertEquals(0, m.getLongFrames());
        assertTrue(m.recent().isEmpty());
    }

    @Test
    void theStallLogSaysWhereTheLastFrameSpentItsTime() {
        FrameTimeMonitor m = new FrameTimeMonitor();
        m.setLastFrameDetail(now -> "pull 4 ms, output 61 ms");
        java.util.List<String> logged = new java.util.ArrayList<>();
        java.util.logging.Handler h = new java.util.logging.Handler() {
            @Override public void publish(java.util.logging.LogRecord r) { logged.add(r.getMessage()); }
            @Override public void flush() {}
            @Override public void close() {}
        };
        FrameTimeMonitor.LOG.addHandler(h);
        try {
            m.onFrame(5_000_000_000L, 65_000_000L);
        } finally {
            FrameTimeMonitor.LOG.removeHandler(h);
        }
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).contains("busy for 65 ms") && logged.get(0).contains("last frame: pull 4 ms, output 61 ms"),
                logged.get(0));
    }
}
