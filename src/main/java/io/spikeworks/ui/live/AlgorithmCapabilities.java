package io.spikeworks.ui.live;

import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.LearningRules;
import io.spikeworks.learn.gradient.GradientComparison;
import io.spikeworks.learn.nbp.CircuitRecording;
import io.spikeworks.learn.symmetry.WeightSymmetryRule;
import io.spikeworks.learn.ttl.TruncatedLocalBptt;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.ComponentSpec;
import io.spikeworks.model.Project;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a run offers because of its training algorithm: the network's raster and traces, or instead nBP's gated
 * circuit (that rule never runs the network); the symmetry views for rules with feedback weights; TTL-BPTT's savings.
 * The session's source asks it of its rule and adds what its data offers. Before Run the dashboard asks it of the
 * open project ({@link #of(Project)}), which also expects what the project's data set and settings will offer, so it
 * shows the cards that run will fill.
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

    /**
     * For the project's algorithm, built as the session builds it (the defaults for one the engine lacks), with what
     * its data will offer: test-function predictions for a data set of one real-valued target (the regression and
     * operator tasks; a run whose test set does not hold a whole function offers none, and its card then goes), and
     * the gradient comparison when the run will make one ({@link GradientComparison}).
     */
    public static Set<LiveCapability> of(Project project) {
        Set<LiveCapability> expected;
        try {
            LearningRule rule = LearningRules.create(project.algorithm());
            expected = of(rule);
            if (GradientComparison.madeBy(project, rule)) expected.add(LiveCapability.GRADIENT_ESTIMATE);
        } catch (RuntimeException e) {
            expected = EnumSet.copyOf(LiveSource.DEFAULT_CAPABILITIES); // the builder says what is wrong with it
        }
        boolean oneRealTarget = ComponentCatalog.standard().find(ComponentFamily.DATASET, project.dataset().name())
                .map(ComponentSpec::datasetFacts)
                .filter(f -> f != null && !f.hasClassLabels() && f.targetSize() == 1).isPresent();
        if (oneRealTarget) expected.add(LiveCapability.TEST_FUNCTION_PREDICTIONS);
        return expected;
    }
}
