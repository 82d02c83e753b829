package io.spikeworks.learn.nbp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The neuron-level gated circuit against the plain-arithmetic reference and the event-driven engine on real MNIST
 * 20×20 samples, from weights stretched towards the limits so that clipping happens within the run.
 */
class GatedNbpCircuitTest {
    static final int N = 300;
    static NbpSamples train;
    static NbpSamples test;

    @BeforeAll
    static void load() {
        NbpDataset.Split split = NbpDataset.MNIST20.load(null);
        train = split.train();
        test = split.test().limit(200);
    }

    @Test
    void circuitEngineAndReferenceAgreeSampleBySample() {
        NbpWeights init = NbpTestWeights.stretched(400, 400, 10, 21, 3);
        NbpReference ref = new NbpReference(init);
        NbpEngine engine = new NbpEngine(init);
        GatedNbpCircuit circuit = GatedNbpCircuit.training(init);
        NbpCostModel cost = new NbpCostModel(400, 400, 10);
        NbpActivity activity = new NbpActivity();
        int[] order = NbpReproduction.shuffledOrder(train.size(), 21, 1);
        for (int i = 0; i < N; i++) {
            int s = order[i];
            int[] x = train.dense(s);
            int label = train.label(s);
            int[] expectedOut = ref.outputNetInput(x);
            ref.train(x, label);
            engine.train(train, s, activity);
            NbpCounters before = circuit.counters();
            int[] out = circuit.runSample(x, label);
            NbpCounters did = circuit.counters().minus(before);
            assertArrayEquals(expectedOut, out, "output membrane of sample " + i);
            String mirror = circuit.mirrorMismatch();
            assertNull(mirror, "mirrored copies after sample " + i + ": " + mirror + "; " + did);
            NbpCounters predicted = cost.zero();
            cost.addTrainingSample(activity, predicted);
            String countDiff = predicted.firstDifference(did);
            assertNull(countDiff, "counters of sample " + i + ": " + countDiff);
            if (i % 25 == 24 || i == N - 1) {
                String d = ref.weights().firstDifference(circuit.weights());
                assertNull(d, "circuit vs reference after " + (i + 1) + " samples: " + d);
                d = engine.weights().firstDifference(circuit.weights());
                assertNull(d, "circuit vs engine after " + (i + 1) + " samples: " + d);
            }
        }
        assertTrue(ref.clippedUpdates() > 100, "clipping must have happened: " + ref.clippedUpdates());
        assertNull(circuit.weights().firstInvalidWeight());
        NbpCounters all = circuit.counters();
        assertEquals(0, all.unscheduledSpikes());
        // the gate chain: every gate fired once per cycle (plus g00's start spike), and never out of its step
        for (int k = 0; k < 12; k++)
            assertEquals(N + (k == 0 ? 1 : 0), all.spikes(SynfireGateChain.gateName(k)), "spikes of gate " + k);
        assertEquals(12L * N + 1, all.steps());
    }

    /**
     * The authors' wiring exactly (no inhibition of o at step 8, nor of h at step 0): on the same run o fires
     * outside its phase once W2ᵀ·h reaches 9216, and the ±W2ᵀ copies stop mirroring W2. This is why the
     * guarded wiring is the default.
     */
    @Test
    void authorsWiringLetsOutputsFireUngatedAndTheCopiesDrift() {
        NbpWeights init = NbpTestWeights.stretched(400, 400, 10, 21, 3);
        GatedNbpCircuit circuit = GatedNbpCircuit.training(init, NbpWiring.AUTHORS);
        int[] order = NbpReproduction.shuffledOrder(train.size(), 21, 1);
        int firstDrift = -1;
        for (int i = 0; i < N && firstDrift < 0; i++) {
            circuit.runSample(train.dense(order[i]), train.label(order[i]));
            // the per-copy maxima the dashboard shows see exactly what the first-difference check sees
            assertEquals(circuit.mirrorMismatch() == null, circuit.mirrorDifferences().exact(), "sample " + i);
            if (circuit.mirrorMismatch() != null) firstDrift = i;
        }
        assertTrue(firstDrift >= 0, "expected the unguarded copies to drift within " + N + " samples");
        MirrorCheck drift = circuit.mirrorDifferences();
        assertTrue(drift.worst() >= NbpConstants.STEP && drift.worst() % NbpConstants.STEP == 0, drift.toString());
        assertTrue(circuit.unscheduledSpikes("o") > 0, "the drift comes from o firing outside its phases");
    }

    @Test
    void recordShowsTheGateChainAndPhasesOfOneSample() {
        NbpWeights init = NbpWeights.heInit(400, 400, 10, 5);
        GatedNbpCircuit circuit = GatedNbpCircuit.training(init);
        for (int i = 0; i < 40; i++) {
            boolean record = i == 0 || i == 17 || i == 39;
            if (record) circuit.recordNextSample();
            circuit.runSample(train.dense(i), train.label(i));
            if (!record) continue;
            CircuitRecord r = circuit.lastRecord();
            assertEquals(12, r.steps());
            for (int t = 0; t < 12; t++) {
                assertEquals(t, r.cycleStep(t));
                assertEquals(SynfireGateChain.TRAINING_PHASES.get(t), r.phaseName(t));
                for (int k = 0; k < 12; k++) {
                    boolean shouldFire = SynfireGateChain.firingStep(k, 12) == t;
                    assertEquals(shouldFire, r.spiked(t, SynfireGateChain.gateName(k), 0),
                            "gate " + k + " at step " + t + " of sample " + i);
                }
            }
            int xOn = train.activeCount(i);
            for (int t = 0; t < 12; t++) {
                int expectX = (t == 1 || t == 7 || t == 11) ? xOn : 0;
                assertEquals(expectX, r.spikeCount(t, "x"), "x spikes at step " + t);
                assertEquals(t == 3 ? 1 : 0, r.spikeCount(t, "t"));
            }
            // at step 1 the gate lifts x to 512 and an input spike adds 520: v = 1032 > 1024 exactly for the on pixels
            int[] x = train.dense(i);
            for (int p = 0; p < 400; p++) assertEquals(512 + 520 * x[p], r.membrane(1, "x", p), "x" + p);
        }
        // a record from a snapshot leaves the snapshot alone and shows the same sample the same way
        NbpWeights snapshot = circuit.weights();
        NbpWeights copy = snapshot.copy();
        CircuitRecord r = GatedNbpCircuit.recordOneSample(snapshot, train.dense(40), train.label(40));
        assertEquals(copy, snapshot);
        assertEquals(12, r.steps());
        assertEquals(train.activeCount(40), r.spikeCount(1, "x"));
    }

    @Test
    void inferenceCircuitTakesFourStepsAndMatchesTheEngine() {
        NbpEngine engine = new NbpEngine(NbpWeights.heInit(400, 400, 10, 9));
        for (int i = 0; i < 3000; i++) engine.train(train, i, null);
        GatedNbpCircuit inference = GatedNbpCircuit.inference(engine.weights());
        assertEquals(4, inference.stepsPerSample());
        int[] expected = new int[10];
        NbpCostModel cost = new NbpCostModel(400, 400, 10);
        NbpCounters predicted = cost.zeroInference();
        NbpReference ref = new NbpReference(engine.weights());
        NbpCounters start = inference.counters();
        for (int s = 0; s < test.size(); s++) {
            engine.infer(test, s, expected);
            assertArrayEquals(expected, inference.runSample(test.dense(s), -1), "test sample " + s);
            int[] x = test.dense(s);
            int h = 0;
            NbpWeights w = engine.weights();
            for (int j = 0; j < 400; j++) {
                int a = 0;
                for (int i = 0; i < 400; i++) a += x[i] * w.w1(i, j);
                if (a > 512) h++;
            }
            int o = 0;
            for (int v : ref.outputNetInput(x)) if (v > 512) o++;
            cost.addInferenceSample(test.activeCount(s), h, o, predicted);
        }
        NbpCounters c = inference.counters();
        String diff = predicted.firstDifference(c.minus(start));
        assertNull(diff, "inference counters: " + diff);
        assertEquals(4L * test.size() + 1, c.steps());
        assertEquals(0, c.unscheduledSpikes());
        assertEquals(0, c.plasticUpdates());
        assertNull(engine.weights().firstDifference(inference.weights()), "inference must not learn");
        assertEquals(List.of("g00", "g01", "g02", "g03", "x", "h", "o"), inference.populationNames());
    }
}
