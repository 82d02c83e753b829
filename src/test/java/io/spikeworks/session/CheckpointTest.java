package io.spikeworks.session;

import io.spikeworks.learn.RunPosition;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static io.spikeworks.session.TinySessions.BATCHES_PER_EPOCH;
import static io.spikeworks.session.TinySessions.get;
import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checkpoints: restoring and training on gives bit for bit what training straight through gives. */
class CheckpointTest {
    @TempDir
    Path tmp;

    static void assertBitEqual(Map<String, float[]> a, Map<String, float[]> b) {
        assertEquals(List.copyOf(a.keySet()), List.copyOf(b.keySet()));
        for (String k : a.keySet()) {
            float[] x = a.get(k);
            float[] y = b.get(k);
            assertEquals(x.length, y.length, k);
            for (int i = 0; i < x.length; i++)
                assertEquals(Float.floatToRawIntBits(x[i]), Float.floatToRawIntBits(y[i]), k + "[" + i + "]");
        }
    }

    static void assertSameOptimizerState(Map<String, float[][]> a, Map<String, float[][]> b) {
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) {
            assertEquals(a.get(k).length, b.get(k).length, k);
            for (int i = 0; i < a.get(k).length; i++) assertArrayEquals(a.get(k)[i], b.get(k)[i], k + "[" + i + "]");
        }
    }

    /** Equal apart from timings, which no two runs share. */
    static void assertSamePosition(RunPosition a, RunPosition b) {
        assertEquals(a.epoch(), b.epoch());
        assertEquals(a.nextBatch(), b.nextBatch());
        assertEquals(a.iteration(), b.iteration());
        assertEquals(a.samplesSeen(), b.samplesSeen());
        assertEquals(a.epochLoss(), b.epochLoss());
        assertEquals(a.epochCorrect(), b.epochCorrect());
        assertEquals(a.epochSamples(), b.epochSamples());
        assertEquals(a.rows().size(), b.rows().size());
        for (int i = 0; i < a.rows().size(); i++) {
            EvaluationRow x = a.rows().get(i);
            EvaluationRow y = b.rows().get(i);
            assertEquals(x.trainLoss(), y.trainLoss());
            assertEquals(x.testLoss(), y.testLoss());
            assertEquals(x.testAccuracy(), y.testAccuracy());
            assertEquals(x.learningRate(), y.learningRate());
        }
    }

    @Test
    void restoringAndTrainingOnIsBitExact() throws Exception {
        Project p = TinySessions.project(4, 1e-2);
        int k = 6;
        int m = 5; // crosses the end of epoch 1 (8 batches) and its evaluation
        Checkpoint afterK;
        Checkpoint a;
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            stepBatches(s, rec, k);
            afterK = get(s.checkpoint());
            stepBatches(s, rec, m);
            a = get(s.checkpoint());
        }
        Path file = tmp.resolve("ckpt/after-6" + CheckpointFiles.EXTENSION);
        CheckpointFiles.write(file, afterK);
        Checkpoint loaded = CheckpointFiles.read(file);
        assertBitEqual(afterK.params(), loaded.params());
        assertSameOptimizerState(afterK.optimizerState(), loaded.optimizerState());
        assertEquals(afterK.projectJson(), loaded.projectJson());
        assertEquals(afterK.position(), loaded.position());
        assertEquals(afterK.counters().synapticOps, loaded.counters().synapticOps);

        Checkpoint b;
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            get(s.restore(loaded));
            assertEquals(k, s.status().iteration());
            stepBatches(s, rec, m);
            b = get(s.checkpoint());
            assertEquals(1, s.telemetry().evaluations().size(), "epoch 1 evaluated after the restore");
        }
        assertEquals(k + m, b.iteration());
        assertBitEqual(a.params(), b.params());
        assertSameOptimizerState(a.optimizerState(), b.optimizerState());
        assertSamePosition(a.position(), b.position());
        assertEquals(a.counters().synapticOps, b.counters().synapticOps, "the counters carry on too");
        assertEquals((k + m) % BATCHES_PER_EPOCH, b.position().nextBatch());
    }

    @Test
    void aSessionOpensFromACheckpointFileAndFinishesTheRun() throws Exception {
        Project p = TinySessions.project(2, 1e-2);
        Path file = tmp.resolve("mid" + CheckpointFiles.EXTENSION);
        Checkpoint straight;
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            stepBatches(s, rec, 3);
            get(s.saveCheckpoint(file));
            s.start();
            rec.await(st -> st.state() == SessionState.FINISHED, "finished");
            straight = get(s.checkpoint());
        }
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            get(s.restore(CheckpointFiles.read(file)));
            s.start();
            rec.await(st -> st.state() == SessionState.FINISHED, "finished");
            Checkpoint resumed = get(s.checkpoint());
            assertBitEqual(straight.params(), resumed.params());
            assertEquals(2, resumed.position().rows().size());
        }
    }

    @Test
    void aCheckpointOfAnotherNetworkIsRefused() throws Exception {
        Checkpoint other;
        try (TrainingSession s = TinySessions.open(TinySessions.project())) {
            other = get(s.checkpoint());
        }
        Project p = TinySessions.project();
        NetworkSpec wider = p.network().withLayer(0, p.network().layers().get(0).withParam("units", 24));
        try (TrainingSession s = TinySessions.open(p.withNetwork(wider))) {
            CompletionException e = assertThrows(CompletionException.class, () -> s.restore(other).join());
            assertTrue(e.getCause() instanceof IllegalArgumentException);
            assertTrue(e.getCause().getMessage().contains("the network differs"), e.getCause().getMessage());
            assertTrue(e.getCause().getMessage().contains("hidden1.weight has 1024 values, not 1536"),
                    e.getCause().getMessage());
        }
        // a different learning rate is fine: that is how a diverged run goes on
        try (TrainingSession s = TinySessions.open(TinySessions.project(2, 1e-3))) {
            get(s.restore(other));
        }
    }

    @Test
    void damagedFilesAreRefused() throws Exception {
        Checkpoint c;
        try (TrainingSession s = TinySessions.open(TinySessions.project())) {
            c = get(s.checkpoint());
        }
        Path file = tmp.resolve("c" + CheckpointFiles.EXTENSION);
        CheckpointFiles.write(file, c);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        Files.write(file, flipped);
        IOException e = assertThrows(IOException.class, () -> CheckpointFiles.read(file));
        assertTrue(e.getMessage().contains("damaged") || e.getMessage().contains("truncated"), e.getMessage());

        Files.write(file, java.util.Arrays.copyOf(good, good.length - 9));
        e = assertThrows(IOException.class, () -> CheckpointFiles.read(file));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());

        // the project's length (after magic and version) says 2 GB: refused before allocating it
        byte[] longText = good.clone();
        java.nio.ByteBuffer.wrap(longText, CheckpointFiles.MAGIC.length + 4, 4).putInt(Integer.MAX_VALUE - 1);
        Files.write(file, longText);
        e = assertThrows(IOException.class, () -> CheckpointFiles.read(file));
        assertTrue(e.getMessage().contains("damaged (a text of 2147483646 bytes)"), e.getMessage());

        Files.writeString(file, "{\"format\": \"spikeworks-project\"}");
        e = assertThrows(IOException.class, () -> CheckpointFiles.read(file));
        assertTrue(e.getMessage().contains("not a Spikeworks checkpoint"), e.getMessage());

        byte[] newer = good.clone();
        newer[CheckpointFiles.MAGIC.length + 3] = 9;
        Files.write(file, newer);
        e = assertThrows(IOException.class, () -> CheckpointFiles.read(file));
        assertTrue(e.getMessage().contains("newer Spikeworks"), e.getMessage());
    }

    @Test
    void aMissingFileOrAFolderIsNamedAndSaidWhatItIs() throws Exception {
        Path missing = tmp.resolve("gone" + CheckpointFiles.EXTENSION);
        NoSuchFileException gone = assertThrows(NoSuchFileException.class, () -> CheckpointFiles.read(missing));
        assertEquals(missing + ": no such checkpoint file", gone.getMessage());
        Path folder = Files.createDirectory(tmp.resolve("folder" + CheckpointFiles.EXTENSION));
        IOException e = assertThrows(IOException.class, () -> CheckpointFiles.read(folder));
        assertEquals(folder + " is a folder, not a checkpoint file", e.getMessage());
    }

    @Test
    void savingUnderAFileSaysWhichFileIsInTheWay() throws Exception {
        Checkpoint c;
        try (TrainingSession s = TinySessions.open(TinySessions.project())) {
            c = get(s.checkpoint());
        }
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "keep");
        Path file = notes.resolve("sub").resolve("c" + CheckpointFiles.EXTENSION);
        IOException e = assertThrows(IOException.class, () -> CheckpointFiles.write(file, c));
        assertEquals(notes + " is a file, not a folder, so it cannot hold " + file, e.getMessage());
        assertEquals("keep", Files.readString(notes));
    }

    @Test
    void restoreIsRefusedOnceTrainingIsOver() throws Exception {
        TrainingSession s = TinySessions.open(TinySessions.project());
        Checkpoint c = get(s.checkpoint());
        s.stop();
        assertTrue(s.awaitTermination(TinySessions.WAIT));
        CompletionException e = assertThrows(CompletionException.class, () -> s.restore(c).join());
        assertTrue(e.getCause() instanceof IllegalStateException);
        // but a checkpoint can still be taken, on the calling thread
        assertEquals(0, get(s.checkpoint()).iteration());
    }
}
