package io.spikeworks.model;

import java.util.List;
import java.util.Objects;

/**
 * How long and how to train. The scalar settings are described by {@link #PARAMS} so the inspector can
 * generate their editors like any component's, and read/write them by key with {@link #get}/{@link #with}.
 *
 * @param timeSteps simulation steps per sample (T)
 */
public record TrainingSpec(int epochs, int batchSize, int timeSteps, long seed, double learningRate,
                           Component optimizer, Component schedule) {

    public static final String EPOCHS = "epochs";
    public static final String BATCH_SIZE = "batchSize";
    public static final String TIME_STEPS = "timeSteps";
    public static final String SEED = "seed";
    public static final String LEARNING_RATE = "learningRate";

    /** Metadata of the scalar settings, in file order. */
    public static final List<ParamSpec> PARAMS = List.of(
            ParamSpec.ofInt(EPOCHS, "Epochs").withRange(1, 10_000).withDefault(1)
                    .withHelp("passes over the training set"),
            ParamSpec.ofInt(BATCH_SIZE, "Batch size").withRange(1, 65_536).withDefault(64).withUnit("samples")
                    .withHelp("samples per weight update"),
            ParamSpec.ofInt(TIME_STEPS, "Time steps (T)").withRange(1, 10_000).withDefault(25).withUnit("steps")
                    .withHelp("simulation steps each sample is presented for"),
            ParamSpec.ofInt(SEED, "Seed").withDefault(42)
                    .withHelp("seeds weight init, shuffling and spike encoding; same seed, same run"),
            ParamSpec.ofDouble(LEARNING_RATE, "Learning rate").greaterThan(0).atMost(10).withDefault(1e-3)
                    .withHelp("initial step size; the schedule scales it per epoch"));

    public TrainingSpec {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        if (optimizer.family() != ComponentFamily.OPTIMIZER) {
            throw new IllegalArgumentException("not an optimizer: " + optimizer.type());
        }
        if (schedule.family() != ComponentFamily.SCHEDULE) {
            throw new IllegalArgumentException("not a schedule: " + schedule.type());
        }
    }

    public static ParamSpec param(String key) {
        return PARAMS.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no training setting '" + key + "'"));
    }

    /** The setting as Long or Double, the Java types of its {@link ParamSpec}. */
    public Object get(String key) {
        return switch (key) {
            case EPOCHS -> (long) epochs;
            case BATCH_SIZE -> (long) batchSize;
            case TIME_STEPS -> (long) timeSteps;
            case SEED -> seed;
            case LEARNING_RATE -> learningRate;
            default -> throw new IllegalArgumentException("no training setting '" + key + "'");
        };
    }

    /**
     * A copy with the setting changed; for generated editors.
     *
     * @throws IllegalArgumentException if the value has the wrong type for the setting (ranges are left to
     *                                  validation, like component parameters)
     */
    public TrainingSpec with(String key, Object value) {
        Object v = param(key).canonical(Objects.requireNonNull(value, key));
        return switch (key) {
            case EPOCHS -> withEpochs(toInt(key, v));
            case BATCH_SIZE -> withBatchSize(toInt(key, v));
            case TIME_STEPS -> withTimeSteps(toInt(key, v));
            case SEED -> withSeed(toLong(key, v));
            case LEARNING_RATE -> {
                if (!(v instanceof Double d)) throw new IllegalArgumentException(key + " must be a number");
                yield withLearningRate(d);
            }
            default -> throw new IllegalArgumentException("no training setting '" + key + "'");
        };
    }

    private static long toLong(String key, Object v) {
        if (!(v instanceof Long n)) throw new IllegalArgumentException(key + " must be a whole number");
        return n;
    }

    private static int toInt(String key, Object v) {
        long n = toLong(key, v);
        if (n != (int) n) throw new IllegalArgumentException(key + " is out of int range: " + n);
        return (int) n;
    }

    public TrainingSpec withEpochs(int v) {
        return new TrainingSpec(v, batchSize, timeSteps, seed, learningRate, optimizer, schedule);
    }

    public TrainingSpec withBatchSize(int v) {
        return new TrainingSpec(epochs, v, timeSteps, seed, learningRate, optimizer, schedule);
    }

    public TrainingSpec withTimeSteps(int v) {
        return new TrainingSpec(epochs, batchSize, v, seed, learningRate, optimizer, schedule);
    }

    public TrainingSpec withSeed(long v) {
        return new TrainingSpec(epochs, batchSize, timeSteps, v, learningRate, optimizer, schedule);
    }

    public TrainingSpec withLearningRate(double v) {
        return new TrainingSpec(epochs, batchSize, timeSteps, seed, v, optimizer, schedule);
    }

    public TrainingSpec withOptimizer(Component v) {
        return new TrainingSpec(epochs, batchSize, timeSteps, seed, learningRate, v, schedule);
    }

    public TrainingSpec withSchedule(Component v) {
        return new TrainingSpec(epochs, batchSize, timeSteps, seed, learningRate, optimizer, v);
    }
}
