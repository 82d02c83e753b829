package io.spikeworks.learn;

/** Progress after one training batch, for progress bars and live curves. */
public record BatchProgress(int epoch, int batch, int batchesPerEpoch, int epochs, long samplesSeen, double loss,
                            double accuracy, double samplesPerSecond, double secondsElapsed) {
    /** Fraction of the whole run done, in [0, 1]. */
    public double fractionDone() {
        return ((double) (epoch - 1) * batchesPerEpoch + batch) / ((double) epochs * batchesPerEpoch);
    }

    /** Estimated seconds left at the current pace. */
    public double secondsLeft() {
        double f = fractionDone();
        return f <= 0 ? Double.NaN : secondsElapsed * (1 - f) / f;
    }
}
