package io.spikeworks.learn.nbp;

import io.spikeworks.cli.SpikeworksCli;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.learn.state.StateFloats;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.ui.live.circuit.CircuitData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An output unit whose W2 column is all −254 never comes above 0, so the published rule never trains it: the run
 * says so (metrics, warnings, summary.json, report) and the rule still runs unchanged.
 */
class SilentOutputRunTest {
    static final int DEAD = 5;

    @Test
    void aRunWithAnOutputUnitThatCanNoLongerLearnWarnsAndKeepsTheRule(@TempDir Path tmp) throws Exception {
        Project p = new ProjectFiles().load(OnChipBackpropRuleTest.SAMPLE);
        p = p.withTraining(p.training().withEpochs(6));
        TrainTestSplit data = TrainingData.load(p.dataset(), null, 12_000, 500);
        TrainingRun run = new TrainingRun(p, data.train(), data.test());
        OnChipBackprop rule = (OnChipBackprop) run.trainer().rule();
        Map<String, float[][]> state = rule.state();
        int[] w2 = rule.engine().weights().w2Copy();
        int outputs = rule.engine().outputs();
        for (int j = 0; j < w2.length / outputs; j++) w2[j * outputs + DEAD] = -NbpConstants.WEIGHT_MAX;
        state.put("nbp.w2", new float[][]{StateFloats.ofInts(w2)});
        rule.restore(state);
        NbpWeights before = rule.engine().weights();

        run.run(new TrainingListener() {
            @Override
            public void onEvaluation(EvaluationRow row) {
                if (row.epoch() == 5) rule.requestCircuitSample(); // recorded at epoch 6's first batch
            }
        });

        NbpWeights after = rule.engine().weights();
        for (int j = 0; j < before.nHid(); j++)
            assertEquals(-NbpConstants.WEIGHT_MAX, after.w2(j, DEAD), "the dead column is never updated (hidden " + j + ")");
        assertTrue(before.firstDifference(after) != null, "the other units learned");
        SilentOutputWatch watch = rule.silentOutputs();
        assertEquals(72_000, watch.quietFor(DEAD), "silent through all 6 × 12,000 samples");
        long fives = 0;
        for (int i = 0; i < data.train().size(); i++) if (data.train().label(i) == DEAD) fives++;
        assertEquals(6 * fives, watch.ownClassSamples(DEAD), "every sample of class 5 went by without a spike");
        assertEquals(0, watch.errorSignals(DEAD), "and without an error signal: a_o ≤ 0 on all of them");
        List<String> warnings = rule.runWarnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("output unit 5 has not fired for 72,000 training samples (")
                && warnings.get(0).contains("with an error signal on 0)"), warnings.get(0));
        assertEquals(1.0, run.rows().get(4).extras().get("silent_output_units"), "60,000 samples: an MNIST epoch");
        assertEquals(0.0, run.rows().get(3).extras().get("silent_output_units"), "48,000 samples are under the limit");
        // the gated-circuit card's recording carries the warning to the dashboard
        CircuitSample recorded = rule.latestCircuitSample();
        assertEquals(60_000, recorded.samplesTrained());
        assertEquals(1, recorded.warnings().size());
        assertTrue(recorded.warnings().get(0).startsWith("output unit 5 has not fired for 60,000 "),
                recorded.warnings().toString());
        assertEquals(recorded.warnings(), CircuitData.from(1, recorded).warnings());

        // summary.json carries the warning; the report shows it
        Path dir = tmp.resolve("run");
        RunFiles.write(dir, run, 1.0);
        assertTrue(Files.readString(dir.resolve(RunFiles.SUMMARY)).contains("\"warnings\" : [ \"output unit 5 "));
        Path html = tmp.resolve("report.html");
        StringWriter err = new StringWriter();
        int code = SpikeworksCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "report", dir.toString(),
                "--out", html.toString());
        assertEquals(SpikeworksCli.OK, code, err.toString());
        String page = Files.readString(html);
        assertTrue(page.contains("<b>Warning:</b> output unit 5 "), "the report names the silent unit");
        // the membrane and exact-match read-outs go on the accuracy chart, not on charts of their own
        assertTrue(!page.contains("(test_membrane_accuracy)") && !page.contains("(test_exact_accuracy)"),
                "no chart of their own");
    }
}
