package io.spikeworks.learn;

/** Training produced NaN or infinity; the run stops with its state intact for inspection. */
public final class TrainingDivergedException extends RuntimeException {
    public TrainingDivergedException(String message) {
        super(message);
    }
}
