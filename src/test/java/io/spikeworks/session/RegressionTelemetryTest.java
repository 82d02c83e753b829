package io.spikeworks.session;

import io.spikeworks.data.SampleSet;
import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.perturbation.WeightPerturbation;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.learn.score.TestPredictions;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A regression session's telemetry: the latest test-set predictions after each evaluation, and for weight
 * perturbation with alignmentEvery = N the angle to BPTT's gradient at every N-th batch; a classification session
 * has neither.
 */
class RegressionTelemetryTest {
    @Test
    void aWeightPerturbationSessionPublishesPredictionsAndEveryAlignmentMeasurement() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/sine-bptt.json"));
        Component wp = Component.of(ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, WeightPerturbation.ID),
                "directions", 2, "alignmentEvery", 2);
        p = p.withAlgorithm(wp).withTraining(p.training().withEpochs(1));
        TrainTestSplit data = ScientificRegression.sine1d();
        SampleSet train = data.train().limit(10 * p.training().batchSize());
        try (TrainingSession s = new TrainingSession(p, train, data.test(), SessionOptions.defaults())) {
            assertNull(s.telemetry().predictions());
            GradientEstimateTelemetry g = s.telemetry().gradientEstimate();
            assertNotNull(g, "weight perturbation compares with BPTT");
            s.start();
            assertTrue(s.awaitTermination(TinySessions.WAIT));
            assertEquals(SessionState.FINISHED, s.state());

            TestPredictions tp = s.telemetry().predictions();
            assertNotNull(tp);
            assertEquals(1, tp.epoch());
            assertEquals(data.test().size(), tp.rows());
            assertTrue(s.testSet() == data.test());

            var rows = g.angles().since(0);
            assertEquals(5, rows.size(), "batches 2, 4, 6, 8, 10");
            for (int i = 0; i < 5; i++) assertEquals(2L * (i + 1), rows.iteration(i));
            EvaluationRow row = s.telemetry().evaluations().get(0);
            assertEquals(row.extras().get("grad_angle_deg"), rows.value(4, 0), "the last measurement is the rule's own");
            double mean = 0;
            for (int i = 0; i < 5; i++) mean += rows.value(i, 0) / 5;
            assertEquals(row.extras().get("grad_angle_deg_mean"), mean, 1e-9);
        }
    }

    @Test
    void aClassificationSessionHasNeither() {
        try (TrainingSession s = TinySessions.open(TinySessions.project())) {
            assertNull(s.telemetry().gradientEstimate());
            assertNull(s.telemetry().predictions());
        }
    }
}
