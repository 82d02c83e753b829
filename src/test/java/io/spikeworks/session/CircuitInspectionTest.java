package io.spikeworks.session;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.nbp.GatedCircuit;
import io.spikeworks.learn.nbp.NbpConstants;
import io.spikeworks.learn.nbp.OnChipBackprop;
import io.spikeworks.learn.nbp.SynfireGateChain;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static io.spikeworks.session.TinySessions.get;
import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Slow motion of an nBP run: nBP never runs the network, so a sample is inspected through one training cycle of its
 * gated circuit (before, the network's float neurons ran on the circuit's integer weights against θ = 1). Checked
 * against the sample itself, the gate chain's timing, and the rule's integer engine, written separately.
 */
class CircuitInspectionTest {
    @Test
    void anNbpSampleStepsThroughTheTwelvePhasesOfItsCircuitAndLeavesTheRunAsItWas() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/mnist-nbp-loihi.json"));
        p = p.withDataset(new DatasetSpec("mnist20-binary", null, 400, 50)).withTraining(p.training().withEpochs(1));
        TrainTestSplit data = TrainingData.load(p.dataset(), Path.of("assets"), null, null);
        try (TrainingSession s = new TrainingSession(p, data.train(), data.test(), SessionOptions.defaults())) {
            stepBatches(s, StatusRecorder.on(s), 2);
            Map<String, float[]> before = get(s.checkpoint()).params();
            SampleInspection in = get(s.inspect(DataSplit.TEST, 3));

            assertEquals(12, in.steps());
            assertEquals(SynfireGateChain.TRAINING_PHASES, in.stepNames(), "each step named by its phase");
            assertEquals(data.test().label(3), in.label());
            assertEquals(2, in.iteration(), "the weights after two batches");

            // the input relay fires the binarised sample in the input phase
            float[] x = new float[400];
            data.test().copySample(3, x, 0);
            InspectedLayer input = in.layers().get(0);
            assertEquals("input", input.name());
            assertFalse(input.spiking(), "the input has no membranes to trace");
            for (int i = 0; i < 400; i++) assertEquals(x[i] > 0.5f ? 1f : 0f, input.spike(1, i), "pixel " + i);

            // gate k fires one step before the phase it opens, nowhere else
            InspectedLayer gates = in.layer("gates");
            assertEquals(12, gates.neurons());
            for (int t = 0; t < 12; t++)
                for (int k = 0; k < 12; k++)
                    assertEquals(SynfireGateChain.firingStep(k, 12) == t ? 1f : 0f, gates.spike(t, k), "gate " + k + " step " + t);

            // slow motion follows the hidden layer, in the chip's units
            InspectedLayer h = in.layers().get(1);
            assertEquals("h", h.name());
            assertEquals(GatedCircuit.THRESHOLD, h.threshold());
            for (int t = 0; t < 12; t++)
                for (int i = 0; i < 400; i++)
                    if (h.spike(t, i) > 0) assertTrue(h.membrane(t, i) > GatedCircuit.THRESHOLD, "a spike crosses θ");

            // the circuit's output phase answers as the rule's integer engine does from the same weights
            OnChipBackprop rule = (OnChipBackprop) s.rule();
            int[] active = new int[400];
            int n = 0;
            for (int i = 0; i < 400; i++) if (x[i] > 0.5f) active[n++] = i;
            int[] outNet = new int[10];
            rule.engine().infer(active, 0, n, outNet);
            float[] expected = new float[10];
            for (int k = 0; k < 10; k++) expected[k] = outNet[k] > NbpConstants.BINARY_THRESHOLD ? 1f : 0f;
            assertArrayEquals(expected, in.outputs(), "output spikes of the circuit and of the engine");
            int first = 0;
            for (int k = 9; k >= 0; k--) if (expected[k] > 0) first = k;
            assertEquals(first, in.predicted(), "the spike read-out");

            // learned on a copy: the run's weights and position are as they were
            Map<String, float[]> after = get(s.checkpoint()).params();
            assertEquals(before.keySet(), after.keySet());
            for (String name : before.keySet()) assertArrayEquals(before.get(name), after.get(name), name);
            assertEquals(SessionState.PAUSED, s.state());
        }
    }
}
