package io.spikeworks.learn.gradient;

import io.spikeworks.learn.LearningRule;
import io.spikeworks.learn.symmetry.WeightSymmetryRule;
import io.spikeworks.model.Project;

/**
 * Whether a run compares its rule's gradient with BPTT's, for the gradient-quality telemetry: a rule without feedback
 * weights with an alignmentEvery parameter above 0, or one that hands over a table of estimators
 * ({@link GradientCosineSource}). Weight-symmetry rules show theirs in their own views. The session asks it to
 * record the comparison; the dashboard asks it before Run, to show the card that run will fill.
 */
public final class GradientComparison {
    private GradientComparison() {}

    public static boolean madeBy(Project project, LearningRule rule) {
        if (rule instanceof WeightSymmetryRule) return false;
        return every(project) > 0 || rule instanceof GradientCosineSource;
    }

    /** The project's alignmentEvery (updates between comparisons), 0 when its algorithm has none. */
    public static int every(Project project) {
        return project.algorithm().spec().findParam("alignmentEvery").isPresent()
                ? project.algorithm().getInt("alignmentEvery") : 0;
    }
}
