package io.spikeworks.ui.live.circuit;

import io.spikeworks.learn.nbp.CircuitSample;
import io.spikeworks.learn.nbp.GatedNbpCircuit;
import io.spikeworks.learn.nbp.MirrorCheck;
import io.spikeworks.learn.nbp.NbpDataset;
import io.spikeworks.learn.nbp.NbpSamples;
import io.spikeworks.learn.nbp.NbpWeights;
import io.spikeworks.learn.nbp.SynfireGateChain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What the gated-circuit card shows, without JavaFX: a real MNIST sample through the circuit from He weights. */
class CircuitDataTest {
    static NbpSamples train;

    @BeforeAll
    static void load() {
        train = NbpDataset.MNIST20.load(null).train().limit(20);
    }

    static CircuitData recorded(int sample, MirrorCheck mirror, int engineDifference) {
        GatedNbpCircuit c = GatedNbpCircuit.runRecorded(NbpWeights.heInit(400, 400, 10, 3), train.dense(sample), train.label(sample));
        MirrorCheck m = mirror != null ? mirror : c.mirrorDifferences();
        return CircuitData.from(7, new CircuitSample(1234, train.label(sample), c.lastRecord(), m, engineDifference, 5,
                Math.max(m.worst(), engineDifference)));
    }

    @Test
    void phaseNamesAlongTheStepsAndTheGateChainSteppingThroughThem() {
        CircuitData d = recorded(0, null, 0);
        assertEquals(12, d.steps());
        assertEquals(SynfireGateChain.TRAINING_PHASES, d.phases());
        assertEquals("5 W2 potentiation", d.phases().get(5));
        // the gates first, as one band of twelve named neurons; each fires once, one step before the phase it opens
        CircuitData.Band gates = d.bands().get(0);
        assertEquals(CircuitData.GATES, gates.name());
        assertEquals(12, gates.size());
        assertEquals("g00", gates.neuronName(0));
        assertEquals("g11", gates.neuronName(11));
        for (int k = 0; k < 12; k++) assertEquals(List.of(Math.floorMod(k - 1, 12)), d.gateSteps(k), "gate g" + k);
        for (int t = 0; t < 12; t++) assertEquals(1, gates.spikeCount(t), "one gate per step");
        // every other population of the training circuit, in its order, once
        assertEquals(List.of("gates", "x", "m_x", "h", "h<", "h>", "m_h", "c_h", "h1T", "o", "o<", "o>", "t", "d2+", "d2-",
                "oT-"), d.bands().stream().map(CircuitData.Band::name).toList());
        // the input replayed at 1, 7 and 11 exactly as the sample's pixels; the target at 3
        CircuitData.Band x = d.band("x");
        int on = train.activeCount(0);
        for (int t = 0; t < 12; t++) {
            assertEquals(t == 1 || t == 7 || t == 11 ? on : 0, x.spikeCount(t), "x at step " + t);
            assertEquals(t == 3 ? 1 : 0, d.band("t").spikeCount(t));
        }
        assertTrue(d.band("t").spike(3, d.label()));
        // a spike is a membrane above threshold, in every band at every step
        for (CircuitData.Band b : d.bands())
            for (int t = 0; t < 12; t++)
                for (int n = 0; n < b.size(); n++)
                    assertEquals(b.membrane(t, n) > CircuitData.THRESHOLD, b.spike(t, n), b.neuronName(n) + " at " + t);
    }

    @Test
    void tracesFollowTheHiddenGateHiddenUnitItsBackpropNeuronAndTheLabelsOutput() {
        CircuitData d = recorded(1, null, 0);
        List<CircuitData.Trace> tr = d.traces();
        assertEquals(List.of("gates", "h", "h1T", "o"), tr.stream().map(CircuitData.Trace::band).toList());
        assertEquals("g02", tr.get(0).name());
        assertArrayEquals(new boolean[]{false, true, false, false, false, false, false, false, false, false, false, false},
                tr.get(0).spiked(), "g02 fires at step 1, opening the hidden phase");
        int j = tr.get(1).neuron();
        assertTrue(d.band("h").spike(2, j), "a hidden unit active in the forward pass");
        for (int k = 0; k < j; k++) assertFalse(d.band("h").spike(2, k), "the first such");
        assertEquals(j, tr.get(2).neuron());
        assertEquals(d.label(), tr.get(3).neuron());
        for (CircuitData.Trace t : tr)
            for (int s = 0; s < 12; s++) assertEquals(d.band(t.band()).membrane(s, t.neuron()), t.membrane()[s]);
    }

    @Test
    void theCopyCheckIsZeroForTheCircuitAndShowsADifferenceWhenThereIsOne() {
        CircuitData d = recorded(2, null, 0);
        assertTrue(d.exact());
        assertEquals(7, d.checkLines().size());
        for (CircuitData.Check c : d.checkLines()) assertEquals(0, c.maxAbs(), c.what());
        CircuitData broken = recorded(2, new MirrorCheck(0, 0, 0, 0, 0, 2), 0);
        assertFalse(broken.exact());
        assertEquals(new CircuitData.Check("W2ᵀ + (−copy)", 2), broken.checkLines().get(1));
        CircuitData apart = recorded(2, null, 4);
        assertFalse(apart.exact(), "circuit and engine disagree");
        assertEquals(new CircuitData.Check("circuit − engine", 4), apart.checkLines().get(6));
        assertEquals(4, apart.worstEver());
    }
}
