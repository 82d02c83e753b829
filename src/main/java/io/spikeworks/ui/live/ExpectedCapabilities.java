package io.spikeworks.ui.live;

import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.nbp.CircuitRecording;
import io.spikeworks.learn.symmetry.WeightSymmetryRule;
import io.spikeworks.learn.ttl.TruncatedLocalBptt;
import io.spikeworks.model.Project;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a project's run will offer, known before Run from its algorithm alone (the rule is built from the project's
 * component, as the session builds it), so the dashboard shows the cards that run will fill: nBP's gated circuit in
 * place of the raster and traces, the symmetry views only for rules with feedback weights, TTL-BPTT's savings. What
 * depends on the data (test-function predictions, an estimated gradient) is left for the session to claim.
 */
public final class ExpectedCapabilities {
    private ExpectedCapabilities() {}

    public static Set<LiveCapability> of(Project project) {
        Set<LiveCapability> offered = EnumSet.copyOf(LiveSource.DEFAULT_CAPABILITIES);
        LearningRule rule;
        try {
            rule = LearningRules.create(project.algorithm());
        } catch (RuntimeException e) {
            return offered; // an algorithm the engine lacks: the builder says so; the cards stay as they were
        }
        if (rule instanceof CircuitRecording) {
            offered.add(LiveCapability.GATED_CIRCUIT);
            offered.remove(LiveCapability.NETWORK_ACTIVITY);
        }
        if (!(rule instanceof WeightSymmetryRule)) offered.remove(LiveCapability.WEIGHT_SYMMETRY);
        if (rule instanceof TruncatedLocalBptt) offered.add(LiveCapability.TRUNCATION_COSTS);
        return offered;
    }
}
