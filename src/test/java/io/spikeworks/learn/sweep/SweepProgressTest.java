package io.spikeworks.learn.sweep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepProgressTest {
    @Test
    void countsAndEtaFromTheRunsFinishedInThisSession() {
        SweepProgress p = new SweepProgress(10, 2, 2);
        assertEquals("sweep: 2/10 done, 0 running, ETA --:--", p.line(), "no estimate before a run of this session ends");
        p.started();
        p.started();
        p.finished(SweepStatus.OK, 30);
        p.started();
        p.finished(SweepStatus.FAILED, 10);
        // 2 finished here in 40 s: 20 s each; 6 left on 2 slots: 60 s
        assertEquals(60, p.secondsLeft(), 1e-9);
        assertEquals("sweep: 4/10 done (1 failed), 1 running, ETA 01:00", p.line());
        p.finished(SweepStatus.DIVERGED, 20);
        assertEquals("sweep: 5/10 done (1 failed, 1 diverged), 0 running, ETA 00:50", p.line());
        for (int i = 0; i < 5; i++) p.finished(SweepStatus.OK, 1);
        assertEquals(0, p.secondsLeft());
        assertEquals(10, p.done());
        assertTrue(SweepProgress.clock(3725).equals("1:02:05"));
    }
}
