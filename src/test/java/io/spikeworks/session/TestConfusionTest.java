package io.spikeworks.session;

import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.learn.score.ConfusionMatrix;
import io.spikeworks.learn.score.EvaluationRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.spikeworks.session.TinySessions.WAIT;
import static org.junit.jupiter.api.Assertions.*;

/** Every evaluation of a session counts the whole test set into a confusion matrix, published with its row. */
class TestConfusionTest {
    @TempDir
    Path tmp;

    @Test
    void eachEvaluationPublishesTheTestSetsMatrix() throws Exception {
        SessionOptions options = SessionOptions.defaults().withOutputDir(tmp);
        try (TrainingSession s = TinySessions.open(TinySessions.project(3, 1e-2), options)) {
            assertTrue(s.start());
            assertTrue(s.awaitState(WAIT, SessionState.FINISHED), "trained to the end");
            List<EvaluationRow> rows = s.telemetry().evaluations();
            assertEquals(3, rows.size());
            for (EvaluationRow r : rows) {
                ConfusionMatrix m = r.testConfusion();
                assertNotNull(m, "epoch " + r.epoch() + " has a matrix");
                assertEquals(4, m.classes());
                assertEquals(TinySessions.TEST, m.total(), "every test sample counted once");
                for (int c = 0; c < 4; c++) assertEquals(TinySessions.TEST / 4, m.rowTotal(c), "class " + c + "'s samples");
                assertEquals(r.testAccuracy(), (double) m.correct() / m.total(), 0.0, "the diagonal is the accuracy");
            }
            assertTrue(rows.get(2).testAccuracy() > 0.25, "above the chance of 4 classes: " + rows.get(2).testAccuracy());

            List<String> csv = Files.readAllLines(tmp.resolve(RunFiles.CONFUSION));
            assertEquals(1 + 3 * 16, csv.size(), "a line per epoch, true and predicted class");
            ConfusionMatrix last = rows.get(2).testConfusion();
            assertEquals("3,1,b,2,c," + last.count(1, 2), csv.get(1 + 2 * 16 + 6));

            // a checkpoint keeps the matrices with their rows, through its file
            Path file = tmp.resolve("end" + CheckpointFiles.EXTENSION);
            Checkpoint c = TinySessions.get(s.saveCheckpoint(file));
            List<EvaluationRow> saved = CheckpointFiles.read(file).position().rows();
            assertEquals(c.position().rows(), saved);
            assertEquals(last, saved.get(2).testConfusion());
        }
    }
}
