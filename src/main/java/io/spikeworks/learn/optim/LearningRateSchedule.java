package io.spikeworks.learn.optim;

/** Learning rate as a function of training progress. */
@FunctionalInterface
public interface LearningRateSchedule {
    /** @param epoch 0-based epoch, @param progress fraction of all training done, in [0, 1] */
    double rate(double base, int epoch, double progress);

    static LearningRateSchedule constant() {
        return (base, epoch, progress) -> base;
    }

    /** Multiplies by gamma every stepEpochs epochs. */
    static LearningRateSchedule step(int stepEpochs, double gamma) {
        return (base, epoch, progress) -> base * Math.pow(gamma, epoch / stepEpochs);
    }

    /** Cosine decay from base to minFactor·base over the whole run. */
    static LearningRateSchedule cosine(double minFactor) {
        return (base, epoch, progress) -> base * (minFactor + (1 - minFactor) * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
}
