package io.spikeworks.learn.nbp;

/**
 * One epoch of an nBP run: training exact-match accuracy and loss as the samples went by (before each sample's
 * update, as the authors log it), then the test set scored with the weights at the end of the epoch, and with the
 * weights after the first half of its samples (the paper's Fig. 3 plots checkpoints every half epoch; the
 * {@code half…} figures). With a validation set held out of the training data, its spike-argmax accuracy at both
 * checkpoints too (NaN without one): the honest way to pick a checkpoint.
 */
public record NbpEpochResult(int epoch, long seed, double trainExact, double trainLoss, double testSpike,
                             double testMembrane, double testExact, double testLoss, double trainSeconds,
                             double trainSamplesPerSecond, int weightsAtLimit, double halfTestSpike,
                             double halfTestMembrane, double halfTestExact, double halfValidationSpike,
                             double validationSpike) {

    public static String csvHeader() {
        return "epoch,seed,train_exact,train_loss,test_spike_argmax,test_membrane_argmax,test_exact,test_loss,"
                + "train_seconds,train_samples_per_s,weights_at_limit,half_test_spike_argmax,half_test_membrane_argmax,"
                + "half_test_exact,half_validation_spike_argmax,validation_spike_argmax";
    }

    public String csvRow() {
        return String.format(java.util.Locale.ROOT, "%d,%d,%.4f,%.5f,%.4f,%.4f,%.4f,%.5f,%.3f,%.0f,%d,%.4f,%.4f,%.4f,%s,%s",
                epoch, seed, trainExact, trainLoss, testSpike, testMembrane, testExact, testLoss, trainSeconds,
                trainSamplesPerSecond, weightsAtLimit, halfTestSpike, halfTestMembrane, halfTestExact,
                fraction(halfValidationSpike), fraction(validationSpike));
    }

    /** Empty for NaN (no validation set), so a spreadsheet reads a missing value, not the text "NaN". */
    private static String fraction(double v) {
        return Double.isNaN(v) ? "" : String.format(java.util.Locale.ROOT, "%.4f", v);
    }
}
