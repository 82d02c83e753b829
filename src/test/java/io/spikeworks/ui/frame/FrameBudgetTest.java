package io.spikeworks.ui.frame;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FrameBudgetTest {
    private static final long MS = 1_000_000L;

    /** Ticks at 15 per second for {@code seconds}; each drawn frame costs the UI threads {@code costMs} of CPU. */
    private static double drawnPerSecond(FrameBudget b, double costMs, int seconds) {
        long cpu = 0;
        long drawn = 0;
        long ticks = 15L * seconds;
        for (long i = 0; i < ticks; i++) {
            long now = i * 1_000_000_000L / 15;
            if (b.mayDraw(now, cpu)) {
                drawn++;
                cpu += (long) (costMs * MS);
            }
        }
        return drawn / (double) seconds;
    }

    @Test
    void cheapFramesKeepTheChosenRate() {
        // 4 % of 2 cores is 80 ms of UI CPU a second; 15 frames of 3 ms use 45
        assertEquals(15.0, drawnPerSecond(new FrameBudget(0.04, 2), 3, 60), 1e-9);
    }

    @Test
    void dearFramesComeAsOftenAsTheShareAllows() {
        // 20 ms frames within 80 ms a second: 4 a second once the first second's allowance is spent
        double rate = drawnPerSecond(new FrameBudget(0.04, 2), 20, 120);
        assertEquals(4.0, rate, 0.1);
        // the same frames on 4 cores may cost twice as much CPU time
        assertEquals(8.0, drawnPerSecond(new FrameBudget(0.04, 4), 20, 120), 0.1);
    }

    @Test
    void cpuUsedBetweenFramesCountsToo() {
        FrameBudget b = new FrameBudget(0.05, 2); // 100 ms a second, up to 100 ms saved
        assertTrue(b.mayDraw(0, 0));
        // a window resize took 150 ms of the UI threads: 40 ms in debt at 100 ms, repaid at 100 ms a second
        assertFalse(b.mayDraw(100 * MS, 150 * MS));
        assertFalse(b.mayDraw(400 * MS, 150 * MS));
        assertTrue(b.mayDraw(600 * MS, 150 * MS));
    }

    @Test
    void aLongBusySpellHoldsFramesBackForAtMostASecond() {
        FrameBudget b = new FrameBudget(0.05, 2); // 100 ms a second
        assertTrue(b.mayDraw(0, 0));
        // a dialog kept the FX thread busy for 3 s between two ticks: the debt stops at 100 ms, repaid in a second
        assertFalse(b.mayDraw(66 * MS, 3_000 * MS));
        assertFalse(b.mayDraw(900 * MS, 3_000 * MS));
        assertTrue(b.mayDraw(1_100 * MS, 3_000 * MS));
    }

    @Test
    void whenTheBudgetDidNotApplyForAWhileItStartsAfresh() {
        FrameBudget b = new FrameBudget(0.05, 2);
        assertTrue(b.mayDraw(0, 0));
        assertFalse(b.mayDraw(66 * MS, 160 * MS)); // 60 ms in debt
        // paused for a minute, while the UI threads did 5 s of work; training resumes: frames at once
        assertTrue(b.mayDraw(60_000 * MS, 5_160 * MS));
    }

    @Test
    void idleTimeSavesAtMostOneSecondsAllowance() {
        FrameBudget b = new FrameBudget(0.05, 2);
        assertTrue(b.mayDraw(0, 0));
        // idle ticks for 1.5 s, then 150 ms of frames: the saving was capped at 100 ms, so 50 ms in debt
        for (int t = 100; t <= 1_500; t += 100) assertTrue(b.mayDraw(t * MS, 0));
        assertFalse(b.mayDraw(1_501 * MS, 150 * MS));
    }

    @Test
    void uiWorkAboveTheShareThatIsNotDrawingStillLetsOneFrameASecondThrough() {
        // 80 ms a second; an animated progress bar and the event loop use 160 ms a second whether frames come or not,
        // and each frame adds 20 ms: the views must still be drawn, once a second, not never
        FrameBudget b = new FrameBudget(0.04, 2);
        long cpu = 0;
        int drawn = 0;
        int drawnInLastTenSeconds = 0;
        for (int i = 0; i <= 15 * 60; i++) {
            long now = i * 1_000_000_000L / 15;
            cpu = i * 160L * MS / 15 + drawn * 20L * MS;
            if (b.mayDraw(now, cpu)) {
                drawn++;
                if (i > 15 * 50) drawnInLastTenSeconds++;
            }
        }
        assertEquals(10, drawnInLastTenSeconds, 1);
    }

    @Test
    void noShareOrNoCpuClockAllowsEveryFrame() {
        assertEquals(15.0, drawnPerSecond(new FrameBudget(0, 2), 500, 10), 1e-9);
        FrameBudget b = new FrameBudget(0.04, 2);
        for (int i = 0; i < 100; i++) assertTrue(b.mayDraw(i * MS, -1));
        assertThrows(IllegalArgumentException.class, () -> new FrameBudget(1.5, 2));
        assertThrows(IllegalArgumentException.class, () -> new FrameBudget(0.1, 0));
    }
}
