package io.spikeworks.learn.sweep;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.model.Project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data sets a sweep's configurations train on, each loaded once per JVM and shared by the configurations that
 * name it (read-only). Event streams are binned into each project's steps, so the steps are part of the key.
 *
 * @param assets folder holding datasets/; null to locate it as the CLI does
 */
public record SweepData(Path assets, Integer limitTrain, Integer limitTest, Map<List<Object>, TrainTestSplit> cache) {
    public SweepData(Path assets, Integer limitTrain, Integer limitTest) {
        this(assets, limitTrain, limitTest, new ConcurrentHashMap<>());
    }

    /** @throws RuntimeException when the data set cannot be loaded (missing or damaged files) */
    public TrainTestSplit load(Project p) {
        List<Object> key = List.of(p.dataset(), p.training().timeSteps());
        TrainTestSplit hit = cache.get(key);
        if (hit != null) return hit;
        synchronized (cache) {
            return cache.computeIfAbsent(key, k -> TrainingData.load(p, assets, limitTrain, limitTest));
        }
    }
}
