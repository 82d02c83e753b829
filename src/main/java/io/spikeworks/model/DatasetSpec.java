package io.spikeworks.model;

import java.util.List;
import java.util.Objects;

/**
 * Which dataset to train and test on. The settings besides the choice itself are described by {@link #PARAMS}, so
 * the inspector generates their editors and reads/writes them by key ({@link #get}, {@link #with}).
 *
 * @param name       a DATASET type id from the catalog ("mnist", "cifar10", ...)
 * @param path       directory of a user-provided dataset (CIFAR); null for bundled ones. A relative path is
 *                   meant relative to the project file's directory.
 * @param limitTrain use only the first N training samples; null = all
 * @param limitTest  use only the first N test samples; null = all
 * @param holdOut    hold N of the training samples out (a seeded random choice, never trained on) and score them at
 *                   every evaluation, so a checkpoint can be chosen without the test set; null = none
 */
public record DatasetSpec(String name, String path, Integer limitTrain, Integer limitTest, Integer holdOut) {

    public static final String PATH = "path";
    public static final String LIMIT_TRAIN = "limitTrain";
    public static final String LIMIT_TEST = "limitTest";
    public static final String HOLD_OUT = "holdOut";

    /** Metadata of the settings besides the dataset choice itself, in file order. */
    public static final List<ParamSpec> PARAMS = List.of(
            ParamSpec.ofString(PATH, "Directory").asOptional()
                    .withHelp("where a dataset that is not bundled was extracted; relative to the project file"),
            ParamSpec.ofInt(LIMIT_TRAIN, "Training samples").atLeast(1).asOptional().withUnit("samples")
                    .withHelp("use only the first N training samples; unset = all"),
            ParamSpec.ofInt(LIMIT_TEST, "Test samples").atLeast(1).asOptional().withUnit("samples")
                    .withHelp("use only the first N test samples; unset = all"),
            ParamSpec.ofInt(HOLD_OUT, "Held-out samples").atLeast(1).asOptional().withUnit("samples")
                    .withHelp("hold N training samples out (a seeded random choice, never trained on), score them at "
                            + "every evaluation and choose the checkpoint by them, not by the test set; labelled "
                            + "images only; unset = none"));

    public DatasetSpec {
        Objects.requireNonNull(name, "name");
    }

    /** Without a held-out set. */
    public DatasetSpec(String name, String path, Integer limitTrain, Integer limitTest) {
        this(name, path, limitTrain, limitTest, null);
    }

    public static DatasetSpec of(String name) {
        return new DatasetSpec(name, null, null, null, null);
    }

    public static ParamSpec param(String key) {
        return PARAMS.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no data set setting '" + key + "'"));
    }

    /** The setting as the Java type of its {@link ParamSpec} (String or Long), or null when unset. */
    public Object get(String key) {
        return switch (key) {
            case PATH -> path;
            case LIMIT_TRAIN -> limitTrain == null ? null : (long) limitTrain;
            case LIMIT_TEST -> limitTest == null ? null : (long) limitTest;
            case HOLD_OUT -> holdOut == null ? null : (long) holdOut;
            default -> throw new IllegalArgumentException("no data set setting '" + key + "'");
        };
    }

    /**
     * A copy with the setting changed (null unsets it); for generated editors. Ranges are left to validation, like
     * component parameters.
     */
    public DatasetSpec with(String key, Object value) {
        Object v = value == null ? null : param(key).canonical(value);
        return switch (key) {
            case PATH -> withPath(v == null ? null : v.toString());
            case LIMIT_TRAIN -> withLimitTrain(count(key, v));
            case LIMIT_TEST -> withLimitTest(count(key, v));
            case HOLD_OUT -> withHoldOut(count(key, v));
            default -> throw new IllegalArgumentException("no data set setting '" + key + "'");
        };
    }

    private static Integer count(String key, Object v) {
        if (v == null) return null;
        if (!(v instanceof Long n)) throw new IllegalArgumentException(key + " must be a whole number");
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    public DatasetSpec withName(String newName) {
        return new DatasetSpec(newName, path, limitTrain, limitTest, holdOut);
    }

    public DatasetSpec withPath(String newPath) {
        return new DatasetSpec(name, newPath, limitTrain, limitTest, holdOut);
    }

    public DatasetSpec withLimitTrain(Integer limit) {
        return new DatasetSpec(name, path, limit, limitTest, holdOut);
    }

    public DatasetSpec withLimitTest(Integer limit) {
        return new DatasetSpec(name, path, limitTrain, limit, holdOut);
    }

    public DatasetSpec withHoldOut(Integer samples) {
        return new DatasetSpec(name, path, limitTrain, limitTest, samples);
    }
}
