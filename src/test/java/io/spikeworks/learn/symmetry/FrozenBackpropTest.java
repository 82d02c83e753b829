package io.spikeworks.learn.symmetry;

import io.spikeworks.learn.ExactBackprop;
import io.spikeworks.learn.Trainer;
import io.spikeworks.learn.symmetry.ToyTraining.Coding;
import io.spikeworks.learn.symmetry.ToyTraining.Shape;
import io.spikeworks.sim.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrozenBackpropTest {
    static FeedbackSettings settings(int alignmentEvery) {
        return FeedbackSettings.defaults().withAlignmentEvery(alignmentEvery);
    }

    static List<float[]> trainedWeights(Shape shape, Coding coding, io.spikeworks.learn.LearningRule rule, int iterations) {
        Network net = ToyTraining.network(shape, coding, 5);
        Trainer t = ToyTraining.trainer(net, coding, rule, 5e-3);
        ToyTraining.train(t, iterations);
        return ToyTraining.weightsAndBiases(net);
    }

    static void assertSameBits(List<float[]> a, List<float[]> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(a.get(i), b.get(i), "parameter " + i);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"DENSE, RATE", "DENSE, TTFS", "CONV, RATE", "CONV, TTFS"})
    void phiOneWithFullTransportIsBackpropBitForBit(Shape shape, Coding coding) {
        List<float[]> bp = trainedWeights(shape, coding, new ExactBackprop(), 12);
        List<float[]> fbp = trainedWeights(shape, coding, new FrozenBackprop(1, new FullTransport(), settings(3)), 12);
        assertSameBits(bp, fbp);
        List<float[]> frozen = trainedWeights(shape, coding, new FrozenBackprop(5, new FullTransport(), settings(0)), 12);
        assertFalse(java.util.Arrays.equals(bp.get(0), frozen.get(0)), "a frozen B changes the updates");
    }

    @Test
    void measuringAlignmentDoesNotChangeTraining() {
        List<float[]> quiet = trainedWeights(Shape.DENSE, Coding.RATE, new FrozenBackprop(4, new FullTransport(), settings(0)), 10);
        List<float[]> measured = trainedWeights(Shape.DENSE, Coding.RATE, new FrozenBackprop(4, new FullTransport(), settings(1)), 10);
        assertSameBits(quiet, measured);
    }

    @Test
    void alignmentIsZeroRightAfterATransportAndGrowsWhileFrozen() {
        Network net = ToyTraining.network(Shape.DENSE, Coding.RATE, 5);
        FrozenBackprop rule = new FrozenBackprop(1000, new FullTransport(), settings(1));
        Trainer t = ToyTraining.trainer(net, Coding.RATE, rule, 5e-3);
        ToyTraining.train(t, 1);
        assertEquals(0.0, rule.gradientAlignment().lastDegrees(), 1e-3, "B = W on the first batch");
        ToyTraining.train(t, 30);
        assertTrue(rule.gradientAlignment().lastDegrees() > 0.01, "angle " + rule.gradientAlignment().lastDegrees());
        assertTrue(rule.feedbackWeights().orElseThrow().asymmetry().relativeNorm() > 0);
        assertEquals(31, rule.gradientAlignment().history().size());
    }

    /** Iterations K, period Φ: ⌊K/Φ⌋ events, each copying ⌈p·N_l⌉ weights per feedback layer. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = SchemeKind.class)
    void transportCountersMatchTheirClosedForm(SchemeKind kind) {
        int iterations = 23, phi = 5, bits = 8;
        double p = 0.1;
        Network net = ToyTraining.network(Shape.DENSE, Coding.RATE, 5);
        FeedbackSettings s = new FeedbackSettings(bits, 0.5, 0, 3);
        FrozenBackprop rule = new FrozenBackprop(phi, TransportScheme.of(kind.id, p, 9), s);
        ToyTraining.train(ToyTraining.trainer(net, Coding.RATE, rule, 5e-3), iterations);

        TransportMeter m = rule.transportMeter();
        long events = iterations / phi;
        int[] sizes = {24 * 16, 16 * 3}; // h2 and out; h1's feedback is never used
        long copied = 0, reads = 0, all = 0;
        for (int l = 0; l < sizes.length; l++) {
            long perEvent = kind == SchemeKind.FULL ? sizes[l] : (long) Math.ceil(p * sizes[l]);
            assertEquals(events, m.events(l));
            assertEquals(events * perEvent, m.weightsCopied(l));
            assertEquals(events * perEvent * bits, m.bitsCopied(l));
            assertEquals(kind == SchemeKind.LARGEST ? events * sizes[l] : 0, m.comparisonReads(l));
            copied += events * perEvent;
            reads += kind == SchemeKind.LARGEST ? events * sizes[l] : 0;
            all += sizes[l];
        }
        assertEquals(List.of("h2", "out"), m.layers());
        assertEquals(events, m.events());
        assertEquals(iterations, m.iterations());
        assertEquals(copied, m.weightsCopied());
        assertEquals(copied * bits, m.bitsCopied());
        assertEquals(reads, m.comparisonReads());
        assertEquals(0.5 * copied * bits, m.energyPj(), 1e-9);
        assertEquals((double) iterations * all * bits / (copied * bits), m.reductionVsBp(), 1e-9);
        assertEquals(2 * events, m.recentEvents().size());
        assertEquals(phi, m.recentEvents().get(0).iteration());
        var metrics = rule.metrics();
        assertEquals((double) copied, metrics.get("transport_weights_copied"));
        assertEquals(m.reductionVsBp(), metrics.get("transport_reduction_vs_bp"));
        assertTrue(metrics.containsKey("asym_cosine.out"));
        assertTrue(metrics.containsKey("transport_energy_pj"));
    }

    enum SchemeKind {
        FULL("full"), RANDOM("random"), ROUND_ROBIN("round-robin"), LARGEST("largest-divergence");

        final String id;

        SchemeKind(String id) {
            this.id = id;
        }
    }

    @Test
    void transportRestoresSymmetryOfTheCopiedLayers() {
        Network net = ToyTraining.network(Shape.CONV, Coding.RATE, 5);
        FrozenBackprop rule = new FrozenBackprop(6, new FullTransport(), settings(0));
        Trainer t = ToyTraining.trainer(net, Coding.RATE, rule, 5e-3);
        ToyTraining.train(t, 5);
        FeedbackWeights fb = rule.feedbackWeights().orElseThrow();
        assertTrue(fb.asymmetry().relativeNorm() > 0, "frozen for five updates");
        ToyTraining.train(t, 1);
        assertEquals(0.0, fb.asymmetry().relativeNorm());
        assertEquals(1.0, fb.asymmetry().signAgreement());
        assertArrayEquals(fb.layer(0).weightValues(), fb.snapshot(0));
    }

    @Test
    void aChipSuppliesBitsAndEnergyTheAlgorithmLeftUnsetAndHearsEveryCopy() {
        long[] heard = new long[2];
        TransportMeter unset = new TransportMeter(List.of("a"), new long[]{10}, null, null);
        assertEquals(32, unset.bitsPerWeight());
        unset.useChip(8, 2.0, (weights, bits) -> {
            heard[0] += weights;
            heard[1] += weights * bits;
        });
        unset.countIteration();
        unset.countEvent();
        unset.record(1, 0, 4, unset.bitsPerWeight(), 0);
        assertEquals(32, unset.bitsCopied());
        assertEquals(64.0, unset.energyPj());
        assertEquals(4, heard[0]);
        assertEquals(32, heard[1]);
        assertEquals(10 * 8 / 32.0, unset.reductionVsBp());

        TransportMeter given = new TransportMeter(List.of("a"), new long[]{10}, 16, 0.5);
        given.useChip(8, 2.0, (w, b) -> { });
        assertEquals(16, given.bitsPerWeight(), "the algorithm's own setting wins");
        given.countEvent();
        given.record(1, 0, 1, given.bitsPerWeight(), 0);
        assertEquals(8.0, given.energyPj());
    }
}
