package io.spikeworks.session;

import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.spikeworks.session.TinySessions.BATCHES_PER_EPOCH;
import static io.spikeworks.session.TinySessions.WAIT;
import static io.spikeworks.session.TinySessions.get;
import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command state machine: start, pause, single steps, resume, stop, finish. */
class TrainingSessionTest {
    @TempDir
    Path tmp;

    /** Weights after n batches of a plain, single-threaded run of the same project. */
    static float[][] weightsOfPlainRun(Project p, long batches) {
        TrainingRun run = new TrainingRun(p, TinySessions.train(), TinySessions.test());
        for (long i = 0; i < batches; i++) run.step(new TrainingListener() {});
        return run.trainer().network().params().stream().map(x -> x.value.clone()).toArray(float[][]::new);
    }

    static float[][] weightsOf(Checkpoint c) {
        return c.params().values().toArray(float[][]::new);
    }

    @Test
    void anEmptyTrainingSetIsRefusedByNameBeforeAnythingRuns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TrainingRun(
                TinySessions.project(1, 0.01), TinySessions.images("tiny/none", 0, 1), TinySessions.test()));
        assertEquals("tiny/none has no samples, so there is nothing to train on", e.getMessage());
    }

    @Test
    void startPauseStepResumeStop() throws Exception {
        Project p = TinySessions.project(10_000, 1e-2); // never finishes within the test
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            assertEquals(SessionState.IDLE, s.state());
            assertTrue(s.start());
            assertFalse(s.start(), "already running");
            assertFalse(s.stepBatch(), "no single steps while running");
            rec.await(st -> st.state() == SessionState.RUNNING, "running");

            assertTrue(s.pause());
            SessionStatus paused = rec.await(st -> st.state() == SessionState.PAUSED, "paused");
            long iteration = paused.iteration();
            assertTrue(iteration >= 1);
            assertEquals(iteration, s.telemetry().metrics().count(), "one metrics entry per batch");

            rec.clear();
            assertTrue(s.stepBatch());
            SessionStatus stepped = rec.await(st -> st.state() == SessionState.PAUSED, "paused after a step");
            assertEquals(iteration + 1, stepped.iteration(), "exactly one batch");
            assertEquals(iteration + 1, s.telemetry().metrics().count());
            assertTrue(rec.seen().stream().anyMatch(st -> st.state() == SessionState.STEPPING));
            BatchMetrics last = s.telemetry().metrics().latest();
            assertEquals(iteration + 1, last.iteration());
            assertEquals(iteration, last.index());

            rec.clear();
            assertTrue(s.resume());
            rec.await(st -> st.state() == SessionState.RUNNING, "running again");
            assertTrue(s.stop());
            assertFalse(s.stop(), "stop once");
            assertTrue(s.awaitTermination(WAIT), "the worker ends");
            assertEquals(SessionState.STOPPED, s.state());
            assertFalse(s.start(), "a stopped session stays stopped");
            assertFalse(s.stepBatch());
        }
    }

    @Test
    void aRequestedPauseLandsOnThatBatchExactlyAndThenRunGoesOn() throws Exception {
        Project p = TinySessions.project(10_000, 1e-2); // never finishes within the test
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            s.pauseAtBatch(3); // asked before the run starts, as a lesson step does
            assertTrue(s.start());
            SessionStatus paused = rec.await(st -> st.state() == SessionState.PAUSED, "paused by the request");
            assertEquals(3, paused.iteration(), "not one batch more or less");
            assertEquals(3, s.telemetry().metrics().count());
            assertEquals(-1, s.pauseAtBatchRequested(), "the request is used up");

            // while running: a count across an epoch's end (8 batches per epoch) is honoured too
            rec.clear();
            s.pauseAtBatch(BATCHES_PER_EPOCH + 2);
            assertTrue(s.resume());
            paused = rec.await(st -> st.state() == SessionState.PAUSED, "paused again");
            assertEquals(BATCHES_PER_EPOCH + 2, paused.iteration());

            // single steps stop at it as well; a count already reached pauses before the next batch
            rec.clear();
            s.pauseAtBatch(BATCHES_PER_EPOCH + 3);
            // the two further steps are queued while the first batch trains: listeners hear STEPPING on the worker,
            // before that batch, so the count cannot be reached before they are in
            AtomicBoolean queued = new AtomicBoolean();
            SessionListener queueTwoMore = st -> {
                if (st.state() == SessionState.STEPPING && queued.compareAndSet(false, true)) {
                    assertTrue(s.stepBatch());
                    assertTrue(s.stepBatch());
                }
            };
            s.addListener(queueTwoMore);
            assertTrue(s.stepBatch());
            paused = rec.await(st -> st.state() == SessionState.PAUSED && st.iteration() > BATCHES_PER_EPOCH + 2, "stepped");
            assertEquals(BATCHES_PER_EPOCH + 3, paused.iteration(), "the queued steps past the count are dropped");
            s.removeListener(queueTwoMore);
            assertTrue(queued.get());

            // cancelled: a step is trained again (the request would have dropped it)
            s.pauseAtBatch(BATCHES_PER_EPOCH + 3);
            s.pauseAtBatch(-1);
            stepBatches(s, rec, 1);
            assertEquals(BATCHES_PER_EPOCH + 4, s.status().iteration());
        }
    }

    @Test
    void stopLeavesWholeBatchesAndWritesRunFiles() throws Exception {
        Project p = TinySessions.project(10_000, 1e-2);
        Path out = tmp.resolve("run");
        TrainingSession s = TinySessions.open(p, SessionOptions.defaults().withOutputDir(out));
        StatusRecorder rec = StatusRecorder.on(s);
        s.start();
        rec.await(st -> st.state() == SessionState.RUNNING, "running");
        assertEquals(TrainingSession.THREAD_NAME, s.worker().getName());
        assertTrue(s.worker().isDaemon());
        s.stop();
        assertTrue(s.awaitTermination(WAIT));
        assertFalse(s.worker().isAlive(), "the training thread has ended");
        SessionStatus end = s.status();
        assertEquals(SessionState.STOPPED, end.state());
        assertNull(end.problem());

        // after stop, engine work runs on the caller: the weights are those of exactly `iteration` whole batches
        Checkpoint c = get(s.checkpoint());
        long n = c.iteration();
        assertEquals(n, end.iteration());
        assertEquals(n, s.telemetry().metrics().count());
        assertEquals(n % BATCHES_PER_EPOCH, c.position().nextBatch());
        assertEquals(n / BATCHES_PER_EPOCH, c.position().rows().size());
        float[][] expected = weightsOfPlainRun(p, n);
        float[][] actual = weightsOf(c);
        for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], actual[i], "param " + i);
        if (n >= 1) assertTrue(Files.exists(out.resolve("summary.json")), "summary.json written at stop");
    }

    @Test
    void runsToTheEndAndFinishes() throws Exception {
        Path out = tmp.resolve("done");
        TrainingSession s = TinySessions.open(TinySessions.project(), SessionOptions.defaults().withOutputDir(out));
        StatusRecorder rec = StatusRecorder.on(s);
        assertTrue(s.start());
        rec.await(st -> st.state() == SessionState.FINISHED, "finished");
        assertTrue(s.awaitTermination(WAIT));
        assertEquals(2L * BATCHES_PER_EPOCH, s.status().iteration());
        List<EvaluationRow> rows = s.telemetry().evaluations();
        assertEquals(2, rows.size());
        assertTrue(rows.get(1).testAccuracy() > 0.25, "above chance: " + rows.get(1));
        List<String> csv = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals(3, csv.size());
        assertFalse(s.pause());
        assertFalse(s.resume());
        // the last raster is the last training batch, not the evaluation that followed it
        RasterFrame f = new RasterFrame();
        assertTrue(s.telemetry().readRaster(f));
        assertEquals(2L * BATCHES_PER_EPOCH, f.iteration());
        assertEquals(BATCHES_PER_EPOCH, f.batch());
    }

    @Test
    void stopBeforeStartNeedsNoWorker() throws Exception {
        TrainingSession s = TinySessions.open(TinySessions.project());
        assertTrue(s.stop());
        assertEquals(SessionState.STOPPED, s.state());
        assertTrue(s.awaitTermination(WAIT));
        assertFalse(s.start());
    }

    @Test
    void pauseAndStopAreHonouredWhileWaitingForTheGovernor() throws Exception {
        try (TrainingSession s = TinySessions.open(TinySessions.project(10_000, 1e-2))) {
            StatusRecorder rec = StatusRecorder.on(s);
            s.setSpeed(Speed.batchesPerSecond(0.001)); // one batch, then a wait of 1000 s
            s.start();
            rec.await(st -> st.state() == SessionState.RUNNING, "running");
            assertTrue(s.pause());
            assertTrue(s.awaitState(WAIT, SessionState.PAUSED));
            SessionStatus paused = s.status();
            assertEquals(1, paused.iteration());
            assertEquals(Speed.batchesPerSecond(0.001), paused.speed());
            s.stop();
            assertTrue(s.awaitTermination(WAIT));
        }
    }

    @Test
    void anUnexpectedErrorFailsTheSessionAndEndsTheWorker() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        SessionClock breaking = new SessionClock() {
            @Override
            public long nanoTime() {
                if (calls.incrementAndGet() > 20) throw new IllegalStateException("clock broke");
                return calls.get();
            }

            @Override
            public void awaitNanos(java.util.concurrent.locks.Condition c, long nanos) {
            }
        };
        TrainingSession s = TinySessions.open(TinySessions.project(10_000, 1e-2), SessionOptions.defaults().withClock(breaking));
        StatusRecorder rec = StatusRecorder.on(s);
        s.start();
        SessionStatus failed = rec.await(st -> st.state() == SessionState.FAILED, "failed");
        assertEquals(SessionProblem.Kind.ERROR, failed.problem().kind());
        assertTrue(failed.problem().message().contains("clock broke"), failed.problem().message());
        assertTrue(s.awaitTermination(WAIT));
        assertFalse(s.start());
        assertTrue(get(s.checkpoint()).iteration() >= 1, "still readable after failing");
    }

    @Test
    void anUnwritableOutputFolderIsReportedWhileTrainingGoesOn() throws Exception {
        Path blocker = tmp.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        TrainingSession s = TinySessions.open(TinySessions.project(), SessionOptions.defaults().withOutputDir(blocker));
        StatusRecorder rec = StatusRecorder.on(s);
        s.start();
        SessionStatus st = rec.await(x -> x.state() == SessionState.FINISHED, "finished");
        assertEquals(SessionProblem.Kind.OUTPUT, st.problem().kind());
        assertTrue(st.problem().message().contains("not-a-folder"), st.problem().message());
        assertEquals(2L * BATCHES_PER_EPOCH, st.iteration());
    }

    @Test
    void runningOutOfMemoryFailsTheSessionWithAPlainMessageAndKeepsWhatWasLearned() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        SessionClock exhausted = new SessionClock() {
            @Override
            public long nanoTime() {
                // past the first epoch's evaluation, as when a long run's next allocation finds the heap full
                if (calls.incrementAndGet() > 6 * BATCHES_PER_EPOCH) throw new OutOfMemoryError("Java heap space");
                return calls.get();
            }

            @Override
            public void awaitNanos(java.util.concurrent.locks.Condition c, long nanos) {
            }
        };
        Path out = tmp.resolve("oom-run");
        TrainingSession s = TinySessions.open(TinySessions.project(10_000, 1e-2),
                SessionOptions.defaults().withClock(exhausted).withOutputDir(out));
        StatusRecorder rec = StatusRecorder.on(s);
        s.start();
        SessionStatus failed = rec.await(st -> st.state() == SessionState.FAILED, "failed");
        String message = failed.problem().message();
        assertTrue(message.startsWith("training failed: out of memory: the run needed more than the "), message);
        assertFalse(message.contains("OutOfMemoryError") || message.contains("java."), message);
        assertTrue(s.awaitTermination(WAIT));
        assertTrue(get(s.checkpoint()).iteration() >= 1, "the trained weights are still there");
        assertTrue(Files.exists(out.resolve("summary.json")), "the run files of what was trained are written");
    }
}
