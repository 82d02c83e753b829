package io.spikeworks.session;

import io.spikeworks.data.Dataset;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.model.Project;
import io.spikeworks.sim.EngineCounters;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.SpikingLayer;
import io.spikeworks.sim.encode.SpikeEncoder;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.spikeworks.session.CheckpointTest.assertBitEqual;
import static io.spikeworks.session.TinySessions.get;
import static io.spikeworks.session.TinySessions.stepBatches;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Time-step inspection of one sample, on a copy of the network. */
class SampleInspectorTest {
    static final int T = 5;

    /** A network of the project with the given weights, run on a batch of three with the sample's spikes in the middle. */
    static Network forwardInBatchOfThree(Project p, Checkpoint weights, float[] sampleSpikes, int in) {
        Network net = NetworkFactory.network(p.network(), new int[]{1, 8, 8},
                LearningRules.spikeFunction(p.algorithm()), 99);
        List<Param> params = net.params();
        for (Param x : params) System.arraycopy(weights.params().get(x.name()), 0, x.value, 0, x.size());
        float[] input = new float[T * 3 * in];
        for (int t = 0; t < T; t++) {
            Arrays.fill(input, (t * 3) * in, (t * 3) * in + in, 1f); // neighbours all on, to tell them apart
            System.arraycopy(sampleSpikes, t * in, input, (t * 3 + 1) * in, in);
        }
        net.forward(input, true, 3, T, new float[3 * net.outputSize()], new EngineCounters());
        return net;
    }

    @Test
    void inspectionMatchesADirectForwardPassAndStepsThroughTime() throws Exception {
        Project p = TinySessions.project();
        Dataset train = TinySessions.train();
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            stepBatches(s, rec, 3);
            Checkpoint c = get(s.checkpoint());
            SampleInspection in = get(s.inspect(DataSplit.TRAIN, 5));
            assertEquals(5, in.index());
            assertEquals(train.label(5), in.label());
            assertEquals(3, in.iteration());
            assertEquals(T, in.steps());
            assertEquals(List.of("input", "hidden1", "out"), in.layers().stream().map(InspectedLayer::name).toList());

            // the input is the sample encoded with its own fixed seed
            float[] pixels = new float[64];
            train.copySample(5, pixels, 0);
            SpikeEncoder enc = NetworkFactory.encoder(p.encoder());
            float[] spikes = new float[T * 64];
            enc.encode(pixels, 1, 64, T, SampleInspector.encoderSeed(p.training().seed(), DataSplit.TRAIN, 5), spikes);
            assertArrayEquals(spikes, in.layer("input").spikes());

            // every layer's spikes and membranes equal those of the sample within a batch of the same weights
            Network net = forwardInBatchOfThree(p, c, spikes, 64);
            for (SpikingLayer l : net.spikingLayers()) {
                InspectedLayer mine = in.layer(l.name());
                int n = l.outputSize();
                for (int t = 0; t < T; t++) {
                    float[] want = Arrays.copyOfRange(l.output(), (t * 3 + 1) * n, (t * 3 + 2) * n);
                    float[] wantMem = Arrays.copyOfRange(l.state().membrane(), (t * 3 + 1) * n, (t * 3 + 2) * n);
                    assertArrayEquals(want, mine.spikesAt(t), l.name() + " spikes at t=" + t);
                    assertArrayEquals(wantMem, mine.membranesAt(t), l.name() + " membranes at t=" + t);
                }
                // the threshold the slow-motion view draws the membranes against
                assertEquals(l.neuronModel().threshold(), mine.threshold(), 0, l.name());
            }
            assertTrue(Double.isNaN(in.layer("input").threshold()), "the input has no threshold");

            // one time step at a time
            TimeStepCursor cursor = in.cursor();
            assertEquals(-1, cursor.step());
            assertEquals(0, cursor.spikesSoFar("hidden1").length);
            assertTrue(cursor.advance());
            assertEquals(0, cursor.step());
            assertArrayEquals(in.layer("hidden1").membranesAt(0), cursor.membranesSoFar("hidden1"));
            assertTrue(cursor.advance());
            assertEquals(2 * 16, cursor.spikesSoFar("hidden1").length);
            while (cursor.advance()) {
                assertTrue(cursor.step() < T);
            }
            assertEquals(T - 1, cursor.step());
            assertFalse(cursor.hasNext());
            int[] counts = cursor.spikeCountsSoFar("out");
            float[] readout = in.outputs();
            for (int i = 0; i < counts.length; i++) assertEquals(readout[i], counts[i], "spike-count readout " + i);
            assertThrows(IllegalStateException.class, () -> cursor.membranesSoFar("input"));
            cursor.moveTo(1);
            assertEquals(1, cursor.step());

            assertThrows(IndexOutOfBoundsException.class, () -> get(s.inspect(DataSplit.TEST, TinySessions.TEST)));
        }
    }

    @Test
    void inspectingDoesNotDisturbTraining() throws Exception {
        Project p = TinySessions.project();
        Checkpoint inspected;
        Checkpoint straight;
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            stepBatches(s, rec, 3);
            get(s.inspect(DataSplit.TEST, 1));
            get(s.inspect(DataSplit.TRAIN, 7));
            stepBatches(s, rec, 3);
            inspected = get(s.checkpoint());
        }
        try (TrainingSession s = TinySessions.open(p)) {
            StatusRecorder rec = StatusRecorder.on(s);
            stepBatches(s, rec, 6);
            straight = get(s.checkpoint());
        }
        assertBitEqual(straight.params(), inspected.params());
    }

    @Test
    void theSameSampleInspectsTheSameWay() throws Exception {
        try (TrainingSession s = TinySessions.open(TinySessions.project())) {
            SampleInspection a = get(s.inspect(DataSplit.TEST, 3));
            SampleInspection b = get(s.inspect(DataSplit.TEST, 3));
            assertArrayEquals(a.layer("out").membranes(), b.layer("out").membranes());
            assertEquals(SessionState.IDLE, s.state(), "inspection does not start training");
        }
    }

    @Test
    void aDirectCurrentInputIsInspectedAsValuesWithTheScaleViewsShadeThemBy() throws Exception {
        Project direct = TinySessions.project().withEncoder(io.spikeworks.model.ComponentCatalog.standard()
                .create(io.spikeworks.model.ComponentFamily.ENCODER, "direct"));
        Dataset test = TinySessions.test();
        try (TrainingSession s = TinySessions.open(direct)) {
            SampleInspection in = get(s.inspect(DataSplit.TEST, 3));
            float[] px = new float[64];
            test.copySample(3, px, 0);
            float most = 0;
            for (float v : px) most = Math.max(most, Math.abs(v));
            assertTrue(most > 0);
            assertEquals(most, in.layer("input").valueScale(), 1e-6, "the sample's largest value (gain 1)");
            assertEquals(0, in.layer("hidden1").valueScale(), "spiking layers hold spikes");
        }
        try (TrainingSession s = TinySessions.open(TinySessions.project())) {
            assertEquals(0, get(s.inspect(DataSplit.TEST, 3)).layer("input").valueScale(), "Poisson input: spikes");
        }
    }
}
