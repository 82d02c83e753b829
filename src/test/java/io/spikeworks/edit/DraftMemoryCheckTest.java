package io.spikeworks.edit;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The builder's check blocks Run on a model too big for the heap, with a badge on the layer that takes the most. */
class DraftMemoryCheckTest {
    private final ComponentCatalog catalog = ComponentCatalog.standard();

    @Test
    void aModelPastTheHeapBlocksRunOnItsLargestLayer() {
        Project p = Project.newDefault();
        Draft ok = Draft.of(p);
        DraftCheck roomy = new DraftCheck(catalog, ChipProfiles.builtInOnly()::find, () -> 1L << 40);
        assertTrue(roomy.check(ok).runnable(), roomy.check(ok).blockers().toString());

        DraftCheck small = new DraftCheck(catalog, ChipProfiles.builtInOnly()::find, () -> 4L << 30);
        Project longRun = p.withTraining(p.training().withTimeSteps(10_000));
        // 128 hidden units: the encoded input (784 values a step) is the largest part, so the badge is the input's
        DraftReport input = small.check(Draft.of(longRun));
        assertFalse(input.runnable());
        assertTrue(input.problemsOf(Project.INPUT_NODE).get(0).contains("; input keeps 10,000 steps × 784 values"),
                input.nodeProblems().toString());

        var layers = new java.util.ArrayList<>(longRun.network().layers());
        layers.set(0, layers.get(0).withParam("units", 1024));
        DraftReport r = small.check(Draft.of(longRun.withNetwork(new io.spikeworks.model.NetworkSpec(
                longRun.network().inputShape(), layers, longRun.network().readout()))));
        assertFalse(r.runnable());
        assertEquals(1, r.problemsOf("hidden1").size(), r.nodeProblems().toString());
        String badge = r.problemsOf("hidden1").get(0);
        assertTrue(badge.startsWith("does not fit in memory: training needs about "), badge);
        assertTrue(badge.contains(" of a 4.0 GiB heap; hidden1 keeps 10,000 steps × 1,024 neurons × 68 samples"), badge);
        assertTrue(r.blockers().stream().anyMatch(b -> b.startsWith("hidden1: does not fit in memory")), r.blockers().toString());
    }
}
