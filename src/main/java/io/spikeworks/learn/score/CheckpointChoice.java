package io.spikeworks.learn.score;

import java.util.function.IntToDoubleFunction;

/**
 * How held-out scores choose a checkpoint, everywhere one is chosen (run files, the learning-curves card, the nBP
 * reproduction): the best score, the earliest among equals, so a run that stops improving keeps its first peak.
 */
public final class CheckpointChoice {
    private CheckpointChoice() {}

    /** The index of the best of count scores; NaN (not scored there) is never chosen; -1 when none is a number. */
    public static int earliestBest(int count, IntToDoubleFunction score) {
        int best = -1;
        double bestScore = Double.NaN;
        for (int i = 0; i < count; i++) {
            double s = score.applyAsDouble(i);
            if (Double.isNaN(s)) continue;
            if (best < 0 || s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }

    public static int earliestBest(double[] scores) {
        return earliestBest(scores.length, i -> scores[i]);
    }
}
