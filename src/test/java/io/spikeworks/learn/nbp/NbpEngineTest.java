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
            if (i % 100 == 99 || i == n - 1) {
                String diff = ref.weights().firstDifference(engine.weights());
                assertNull(diff, "after " + (i + 1) + " samples: " + diff);
            }
        }
        assertNull(engine.weights().firstInvalidWeight());
        assertTrue(ref.clippedUpdates() > 100, "clipping must have happened: " + ref.clippedUpdates());
    }
}
