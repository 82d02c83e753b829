package io.spikeworks.session;

import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.perturbation.WeightPerturbation;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A weight-perturbation run resumed mid-epoch from a checkpoint file draws the same directions and reports the same
 * figures (alignment angle included) as one never stopped: the direction stream is in the rule's state.
 */
class WeightPerturbationCheckpointTest {
    @Test
    void aResumedRunDrawsTheSameDirections() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/sine-bptt.json"));
        Component wp = Component.of(ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, WeightPerturbation.ID),
                "directions", 4, "alignmentEvery", 3);
        p = p.withAlgorithm(wp).withTraining(p.training().withEpochs(1));
        TrainTestSplit data = ScientificRegression.sine1d();

        TrainingRun whole = new TrainingRun(p, data.train(), data.test());
        whole.run(TrainingListener.NONE);

        TrainingRun first = new TrainingRun(p, data.train(), data.test());
        for (int i = 0; i < 10; i++) first.step(TrainingListener.NONE);
        TrainingRun resumed = RunCheckpoints.resumed(p, data, RunCheckpoints.throughFile(p, first));
        resumed.run(TrainingListener.NONE);

        EvaluationRow a = whole.rows().get(0);
        EvaluationRow b = resumed.rows().get(0);
        assertEquals(a.extras().get("test_rel_l2"), b.extras().get("test_rel_l2"));
        assertEquals(a.trainLoss(), b.trainLoss());
        assertEquals(a.extras().get("grad_angle_deg"), b.extras().get("grad_angle_deg"));
        assertEquals(a.extras().get("grad_angle_deg_mean"), b.extras().get("grad_angle_deg_mean"));
    }
}
