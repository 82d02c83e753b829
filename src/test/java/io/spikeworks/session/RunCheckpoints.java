package io.spikeworks.session;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.sim.Param;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A run's checkpoint through the file format and a fresh run resumed from it, as a session would, without threads. */
final class RunCheckpoints {
    private RunCheckpoints() {}

    /** The run's checkpoint, written to checkpoint bytes and read back. */
    static Checkpoint throughFile(Project p, TrainingRun run) throws IOException {
        Map<String, float[]> params = new LinkedHashMap<>();
        for (Param q : run.trainer().trainedParams()) params.put(q.name(), q.value.clone());
        Checkpoint c = new Checkpoint(new ProjectJson().toJson(p), run.position(), params,
                run.trainer().optimizer().state(), run.trainer().rule().state(), run.counters());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CheckpointFiles.writeTo(bytes, c);
        return CheckpointFiles.readFrom(new ByteArrayInputStream(bytes.toByteArray()), "mem");
    }

    /** A new run of the project with the checkpoint's weights, optimiser and rule state and position. */
    static TrainingRun resumed(Project p, TrainTestSplit data, Checkpoint c) {
        TrainingRun run = new TrainingRun(p, data.train(), data.test());
        for (Param q : run.trainer().trainedParams())
            System.arraycopy(c.params().get(q.name()), 0, q.value, 0, q.value.length);
        run.trainer().optimizer().restore(c.optimizerState());
        run.trainer().rule().restore(c.ruleState());
        run.resumeAt(c.position());
        return run;
    }
}
