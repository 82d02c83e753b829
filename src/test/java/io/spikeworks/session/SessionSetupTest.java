package io.spikeworks.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.NetworkSpec;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.spikeworks.session.CheckpointTest.assertBitEqual;
import static io.spikeworks.session.TinySessions.get;
import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions on a project's own data: a few hundred bundled MNIST digits, 784-32-10, T = 5, batch 16. */
class SessionSetupTest {
    static final Path ASSETS = Path.of("assets");

    @TempDir
    Path tmp;

    static Project smallMnist() {
        Project p = Project.newDefault();
        NetworkSpec net = p.network().withLayer(0, p.network().layers().get(0).withParam("units", 32));
        return p.withName("small mnist").withNetwork(net)
                .withDataset(new DatasetSpec("mnist", null, 256, 64))
                .withTraining(p.training().withEpochs(1).withBatchSize(16).withTimeSteps(5));
    }

    @Test
    void trainsAProjectOnItsDataWritesRunFilesAndReopensFromACheckpoint() throws Exception {
        Project p = smallMnist();
        Path out = tmp.resolve("run");
        Path file = tmp.resolve("run/after-4" + CheckpointFiles.EXTENSION);
        Checkpoint straight;
        try (TrainingSession s = SessionSetup.open(p, ASSETS, SessionOptions.defaults().withOutputDir(out))) {
            assertEquals(256, s.outline().trainSamples());
            assertEquals(64, s.outline().testSamples());
            assertEquals(16, s.outline().batchesPerEpoch());
            org.junit.jupiter.api.Assertions.assertArrayEquals(new int[]{1, 28, 28}, s.outline().inputShape());
            assertEquals(32, s.outline().layers().get(0).neurons());
            assertEquals(10, s.outline().layers().get(1).neurons());
            StatusRecorder rec = StatusRecorder.on(s);
            stepBatches(s, rec, 4);
            get(s.saveCheckpoint(file));
            s.start();
            rec.await(st -> st.state() == SessionState.FINISHED, "finished");
            straight = get(s.checkpoint());
        }
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("small mnist", summary.get("project").asText());
        assertEquals(256, summary.get("samples_seen").asInt());
        assertEquals(2, Files.readAllLines(out.resolve("metrics.csv")).size());

        try (TrainingSession s = SessionSetup.openCheckpoint(file, ASSETS, SessionOptions.defaults())) {
            assertEquals(4, s.status().iteration());
            StatusRecorder rec = StatusRecorder.on(s);
            s.start();
            rec.await(st -> st.state() == SessionState.FINISHED, "finished");
            assertBitEqual(straight.params(), get(s.checkpoint()).params());
        }
        // the same checkpoint goes on under an edited learning rate, which must change the outcome
        Project slower = p.withTraining(p.training().withLearningRate(1e-4));
        try (TrainingSession s = SessionSetup.openCheckpoint(file, slower, ASSETS, SessionOptions.defaults())) {
            StatusRecorder rec = StatusRecorder.on(s);
            stepBatches(s, rec, 1);
            float[] a = get(s.checkpoint()).params().get("out.bias");
            float[] b = straight.params().get("out.bias");
            assertTrue(!java.util.Arrays.equals(a, b));
        }
    }

    @Test
    void theProjectsHeldOutSamplesAreNotTrainedOnAndChooseTheCheckpoint() throws Exception {
        Project p = smallMnist();
        p = p.withDataset(p.dataset().withHoldOut(64)).withTraining(p.training().withEpochs(2));
        Path out = tmp.resolve("held");
        try (TrainingSession s = SessionSetup.open(p, ASSETS, SessionOptions.defaults().withOutputDir(out))) {
            assertEquals(192, s.outline().trainSamples(), "256 less the 64 held out");
            assertEquals(12, s.outline().batchesPerEpoch());
            assertEquals(64, s.heldOutSet().size());
            StatusRecorder rec = StatusRecorder.on(s);
            s.start();
            rec.await(st -> st.state() == SessionState.FINISHED, "finished");
            var rows = s.telemetry().evaluations();
            assertEquals(2, rows.size());
            for (var r : rows) {
                double v = r.extras().get(io.spikeworks.learn.TrainingRun.VALIDATION_ACCURACY);
                assertTrue(v >= 0 && v <= 1, "a held-out accuracy at every evaluation: " + v);
            }
        }
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2 * 192, summary.get("samples_seen").asInt());
        JsonNode chosen = summary.get("chosen_by_validation");
        assertEquals(64, chosen.get("held_out_samples").asInt());
        assertTrue(chosen.get("chosen_epoch").asInt() >= 1);
        assertTrue(Files.readAllLines(out.resolve("metrics.csv")).get(0).contains("validation_accuracy"));

        // more than the training set holds: the message names the field
        Project tooMany = p.withDataset(p.dataset().withHoldOut(256));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionSetup.open(tooMany, ASSETS, SessionOptions.defaults()));
        assertEquals("$.dataset.holdOut: cannot hold 256 of 256 training samples out: keep at least one to train on",
                e.getMessage());
    }
}
