package io.spikeworks.model;

import java.util.List;
import java.util.Objects;

/**
 * Which dataset to train and test on.
 *
 * @param name       a DATASET type id from the catalog ("mnist", "cifar10", ...)
 * @param path       directory of a user-provided dataset (CIFAR); null for bundled ones. A relative path is
 *                   meant relative to the project file's directory.
 * @param limitTrain use only the first N training samples; null = all
 * @param limitTest  use only the first N test samples; null = all
 */
public record DatasetSpec(String name, String path, Integer limitTrain, Integer limitTest) {

    public static final String PATH = "path";
    public static final String LIMIT_TRAIN = "limitTrain";
    public static final String LIMIT_TEST = "limitTest";

    /** Metadata of the settings besides the dataset choice itself, in file order. */
    public static final List<ParamSpec> PARAMS = List.of(
            ParamSpec.ofString(PATH, "Directory").asOptional()
                    .withHelp("where a dataset that is not bundled was extracted; relative to the project file"),
            ParamSpec.ofInt(LIMIT_TRAIN, "Training samples").atLeast(1).asOptional().withUnit("samples")
                    .withHelp("use only the first N training samples; unset = all"),
            ParamSpec.ofInt(LIMIT_TEST, "Test samples").atLeast(1).asOptional().withUnit("samples")
                    .withHelp("use only the first N test samples; unset = all"));

    public DatasetSpec {
        Objects.requireNonNull(name, "name");
    }

    public static DatasetSpec of(String name) {
        return new DatasetSpec(name, null, null, null);
    }

    public DatasetSpec withName(String newName) {
        return new DatasetSpec(newName, path, limitTrain, limitTest);
    }

    public DatasetSpec withPath(String newPath) {
        return new DatasetSpec(name, newPath, limitTrain, limitTest);
    }

    public DatasetSpec withLimitTrain(Integer limit) {
        return new DatasetSpec(name, path, limit, limitTest);
    }

    public DatasetSpec withLimitTest(Integer limit) {
        return new DatasetSpec(name, path, limitTrain, limit);
    }
}
