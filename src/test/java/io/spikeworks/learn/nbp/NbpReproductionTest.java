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

    /**
     * With samples held out of the training set: they are never trained on (the run equals one on the rest alone),
     * each checkpoint scores them as the reference would, and the checkpoint chosen by them is the best-scoring one.
     */
    @Test
    void heldOutSamplesScoreEveryCheckpointAndChooseOne() {
        NbpDataset.Split split = NbpDataset.MNIST20.load(null);
        NbpSamples all = split.train().limit(1200);
        NbpSamples train = all.range(0, 1000);
        NbpSamples validation = all.range(1000, 1200);
        NbpSamples test = split.test().limit(300);
        for (int s = 0; s < validation.size(); s++) {
            assertEquals(all.label(1000 + s), validation.label(s), "label of held-out sample " + s);
            org.junit.jupiter.api.Assertions.assertArrayEquals(all.dense(1000 + s), validation.dense(s), "held-out sample " + s);
        }
        int hidden = 64;
        long seed = 3;
        List<NbpEpochResult> run = NbpReproduction.run(train, validation, test, hidden, 3, seed, null);
        List<NbpEpochResult> plain = NbpReproduction.run(train, test, hidden, 3, seed, null);

        NbpReference ref = new NbpReference(NbpWeights.heInit(train.inputs(), hidden, train.classes(), seed));
        double best = -1;
        double bestAt = 0;
        for (int epoch = 1; epoch <= 3; epoch++) {
            NbpEpochResult r = run.get(epoch - 1);
            assertEquals(plain.get(epoch - 1).testSpike(), r.testSpike(), 0, "held-out samples were trained on");
            int[] order = NbpReproduction.shuffledOrder(train.size(), seed, epoch);
            for (int i = 0; i < order.length; i++) {
                if (i == order.length / 2) {
                    double v = score(ref, validation).spikeAccuracy();
                    assertEquals(v, r.halfValidationSpike(), 1e-12, "validation after half of epoch " + epoch);
                    if (v > best) { best = v; bestAt = epoch - 0.5; }
                }
                ref.train(train.dense(order[i]), train.label(order[i]));
            }
            double v = score(ref, validation).spikeAccuracy();
            assertEquals(v, r.validationSpike(), 1e-12, "validation at the end of epoch " + epoch);
            if (v > best) { best = v; bestAt = epoch; }
        }
        ValidatedCheckpoint chosen = ValidatedCheckpoint.choose(run);
        assertEquals(bestAt, chosen.epochs(), "chosen checkpoint");
        assertEquals(best, chosen.validationSpike(), 1e-12);
        NbpEpochResult at = run.get((int) Math.ceil(bestAt) - 1);
        assertEquals(bestAt % 1 == 0 ? at.testSpike() : at.halfTestSpike(), chosen.testSpike(), 0, "test score of the chosen checkpoint");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> ValidatedCheckpoint.choose(plain));
    }
}
