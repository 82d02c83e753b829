package io.spikeworks.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.spikeworks.learn.LearningRule;
import io.spikeworks.model.file.JsonSyntaxException;
import io.spikeworks.model.file.StrictJson;
import io.spikeworks.sim.Param;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a checkpoint fits a session: the same parameters (names and sizes), and the same network, optimiser
 * type, batch size, data set and — when the learning rule keeps state — algorithm, without which the optimiser state,
 * the rule state or the batch position would mean something else. Settings that only steer what comes next — learning rate, schedule, epochs — may differ, so that a run that
 * diverged can go on from an earlier checkpoint with a smaller learning rate.
 *
 * <p>The projects are compared as JSON trees, not parsed: a checkpoint must stay loadable even when its project
 * would not pass today's validation (say, a learning rate above the editor's range that made it diverge).
 */
final class CheckpointCompatibility {
    private CheckpointCompatibility() {}

    static void check(String sessionProjectJson, Checkpoint c, List<Param> params, LearningRule rule) {
        List<String> problems = new ArrayList<>();
        JsonNode saved = tree(c.projectJson(), "the checkpoint's project");
        JsonNode mine = tree(sessionProjectJson, "the session's project");
        String savedAlgorithm = saved.path("algorithm").path("type").asText();
        String myAlgorithm = mine.path("algorithm").path("type").asText();
        boolean ruleKeepsState = !rule.state().isEmpty();
        if (!c.keepsRuleState() && ruleKeepsState)
            throw new IllegalArgumentException("the checkpoint was written by an older Spikeworks (checkpoint format 1), "
                    + "which did not keep the learning rule's state; " + myAlgorithm + " needs its feedback weights and "
                    + "transport state to continue exactly, so only a bptt session can continue from it");
        if (!savedAlgorithm.equals(myAlgorithm) && (ruleKeepsState || (c.keepsRuleState() && !c.ruleState().isEmpty())))
            problems.add("the algorithm is " + savedAlgorithm + ", not " + myAlgorithm);
        if (!saved.path("network").equals(mine.path("network"))) problems.add("the network differs");
        String savedOptimizer = saved.path("training").path("optimizer").path("type").asText();
        String myOptimizer = mine.path("training").path("optimizer").path("type").asText();
        if (!savedOptimizer.equals(myOptimizer))
            problems.add("the optimizer is " + savedOptimizer + ", not " + myOptimizer);
        JsonNode savedBatch = saved.path("training").path("batchSize");
        JsonNode myBatch = mine.path("training").path("batchSize");
        if (!savedBatch.equals(myBatch)) problems.add("the batch size is " + savedBatch + ", not " + myBatch);
        if (!saved.path("dataset").equals(mine.path("dataset"))) problems.add("the data set differs");
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

    private static JsonNode tree(String json, String what) {
        try {
            return StrictJson.parse(json);
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException(what + " is not valid: " + e.error(), e);
        }
    }
}
