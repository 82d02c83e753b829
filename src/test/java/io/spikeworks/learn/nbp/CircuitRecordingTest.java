package io.spikeworks.learn.nbp;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.BatchProgress;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rule's circuit recordings while the sample project trains: one at the first batch, then one per request, each
 * the neuron-level circuit run from the weights the engine held just before that sample, agreeing with the engine.
 */
class CircuitRecordingTest {

    @Test
    void recordsTheFirstSampleAndOnePerRequestWithExactCopiesAndTheEnginesWeights() throws Exception {
        Project p = new ProjectFiles().load(OnChipBackpropRuleTest.SAMPLE);
        p = p.withTraining(p.training().withEpochs(1));
        TrainTestSplit data = TrainingData.load(p.dataset(), null, 500, 100);
        TrainingRun run = new TrainingRun(p, data.train(), data.test());
        OnChipBackprop rule = (OnChipBackprop) run.trainer().rule();
        assertNull(rule.latestCircuitSample(), "nothing recorded before training");
        List<CircuitSample> seen = new ArrayList<>();
        List<NbpWeights> weightsBefore = new ArrayList<>();
        run.run(new TrainingListener() {
            @Override
            public void onBatch(BatchProgress progress) {
                CircuitSample s = rule.latestCircuitSample();
                if (s != null && (seen.isEmpty() || seen.get(seen.size() - 1) != s)) seen.add(s);
                if (progress.batch() == 2) { // ask once: the next batch's first sample is recorded
                    rule.requestCircuitSample();
                    weightsBefore.add(rule.engine().weights());
                }
            }
        });
        assertEquals(2, seen.size(), "the first batch's recording and the requested one, no more");
        assertEquals(0, seen.get(0).samplesTrained());
        CircuitSample asked = seen.get(1);
        assertEquals(200, asked.samplesTrained(), "the third batch's first sample (batches of 100)");
        assertEquals(2, asked.checks());
        assertEquals(2.0, rule.metrics().get("circuit_checks"), "metrics.csv counts the checks");
        assertEquals(0.0, rule.metrics().get("circuit_max_difference"));
        for (CircuitSample s : seen) {
            assertEquals(MirrorCheck.EXACT, s.mirror(), "copies equal after the sample");
            assertEquals(0, s.engineDifference(), "circuit and engine learned the same");
            assertTrue(s.exact());
            assertEquals(0, s.worstEver());
            CircuitRecord r = s.record();
            assertEquals(12, r.steps());
            for (int t = 0; t < 12; t++) assertEquals(SynfireGateChain.TRAINING_PHASES.get(t), r.phaseName(t));
            assertEquals(1, r.spikeCount(3, "t"), "the target spike at step 3");
            assertTrue(r.spiked(3, "t", s.label()), "on the label's neuron");
        }
        // the requested record is the circuit run from the engine's weights at that point: running the circuit
        // again on the sample it shows (x's spikes at step 1) from those weights gives the same record
        CircuitRecord r = asked.record();
        int[] x = new int[r.size("x")];
        for (int i = 0; i < x.length; i++) x[i] = r.spiked(1, "x", i) ? 1 : 0;
        CircuitRecord again = GatedNbpCircuit.recordOneSample(weightsBefore.get(0), x, asked.label());
        for (int t = 0; t < 12; t++)
            for (String pop : r.populations())
                for (int n = 0; n < r.size(pop); n++) {
                    assertEquals(again.spiked(t, pop, n), r.spiked(t, pop, n), pop + " " + n + " at " + t);
                    assertEquals(again.membrane(t, pop, n), r.membrane(t, pop, n), pop + " " + n + " at " + t);
                }
    }
}
