package io.spikeworks.model.lesson;

/**
 * When a lesson step is over: when the user presses Next ({@link Kind#USER}), after a number of training batches
 * of this step, or once the training score (accuracy, or the regression score) reaches a level.
 *
 * @param batches  for {@link Kind#BATCHES}: at least 1; else 0
 * @param score    for {@link Kind#SCORE}: in (0, 1]; else 0
 */
public record StepEnd(Kind kind, long batches, double score) {
    public enum Kind { USER, BATCHES, SCORE }

    public static final StepEnd USER = new StepEnd(Kind.USER, 0, 0);

    public StepEnd {
        if (kind == null) throw new IllegalArgumentException("kind is required");
        if (kind == Kind.BATCHES && batches < 1) throw new IllegalArgumentException("batches must be ≥ 1, got " + batches);
        if (kind == Kind.SCORE && !(score > 0 && score <= 1)) throw new IllegalArgumentException("score must be in (0, 1], got " + score);
    }

    public static StepEnd afterBatches(long n) {
        return new StepEnd(Kind.BATCHES, n, 0);
    }

    public static StepEnd atScore(double s) {
        return new StepEnd(Kind.SCORE, 0, s);
    }

    /** Whether a step that has trained {@code batches} batches and scored {@code latestScore} is over. */
    public boolean reached(long batchesThisStep, double latestScore) {
        return switch (kind) {
            case USER -> false;
            case BATCHES -> batchesThisStep >= batches;
            case SCORE -> latestScore >= score;
        };
    }
}
