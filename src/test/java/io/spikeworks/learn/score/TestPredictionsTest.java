package io.spikeworks.learn.score;

import io.spikeworks.data.RealValuedSet;
import io.spikeworks.data.RegressionLayout;
import io.spikeworks.data.SampleSet;
import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The test-set predictions an evaluation keeps for a real-valued task: in the set's row order (their relative L2
 * error, recomputed here from the rows, is the evaluation's own figure, which the trainer sums slice by slice), the
 * per-function spread, and predictions.csv.
 */
class TestPredictionsTest {
    @TempDir
    Path dir;

    private static double relativeL2(SampleSet set, float[] predictions, int from, int to) {
        float[] y = new float[1];
        double err = 0, ref = 0;
        for (int r = from; r < to; r++) {
            set.copyTarget(r, y, 0);
            double d = (double) predictions[r] - y[0];
            err += d * d;
            ref += (double) y[0] * y[0];
        }
        return Math.sqrt(err / ref);
    }

    @Test
    void aPoissonEvaluationKeepsEveryRowsPredictionAndTheSpreadOverFunctions() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/poisson1d-bptt.json"));
        p = p.withTraining(p.training().withEpochs(1));
        TrainTestSplit data = ScientificRegression.poisson1d();
        SampleSet test = data.test().limit(51 * 6);
        TrainingRun run = new TrainingRun(p, data.train().limit(320), test);
        assertNull(run.latestPredictions(), "nothing before the first evaluation");
        run.run(TrainingListener.NONE);
        TestPredictions tp = run.latestPredictions();
        assertNotNull(tp);
        assertEquals(1, tp.epoch());
        assertEquals(51 * 6, tp.rows());
        EvaluationRow row = run.rows().get(0);
        assertEquals(row.extras().get("test_rel_l2"), relativeL2(test, tp.values(), 0, tp.rows()), 1e-5);

        double[] perFunction = run.functionErrors(tp.values());
        assertEquals(6, perFunction.length);
        for (int f = 0; f < 6; f++)
            assertEquals(relativeL2(test, tp.values(), f * 51, (f + 1) * 51), perFunction[f], 1e-9, "function " + f);
        double min = row.extras().get(FunctionErrors.MIN), median = row.extras().get(FunctionErrors.MEDIAN),
                max = row.extras().get(FunctionErrors.MAX);
        assertTrue(min <= median && median <= max && min < max, min + " ≤ " + median + " ≤ " + max);
        assertTrue(row.extras().get("test_rel_l2") >= min && row.extras().get("test_rel_l2") <= max,
                "the pooled error lies within the functions' spread");

        RunFiles.write(dir, run, 1);
        List<String> lines = Files.readAllLines(dir.resolve(RunFiles.PREDICTIONS));
        assertEquals("function,x,reference,prediction", lines.get(0));
        assertEquals(1 + 51 * 6, lines.size());
        String[] middle = lines.get(1 + 51 * 2 + 25).split(",");
        assertEquals("2", middle[0]);
        assertEquals(0.5, Double.parseDouble(middle[1]), 1e-9);
        float[] y = new float[1];
        test.copyTarget(51 * 2 + 25, y, 0);
        assertEquals(y[0], Double.parseDouble(middle[2]), 1e-5 * Math.abs(y[0]) + 1e-9);
        assertEquals(tp.values()[51 * 2 + 25], Double.parseDouble(middle[3]), 1e-5 * Math.abs(tp.values()[51 * 2 + 25]) + 1e-9);
        String summary = Files.readString(dir.resolve(RunFiles.SUMMARY));
        assertTrue(summary.contains("\"predictions_epoch\" : 1"), summary);
        assertTrue(summary.contains("\"" + FunctionErrors.MEDIAN + "\""), summary);
        assertFalse(summary.contains("algorithm_metrics") && summary.substring(summary.indexOf("algorithm_metrics"))
                .contains(FunctionErrors.MEDIAN), "the spread is the task's, not the algorithm's");
    }

    @Test
    void functionErrorsOfAHandExample() {
        RegressionLayout layout = new RegressionLayout(2, List.of(new RegressionLayout.Axis("x", 0, 0, 1, 2)), 0, "y");
        // function 0: ref (3, 4), pred (3, 5): ‖e‖ = 1, ‖ref‖ = 5; function 1: ref (0, 0) → undefined
        double[] e = FunctionErrors.relativeL2(layout, new float[]{3, 4, 0, 0}, new float[]{3, 5, 1, 1});
        assertEquals(0.2, e[0], 1e-12);
        assertTrue(Double.isNaN(e[1]));
        Map<String, Double> spread = FunctionErrors.spread(new double[]{0.4, Double.NaN, 0.1, 0.3, 0.2});
        assertEquals(0.1, spread.get(FunctionErrors.MIN));
        assertEquals(0.25, spread.get(FunctionErrors.MEDIAN), 1e-12);
        assertEquals(0.4, spread.get(FunctionErrors.MAX));
    }

    @Test
    void aClassificationRunKeepsNoPredictions() {
        TrainingRun.EvaluationResult r = new TrainingRun.EvaluationResult(0.1, Score.classes(4, 3), null);
        assertNull(r.predictions());
        assertTrue(RealValuedSet.class.isAssignableFrom(ScientificRegression.sine1d().test().getClass()));
    }
}
