package io.spikeworks.learn;

import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.learn.score.TaskMetrics;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped regression sample trains end to end: real-valued targets reach the loss, metrics and run files. */
class RegressionTrainingTest {
    @Test
    void theSineSampleProjectLearnsAndWritesRegressionMetrics() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/sine-bptt.json"));
        p = p.withTraining(p.training().withEpochs(6));
        TrainTestSplit data = ScientificRegression.sine1d();
        TrainingRun run = new TrainingRun(p, data.train(), data.test());
        double before = run.evaluate(data.test()).score().relativeL2();
        run.run(TrainingListener.NONE);
        EvaluationRow last = run.rows().get(run.rows().size() - 1);
        double after = last.extras().get("test_rel_l2");
        assertTrue(before > 0.5 && after < 0.5 * before, "relative L2 error " + before + " → " + after);
        assertTrue(Double.isNaN(last.testAccuracy()), "no accuracy for a regression task");
        assertEquals(TaskMetrics.REGRESSION, run.metrics());
        String csv = RunFiles.metricsCsv(run.rows(), run.batchesPerEpoch(), run.metrics());
        assertTrue(csv.startsWith("epoch,samples_seen,train_loss,train_rel_l2,test_loss,test_rel_l2,test_rmse,test_r2,"), csv);
        assertFalse(csv.contains("accuracy"), csv);
    }
}
