package io.spikeworks.session;

import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.Project;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static io.spikeworks.session.CheckpointTest.assertBitEqual;
import static io.spikeworks.session.TinySessions.get;
import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Checkpoints keep the learning rule's state: N batches, a checkpoint through a file, M more batches give the same
 * weights and feedback weights B as restoring that file into a fresh session and training M batches.
 */
class RuleStateCheckpointTest {
    @TempDir
    Path tmp;

    static Component algorithm(String type, Object... params) {
        return Component.of(ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, type), params);
    }

    /** Φ = 3 so that the checkpoint (after 7) falls between transports; alignment measured every 4 batches. */
    static Stream<Component> algorithms() {
        return Stream.of(
                algorithm("fbp", "phi", 3, "transport", "round-robin", "fraction", 0.15, "alignmentEvery", 4),
                algorithm("fbp", "phi", 2, "transport", "random", "fraction", 0.2, "alignmentEvery", 4),
                algorithm("kolen-pollack", "decay", 0.01, "alignmentEvery", 4),
                algorithm("sign-symmetry", "alignmentEvery", 4),
                algorithm("dfa", "alignmentEvery", 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("algorithms")
    void restoringCarriesTheRuleStateBitExactly(Component algorithm) throws Exception {
        Project p = TinySessions.project(4, 1e-2).withAlgorithm(algorithm);
        int n = 7;
        int m = 6; // crosses the end of epoch 1 (8 batches) and its evaluation
        Path file = tmp.resolve("after-7" + CheckpointFiles.EXTENSION);
        Checkpoint afterN;
        Checkpoint straight;
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            Map<String, float[][]> initial = get(s.checkpoint()).ruleState();
            stepBatches(s, rec, n);
            afterN = get(s.saveCheckpoint(file));
            assertFalse(afterN.ruleState().isEmpty(), "the rule keeps state");
            if (afterN.ruleState().containsKey("feedback.out"))
                assertFalse(Arrays.equals(initial.get("feedback.out")[0], afterN.ruleState().get("feedback.out")[0]),
                        "B moved during the first batches, so a fresh session's B would be wrong");
            stepBatches(s, rec, m);
            straight = get(s.checkpoint());
        }
        Checkpoint loaded = CheckpointFiles.read(file);
        assertSameState(afterN.ruleState(), loaded.ruleState(), "through the file");
        Checkpoint resumed;
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            get(s.restore(loaded));
            assertSameState(afterN.ruleState(), get(s.checkpoint()).ruleState(), "right after the restore");
            stepBatches(s, rec, m);
            resumed = get(s.checkpoint());
        }
        assertBitEqual(straight.params(), resumed.params());
        assertSameState(straight.ruleState(), resumed.ruleState(), "after " + m + " more batches");
        assertEquals(straight.position().rows().get(0).extras(), resumed.position().rows().get(0).extras(),
                "transport, asymmetry and alignment columns of the evaluation after the restore");
    }

    static void assertSameState(Map<String, float[][]> a, Map<String, float[][]> b, String when) {
        assertEquals(List.copyOf(a.keySet()), List.copyOf(b.keySet()), when);
        for (String k : a.keySet()) {
            assertEquals(a.get(k).length, b.get(k).length, when + ": " + k);
            for (int i = 0; i < a.get(k).length; i++) {
                float[] x = a.get(k)[i];
                float[] y = b.get(k)[i];
                assertEquals(x.length, y.length, when + ": " + k + "[" + i + "]");
                for (int j = 0; j < x.length; j++)
                    assertEquals(Float.floatToRawIntBits(x[j]), Float.floatToRawIntBits(y[j]), when + ": " + k + "[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void aRuleStateOfAnotherTransportLeavesTheSessionAsItWas() throws Exception {
        Project roundRobin = TinySessions.project().withAlgorithm(algorithm("fbp", "phi", 1, "transport", "round-robin"));
        Project random = TinySessions.project().withAlgorithm(algorithm("fbp", "phi", 1, "transport", "random"));
        Checkpoint c;
        try (TrainingSession s = TinySessions.open(roundRobin)) {
            stepBatches(s, StatusRecorder.on(s), 2);
            c = get(s.checkpoint());
        }
        try (TrainingSession s = TinySessions.open(random)) {
            Checkpoint before = get(s.checkpoint());
            CompletionException e = assertThrows(CompletionException.class, () -> s.restore(c).join());
            assertTrue(e.getCause().getMessage().startsWith("the checkpoint does not fit this session: "), e.getCause().getMessage());
            Checkpoint after = get(s.checkpoint());
            assertSameState(before.ruleState(), after.ruleState(), "after the refused restore");
            assertBitEqual(before.params(), after.params());
        }
        Project kp = TinySessions.project().withAlgorithm(algorithm("kolen-pollack"));
        try (TrainingSession s = TinySessions.open(kp)) {
            CompletionException e = assertThrows(CompletionException.class, () -> s.restore(c).join());
            assertTrue(e.getCause().getMessage().contains("the algorithm is fbp, not kolen-pollack"), e.getCause().getMessage());
        }
    }

    /**
     * A file of format 1 (no rule state, no confusion matrices) still loads; a bptt session continues from it, a
     * session whose rule keeps state says why it cannot.
     */
    @Test
    void formatOneFilesStillLoad() throws Exception {
        Project bptt = TinySessions.project();
        Checkpoint c;
        try (TrainingSession s = TinySessions.open(bptt)) {
            stepBatches(s, StatusRecorder.on(s), 3);
            c = get(s.checkpoint());
        }
        assertTrue(c.ruleState().isEmpty(), "bptt keeps no rule state");
        Path v2 = tmp.resolve("v2" + CheckpointFiles.EXTENSION);
        CheckpointFiles.write(v2, c);
        Path v1 = tmp.resolve("v1" + CheckpointFiles.EXTENSION);
        Files.write(v1, asFormatOne(Files.readAllBytes(v2)));

        Checkpoint old = CheckpointFiles.read(v1);
        assertFalse(old.keepsRuleState());
        assertBitEqual(c.params(), old.params());
        assertEquals(c.position(), old.position());
        try (TrainingSession s = TinySessions.open(bptt)) {
            get(s.restore(old));
            assertEquals(3, s.status().iteration());
        }
        Project fbp = bptt.withAlgorithm(algorithm("fbp"));
        try (TrainingSession s = TinySessions.open(fbp)) {
            CompletionException e = assertThrows(CompletionException.class, () -> s.restore(old).join());
            assertEquals("the checkpoint was written by an older Spikeworks (checkpoint format 1), which did not keep "
                    + "the learning rule's state; fbp needs its feedback weights and transport state to continue "
                    + "exactly, so only a bptt session can continue from it", e.getCause().getMessage());
        }
    }

    /**
     * A current checkpoint without evaluation rows and with an empty rule state, rewritten as format 1: the version
     * says 1, the position's regression sums (format 3: a long and three doubles after trainSamples) and the rule
     * state's entry count (the int before the checksum) go.
     */
    static byte[] asFormatOne(byte[] current) {
        int body = current.length - 8 - 4;
        assertEquals(0, ByteBuffer.wrap(current, body, 4).getInt(), "an empty rule state");
        int projectLength = ByteBuffer.wrap(current, CheckpointFiles.MAGIC.length + 4, 4).getInt();
        int sums = CheckpointFiles.MAGIC.length + 4 + 4 + projectLength + 64; // after the position's fixed fields
        int cut = 8 + 3 * 8;
        byte[] v1 = new byte[body - cut + 8];
        System.arraycopy(current, 0, v1, 0, sums);
        System.arraycopy(current, sums + cut, v1, sums, body - sums - cut);
        ByteBuffer.wrap(v1).putInt(CheckpointFiles.MAGIC.length, 1);
        CRC32 crc = new CRC32();
        crc.update(v1, 0, body - cut);
        ByteBuffer.wrap(v1).putLong(body - cut, crc.getValue());
        return v1;
    }
}
