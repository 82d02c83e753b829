package io.spikeworks.session;

import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectJson;
import io.spikeworks.sim.Param;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a checkpoint fits a session: the same parameters (names and sizes), and the same network, optimiser
 * type, batch size and data set, without which the optimiser state or the batch position would mean something
 * else. Settings that only steer what comes next — learning rate, schedule, epochs — may differ, so that a run that
 * diverged can go on from an earlier checkpoint with a smaller learning rate.
 */
final class CheckpointCompatibility {
    private CheckpointCompatibility() {}

    static void check(Project session, Checkpoint c, List<Param> params) {
        List<String> problems = new ArrayList<>();
        Project saved;
        try {
            saved = new ProjectJson().parse(c.projectJson(), "checkpoint");
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the checkpoint's project cannot be read: " + e.getMessage(), e);
        }
        if (!saved.network().equals(session.network())) problems.add("the network differs");
        if (!saved.training().optimizer().type().equals(session.training().optimizer().type()))
            problems.add("the optimizer is " + saved.training().optimizer().type() + ", not "
                    + session.training().optimizer().type());
        if (saved.training().batchSize() != session.training().batchSize())
            problems.add("the batch size is " + saved.training().batchSize() + ", not " + session.training().batchSize());
        if (!saved.dataset().equals(session.dataset())) problems.add("the data set differs");
        Map<String, float[]> values = c.params();
        if (values.size() != params.size())
            problems.add("it holds " + values.size() + " parameters, the network " + params.size());
        for (Param p : params) {
            float[] v = values.get(p.name());
            if (v == null) problems.add("parameter " + p.name() + " is missing");
            else if (v.length != p.size())
                problems.add("parameter " + p.name() + " has " + v.length + " values, not " + p.size());
        }
        if (!problems.isEmpty())
            throw new IllegalArgumentException("the checkpoint does not fit this session: " + String.join("; ", problems));
    }
}
