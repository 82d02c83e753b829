package io.spikeworks.learn.nbp;

import io.spikeworks.learn.score.CheckpointChoice;

import java.util.ArrayList;
import java.util.List;

/**
 * The checkpoint (after half an epoch, or at its end) whose spike-argmax accuracy on the validation samples was
 * best, and what the test set scored there. The test set is scored at every checkpoint but never used to choose,
 * so the chosen test accuracy is not selected on the data it reports.
 *
 * @param epochs where the checkpoint is, in epochs (e.g. 56.5 for the half-way checkpoint of epoch 57)
 */
public record ValidatedCheckpoint(double epochs, double validationSpike, double testSpike, double testMembrane,
                                  double testExact) {

    /**
     * The best validation checkpoint of a run; the earliest among equals. At a half-way checkpoint the test set was
     * scored by all three read-outs as well, so every figure comes from the same weights.
     *
     * @throws IllegalArgumentException when the run had no validation set
     */
    public static ValidatedCheckpoint choose(List<NbpEpochResult> run) {
        List<ValidatedCheckpoint> checkpoints = new ArrayList<>();
        for (NbpEpochResult r : run) {
            if (Double.isNaN(r.validationSpike()) || Double.isNaN(r.halfValidationSpike()))
                throw new IllegalArgumentException("epoch " + r.epoch() + " has no validation score: run with a validation set");
            checkpoints.add(new ValidatedCheckpoint(r.epoch() - 0.5, r.halfValidationSpike(), r.halfTestSpike(),
                    r.halfTestMembrane(), r.halfTestExact()));
            checkpoints.add(new ValidatedCheckpoint(r.epoch(), r.validationSpike(), r.testSpike(), r.testMembrane(),
                    r.testExact()));
        }
        if (checkpoints.isEmpty()) throw new IllegalArgumentException("the run has no epochs");
        return checkpoints.get(CheckpointChoice.earliestBest(checkpoints.size(), i -> checkpoints.get(i).validationSpike));
    }
}
