package io.spikeworks.session;

import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A regression run resumed mid-epoch from a checkpoint file reports the same epoch figures as one never stopped. */
class RegressionCheckpointTest {
    @Test
    void theEpochsRegressionSumsSurviveTheCheckpointFile() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/sine-bptt.json"));
        p = p.withTraining(p.training().withEpochs(1));
        TrainTestSplit data = ScientificRegression.sine1d();

        TrainingRun whole = new TrainingRun(p, data.train(), data.test());
        whole.run(TrainingListener.NONE);

        TrainingRun first = new TrainingRun(p, data.train(), data.test());
        for (int i = 0; i < 10; i++) first.step(TrainingListener.NONE);
        Checkpoint loaded = RunCheckpoints.throughFile(p, first);
        assertEquals(first.position(), loaded.position(), "the position, with its regression sums, round-trips");
        assertTrue(loaded.position().epochScore().sqError() > 0, "the epoch's squared error is kept");

        TrainingRun resumed = RunCheckpoints.resumed(p, data, loaded);
        resumed.run(TrainingListener.NONE);

        EvaluationRow a = whole.rows().get(0);
        EvaluationRow b = resumed.rows().get(0);
        assertEquals(a.extras().get("train_rel_l2"), b.extras().get("train_rel_l2"));
        assertEquals(a.extras().get("test_rel_l2"), b.extras().get("test_rel_l2"));
        assertEquals(a.trainLoss(), b.trainLoss());
    }
}
