package io.spikeworks.session;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;

import static io.spikeworks.session.TinySessions.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The speed governor, on a clock that only moves when the worker waits: no real time passes. */
class SpeedGovernorTest {
    /** Time stands still while training; waiting advances it by exactly the time asked for. */
    static final class FakeClock implements SessionClock {
        final AtomicLong now = new AtomicLong(1_000_000_000L);
        final CountDownLatch waits;

        FakeClock(int waitsToCount) {
            waits = new CountDownLatch(waitsToCount);
        }

        @Override
        public long nanoTime() {
            return now.get();
        }

        @Override
        public void awaitNanos(Condition condition, long nanos) {
            now.addAndGet(nanos);
            waits.countDown();
        }
    }

    @Test
    void governorSpacesBatchStartsByOnePeriodWithoutCatchingUp() {
        BatchGovernor g = new BatchGovernor();
        assertEquals(0, g.waitNanos(0), "full speed never waits");
        g.setSpeed(Speed.batchesPerSecond(4));
        assertEquals(0, g.waitNanos(5), "the first batch starts at once");
        g.batchStarted(1_000);
        assertEquals(250_000_000L, g.waitNanos(1_000));
        assertEquals(150_000_000L, g.waitNanos(100_001_000L));
        // a batch slower than the period: the next may start at once, but no burst follows
        g.batchStarted(2_000_000_000L);
        assertEquals(0, g.waitNanos(3_000_000_000L));
        g.batchStarted(3_000_000_000L);
        assertEquals(250_000_000L, g.waitNanos(3_000_000_000L));
        g.setSpeed(Speed.FULL);
        assertEquals(0, g.waitNanos(3_000_000_000L));
    }

    @Test
    void aSessionAtFourBatchesPerSecondNeverStartsMoreThanFourInASecond() throws Exception {
        FakeClock clock = new FakeClock(12);
        try (TrainingSession s = TinySessions.open(TinySessions.project(10_000, 1e-2),
                SessionOptions.defaults().withClock(clock))) {
            s.setSpeed(Speed.batchesPerSecond(4));
            s.start();
            assertTrue(clock.waits.await(WAIT.toSeconds(), TimeUnit.SECONDS));
            s.stop();
            assertTrue(s.awaitTermination(WAIT));
            List<BatchMetrics> m = s.telemetry().metrics().since(0);
            assertTrue(m.size() >= 12, "batches: " + m.size());
            for (int i = 1; i < m.size(); i++)
                assertTrue(m.get(i).clockNanos() - m.get(i - 1).clockNanos() >= 250_000_000L, "gap before batch " + i);
            for (int i = 0; i + 4 < m.size(); i++)
                assertTrue(m.get(i + 4).clockNanos() - m.get(i).clockNanos() >= 1_000_000_000L,
                        "five batch starts within a second from batch " + i);
            // and the governor holds it no lower than asked: each gap is exactly one period on this clock
            assertEquals(250_000_000L, m.get(5).clockNanos() - m.get(4).clockNanos());
        }
    }

    @Test
    void speedIsReportedInTheStatus() {
        try (TrainingSession s = TinySessions.open(TinySessions.project())) {
            StatusRecorder rec = StatusRecorder.on(s);
            s.setSpeed(Speed.batchesPerSecond(2));
            assertEquals(Speed.batchesPerSecond(2), s.status().speed());
            assertEquals(1, rec.seen().size());
            assertTrue(Speed.FULL.unlimited());
        }
    }
}
