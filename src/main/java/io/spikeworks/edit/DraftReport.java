package io.spikeworks.edit;

import io.spikeworks.chip.CheckResult;
import io.spikeworks.model.ShapeReport;
import io.spikeworks.model.file.ValidationError;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the builder shows about a {@link Draft} after an edit: shapes on the edges, problems on the nodes,
 * and why Run is not possible.
 *
 * @param shapes     shape inference over the chain
 * @param edgeShapes label per link on the connected chain ("1×28×28", "256")
 * @param nodeProblems problems per node id (wiring, parameters, shapes, chip rules), in that order
 * @param blockers   every reason the project cannot run, one line each ("dense1: not connected to the input")
 * @param validation the project validator's findings
 * @param chip       the design-rule check, or null when it could not run (invalid model, unknown profile)
 */
public record DraftReport(ShapeReport shapes, Map<Link, String> edgeShapes, Map<String, List<String>> nodeProblems,
                          List<String> blockers, List<ValidationError> validation, CheckResult chip) {

    public DraftReport {
        edgeShapes = Map.copyOf(edgeShapes);
        nodeProblems = Map.copyOf(nodeProblems);
        blockers = List.copyOf(blockers);
        validation = List.copyOf(validation);
    }

    /** Run is allowed: the model is valid and fits the chip. */
    public boolean runnable() {
        return blockers.isEmpty();
    }

    public List<String> problemsOf(String node) {
        return nodeProblems.getOrDefault(node, List.of());
    }

    public Optional<CheckResult> chipResult() {
        return Optional.ofNullable(chip);
    }
}
