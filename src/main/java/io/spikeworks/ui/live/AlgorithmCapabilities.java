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
 * What a run offers because of its training algorithm: the network's raster and traces, or instead nBP's gated
 * circuit (that rule never runs the network); the symmetry views for rules with feedback weights; TTL-BPTT's savings.
 * The session's source asks it of its rule; before Run the dashboard asks it of the open project's algorithm, so it
 * shows the cards that run will fill. What depends on the data (test-function predictions, an estimated gradient) is
 * the session's to add.
 */
public final class AlgorithmCapabilities {
    private AlgorithmCapabilities() {}

    public static Set<LiveCapability> of(LearningRule rule) {
        Set<LiveCapability> offered = EnumSet.noneOf(LiveCapability.class);
        offered.add(rule instanceof CircuitRecording ? LiveCapability.GATED_CIRCUIT : LiveCapability.NETWORK_ACTIVITY);
        if (rule instanceof WeightSymmetryRule) offered.add(LiveCapability.WEIGHT_SYMMETRY);
        if (rule instanceof TruncatedLocalBptt) offered.add(LiveCapability.TRUNCATION_COSTS);
        return offered;
    }

    /** For the project's algorithm, built as the session builds it; the defaults for one the engine lacks. */
    public static Set<LiveCapability> of(Project project) {
        try {
            return of(LearningRules.create(project.algorithm()));
        } catch (RuntimeException e) {
            return EnumSet.copyOf(LiveSource.DEFAULT_CAPABILITIES); // the builder says what is wrong with it
        }
    }
}
