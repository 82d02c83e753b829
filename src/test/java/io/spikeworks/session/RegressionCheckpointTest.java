package io.spikeworks.session;

import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.EvaluationRow;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.sim.Param;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, float[]> params = new LinkedHashMap<>();
        for (Param q : first.trainer().trainedParams()) params.put(q.name(), q.value.clone());
        Checkpoint c = new Checkpoint(new ProjectJson().toJson(p), first.position(), params,
                first.trainer().optimizer().state(), first.trainer().rule().state(), first.counters());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CheckpointFiles.writeTo(bytes, c);
        Checkpoint loaded = CheckpointFiles.readFrom(new ByteArrayInputStream(bytes.toByteArray()), "mem");
        assertEquals(c.position(), loaded.position(), "the position, with its regression sums, round-trips");
        assertTrue(loaded.position().epochScore().sqError() > 0, "the epoch's squared error is kept");

        TrainingRun resumed = new TrainingRun(p, data.train(), data.test());
        List<Param> mine = resumed.trainer().trainedParams();
        for (Param q : mine) System.arraycopy(loaded.params().get(q.name()), 0, q.value, 0, q.value.length);
        resumed.trainer().optimizer().restore(loaded.optimizerState());
        resumed.resumeAt(loaded.position());
        resumed.run(TrainingListener.NONE);

        EvaluationRow a = whole.rows().get(0);
        EvaluationRow b = resumed.rows().get(0);
        assertEquals(a.extras().get("train_rel_l2"), b.extras().get("train_rel_l2"));
        assertEquals(a.extras().get("test_rel_l2"), b.extras().get("test_rel_l2"));
        assertEquals(a.trainLoss(), b.trainLoss());
    }
}
