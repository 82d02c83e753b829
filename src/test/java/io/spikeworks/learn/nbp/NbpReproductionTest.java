package io.spikeworks.learn.nbp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reproduction's checkpoints, as the paper's Fig. 3 takes them (every half epoch): each is the test set scored
 * with the weights at that point, checked against the plain-arithmetic reference trained through the same samples.
 */
class NbpReproductionTest {
    @Test
    void halfAndFullEpochCheckpointsScoreTheWeightsTrainedUpToThem() {
        NbpDataset.Split split = NbpDataset.MNIST20.load(null);
        NbpSamples train = split.train().limit(1000);
        NbpSamples test = split.test().limit(300);
        int hidden = 64;
        long seed = 11;
        List<NbpEpochResult> run = NbpReproduction.run(train, test, hidden, 2, seed, null);

        NbpReference ref = new NbpReference(NbpWeights.heInit(train.inputs(), hidden, train.classes(), seed));
        for (int epoch = 1; epoch <= 2; epoch++) {
            int[] order = NbpReproduction.shuffledOrder(train.size(), seed, epoch);
            for (int i = 0; i < order.length; i++) {
                if (i == order.length / 2) assertScores(score(ref, test), run.get(epoch - 1), true, epoch);
                ref.train(train.dense(order[i]), train.label(order[i]));
            }
            assertScores(score(ref, test), run.get(epoch - 1), false, epoch);
        }
    }

    private static NbpScore score(NbpReference ref, NbpSamples test) {
        NbpScore s = new NbpScore();
        for (int i = 0; i < test.size(); i++) s.add(ref.outputNetInput(test.dense(i)), test.label(i));
        return s;
    }

    private static void assertScores(NbpScore want, NbpEpochResult r, boolean half, int epoch) {
        String at = (half ? "half of epoch " : "end of epoch ") + epoch;
        assertEquals(want.spikeAccuracy(), half ? r.halfTestSpike() : r.testSpike(), 1e-12, at + ": spike-argmax");
        assertEquals(want.membraneAccuracy(), half ? r.halfTestMembrane() : r.testMembrane(), 1e-12, at + ": membrane-argmax");
        assertEquals(want.exactAccuracy(), half ? r.halfTestExact() : r.testExact(), 1e-12, at + ": exact match");
    }
}
