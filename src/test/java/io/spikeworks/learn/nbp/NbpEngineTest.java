package io.spikeworks.learn.nbp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The event-driven engine against the plain-arithmetic reference, on real MNIST 20×20 samples. */
class NbpEngineTest {
    static NbpSamples train;

    @BeforeAll
    static void load() {
        train = NbpDataset.MNIST20.load(null).train();
    }

    @Test
    void engineEqualsReferenceSampleBySampleThroughClipping() {
        NbpWeights init = NbpTestWeights.stretched(400, 400, 10, 7, 3);
        NbpReference ref = new NbpReference(init);
        NbpEngine engine = new NbpEngine(init);
        int n = 3000;
        int[] order = NbpReproduction.shuffledOrder(train.size(), 7, 1);
        for (int i = 0; i < n; i++) {
            int s = order[i];
            int[] o = ref.train(train.dense(s), train.label(s));
            int wrong = engine.train(train, s, null);
            int expectWrong = 0;
            for (int k = 0; k < 10; k++) expectWrong += o[k] != (k == train.label(s) ? 1 : 0) ? 1 : 0;
            assertEquals(expectWrong, wrong, "output errors of sample " + i);
            if (i % 10 == 0) {
                String bad = engine.weights().firstInvalidWeight();
                assertNull(bad, "weight left the even grid in [−254, 254] after sample " + i + ": " + bad);
            }
            if (i % 100 == 99 || i == n - 1) {
                String diff = ref.weights().firstDifference(engine.weights());
                assertNull(diff, "after " + (i + 1) + " samples: " + diff);
            }
        }
        assertNull(engine.weights().firstInvalidWeight());
        assertTrue(ref.clippedUpdates() > 100, "clipping must have happened: " + ref.clippedUpdates());
    }

    @Test
    void heInitialisationIsEvenBelow240AndHasTheRequestedSpread() {
        NbpWeights w = NbpWeights.heInit(400, 400, 10, 3);
        double sum2 = 0;
        for (int i = 0; i < 400; i++)
            for (int j = 0; j < 400; j++) {
                int v = w.w1(i, j);
                assertEquals(0, v & 1);
                assertTrue(Math.abs(v) <= 240);
                sum2 += (double) v * v;
            }
        // sd = sqrt(2/800)·1024 = 51.2 before the floor to even (which lowers |w| by 1 on average)
        double sd = Math.sqrt(sum2 / (400 * 400));
        assertEquals(50.5, sd, 1.0);
        assertEquals(w, NbpWeights.heInit(400, 400, 10, 3), "same seed, same weights");
        assertNotEquals(w, NbpWeights.heInit(400, 400, 10, 4));
    }

    @Test
    void aSeedGivesTheSameRunTwice() {
        NbpSamples small = train.limit(2000);
        NbpSamples test = train.limit(500);
        var a = NbpReproduction.run(small, test, 64, 2, 5, null);
        var b = NbpReproduction.run(small, test, 64, 2, 5, null);
        assertEquals(2, a.size());
        for (int e = 0; e < 2; e++) {
            assertEquals(a.get(e).testSpike(), b.get(e).testSpike());
            assertEquals(a.get(e).testMembrane(), b.get(e).testMembrane());
            assertEquals(a.get(e).trainExact(), b.get(e).trainExact());
        }
        assertTrue(a.get(1).testMembrane() > 0.5, "2000 samples already learn something: " + a.get(1).testMembrane());
    }
}
