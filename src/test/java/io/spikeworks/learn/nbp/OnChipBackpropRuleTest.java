package io.spikeworks.learn.nbp;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.model.ProjectValidationException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** nBP through the workbench's own run: the sample project trains, the figures and state are the circuit's. */
class OnChipBackpropRuleTest {
    static final Path SAMPLE = Path.of("sample-projects/mnist-nbp-loihi.json");

    @Test
    void theSampleProjectTrainsTheIntegerCircuitAndReportsThePapersFigures() throws Exception {
        Project p = new ProjectFiles().load(SAMPLE);
        p = p.withTraining(p.training().withEpochs(1));
        TrainTestSplit data = TrainingData.load(p.dataset(), null, 3000, 1000);
        TrainingRun run = new TrainingRun(p, data.train(), data.test());
        OnChipBackprop rule = (OnChipBackprop) run.trainer().rule();
        NbpWeights before = rule.engine().weights();
        run.run(TrainingListener.NONE);
        NbpWeights after = rule.engine().weights();
        assertEquals(null, after.firstInvalidWeight(), "weights stay even and within ±254");
        assertTrue(before.firstDifference(after) != null, "the circuit learned");
        EvaluationRow row = run.rows().get(0);
        assertTrue(row.testAccuracy() > 0.6, "spike-argmax accuracy " + row.testAccuracy() + " (chance 0.1)");
        double membrane = row.extras().get("test_membrane_accuracy");
        double exact = row.extras().get("test_exact_accuracy");
        assertTrue(membrane > 0.6 && exact <= row.testAccuracy() + 1e-12, "membrane " + membrane + ", exact " + exact);
        // the test figures are the circuit's own: evaluating the engine directly gives the same spike accuracy
        NbpScore direct = NbpScore.evaluate(rule.engine(), NbpSamples.of(data.testImages()));
        assertEquals(direct.spikeAccuracy(), row.testAccuracy(), 1e-12);
        assertEquals(direct.membraneAccuracy(), membrane, 1e-12);
        assertTrue(run.chip().meter().trainingEnergyPerSample().total() > 0, "the chip's energy sees the circuit's work");
        // latency counts the circuit's own phases: 12 gated steps to train a sample, 4 to infer one
        double step = run.chip().profile().stepTime().si();
        assertEquals(12 * step, run.chip().meter().trainingLatencyPerSample(), 1e-12);
        assertEquals(4 * step, run.chip().meter().inferenceLatencyPerSample(), 1e-12);

        // checkpoint state: restoring it on a fresh rule gives the same weights
        Map<String, float[][]> state = rule.state();
        OnChipBackprop fresh = new OnChipBackprop(99);
        fresh.attach(new TrainingRun(p, data.train(), data.test()).trainer().network());
        fresh.restore(state);
        assertEquals(null, after.firstDifference(fresh.engine().weights()));
    }

    @Test
    void aProjectTheCircuitCannotRunIsRefusedWithTheReason() throws Exception {
        String json = Files.readString(SAMPLE);
        String poisson = json.replace("\"type\": \"direct\"", "\"type\": \"poisson\"");
        ProjectValidationException e = assertThrows(ProjectValidationException.class,
                () -> new ProjectJson().parse(poisson, "p.json"));
        assertTrue(e.getMessage().contains("$.encoder.type: nbp cannot run this: encoder 'poisson'"), e.getMessage());
        String mnist = json.replace("\"name\": \"mnist20-binary\"", "\"name\": \"mnist\"")
                .replace("\"units\": 400,", "\"units\": 400,");
        e = assertThrows(ProjectValidationException.class, () -> new ProjectJson().parse(mnist, "p.json"));
        assertTrue(e.getMessage().contains("nbp cannot run this: data set 'mnist'"), e.getMessage());
    }
}
