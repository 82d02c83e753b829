package io.spikeworks.edit;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.NodePosition;
import io.spikeworks.model.Project;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.*;

class ProjectHistoryTest {
    private final ComponentCatalog catalog = ComponentCatalog.standard();
    private final DraftCheck check = new DraftCheck(catalog, ChipProfiles.builtInOnly()::find);

    private Draft addDense(Draft d, int units, double x) {
        String id = DraftEdits.freshId(d.project(), BuiltInComponents.DENSE);
        LayerSpec l = DraftEdits.newLayer(catalog, BuiltInComponents.DENSE, id).withParam("units", units);
        return DraftEdits.addLayer(d, l, new NodePosition(x, 160));
    }

    @Test
    void buildWireUndoToEmptyAndRedo() {
        ProjectHistory h = new ProjectHistory(Draft.empty());
        assertFalse(check.check(h.current()).runnable());
        h.perform("Add dense1", d -> addDense(d, 256, 200));
        h.perform("Add dense2", d -> addDense(d, 10, 400));
        assertEquals(List.of("not connected to the input"), check.check(h.current()).problemsOf("dense1"));
        h.perform("Connect", d -> DraftEdits.connect(d, Project.INPUT_NODE, "dense1"));
        h.perform("Connect", d -> DraftEdits.connect(d, "dense2", Project.READOUT_NODE));
        h.perform("Connect", d -> DraftEdits.connect(d, "dense1", "dense2"));
        DraftReport r = check.check(h.current());
        assertTrue(r.runnable(), r.blockers().toString());
        assertEquals("1×28×28 → 784 → 256 → 10", r.shapes().summary());
        assertEquals("256", r.edgeShapes().get(new Link("dense1", "dense2")));
        List<Draft> states = new ArrayList<>();
        states.add(h.current());
        while (h.undo()) states.add(h.current());
        assertEquals(Draft.empty(), h.current());
        assertEquals(6, states.size());
        for (int i = states.size() - 2; i >= 0; i--) {
            assertTrue(h.redo());
            assertEquals(states.get(i), h.current());
        }
        assertFalse(h.redo());
    }

    @Test
    void mergesConsecutiveEditsOfOneFieldAndTracksDirty() {
        ProjectHistory h = new ProjectHistory(Draft.of(Project.newDefault()));
        assertFalse(h.isDirty());
        h.perform("T", "timeSteps", d -> d.withProject(d.project().withTraining(d.project().training().withTimeSteps(30))));
        h.perform("T", "timeSteps", d -> d.withProject(d.project().withTraining(d.project().training().withTimeSteps(31))));
        assertEquals(1, h.undoDepth());
        assertTrue(h.isDirty());
        h.undo();
        assertFalse(h.isDirty());
        h.redo();
        h.markSaved();
        assertFalse(h.isDirty());
        h.seal();
        h.perform("T", "timeSteps", d -> d.withProject(d.project().withTraining(d.project().training().withTimeSteps(32))));
        assertEquals(2, h.undoDepth());
        assertFalse(h.perform("nothing", d -> d));
    }

    @Test
    void branchesAndUnconnectedLayersAreReported() {
        Draft d = Draft.of(Project.newDefault());
        assertTrue(d.isChain());
        d = addDense(d, 10, 300);
        d = DraftEdits.connect(d, "hidden1", "dense1");
        DraftReport r = check.check(d);
        assertFalse(r.runnable());
        assertTrue(r.problemsOf("hidden1").get(0).startsWith("a layer can feed only one layer"), r.problemsOf("hidden1").toString());
        d = DraftEdits.disconnect(d, Set.of(new Link("hidden1", "dense1")));
        d = DraftEdits.removeNodes(d, List.of("dense1"));
        assertTrue(check.check(d).runnable());
        // removing the middle layer joins its neighbours
        d = DraftEdits.removeNodes(d, List.of("hidden1"));
        assertTrue(d.links().contains(new Link(Project.INPUT_NODE, "out")));
    }

    @Test
    void copyPasteGivesFreshIdsAndKeepsInternalLinks() {
        Draft d = Draft.of(Project.newDefault());
        DraftEdits.Clip clip = DraftEdits.copy(d, List.of("hidden1", "out"));
        DraftEdits.Pasted p = DraftEdits.paste(d, clip, 30, 30);
        assertEquals(List.of("dense1", "dense2"), p.ids());
        assertTrue(p.draft().links().contains(new Link("dense1", "dense2")));
        assertEquals(List.of("not connected to the input"), check.check(p.draft()).problemsOf("dense1"));
    }

    @Test
    void appendBuildsAChain() {
        Draft d = Draft.empty();
        d = DraftEdits.appendLayer(d, DraftEdits.newLayer(catalog, "dense", "dense1").withParam("units", 256));
        d = DraftEdits.appendLayer(d, DraftEdits.newLayer(catalog, "dense", "dense2").withParam("units", 10));
        assertTrue(d.isChain(), d.wiringProblems().toString());
        assertTrue(check.check(d).runnable());
        Draft laid = DraftEdits.autoLayout(d);
        assertTrue(laid.project().layout().get("dense2").x() > laid.project().layout().get("dense1").x());
    }

    @Test
    void chipViolationsLandOnTheLayer() {
        Draft d = Draft.of(Project.newDefault().withChipProfile("loihi"));
        DraftReport r = check.check(d);
        assertNotNull(r.chip());
        if (!r.chip().fits()) assertFalse(r.runnable());
    }

    private static UnaryOperator<Draft> timeSteps(int t) {
        return d -> d.withProject(d.project().withTraining(d.project().training().withTimeSteps(t)));
    }

    private static int timeSteps(ProjectHistory h) {
        return h.current().project().training().timeSteps();
    }

    @Test
    void keepsAtMostItsLimitOfStepsDroppingTheOldest() {
        ProjectHistory h = new ProjectHistory(Draft.of(Project.newDefault()), 3);
        for (int t = 31; t <= 35; t++) h.perform("T" + t, timeSteps(t));
        assertEquals(3, h.undoDepth());
        assertEquals(List.of("T35", "T34", "T33"), h.edits().stream().map(ProjectHistory.Edit::description).toList());
        while (h.undo()) { }
        assertEquals(32, timeSteps(h), "back to the draft after the oldest step kept");
        assertTrue(h.isDirty(), "the saved draft is beyond the kept steps");
        assertEquals(3, h.redoDepth());
        while (h.redo()) { }
        assertEquals(35, timeSteps(h));
        assertEquals(3, h.undoDepth());
        h.undo();
        h.perform("T40", timeSteps(40)); // a new step after an undo: still three
        assertEquals(List.of("T40", "T34", "T33"), h.edits().stream().map(ProjectHistory.Edit::description).toList());
    }

    @Test
    void theDefaultLimitIsDocumentedAndHeld() {
        ProjectHistory h = new ProjectHistory(Draft.of(Project.newDefault()));
        assertEquals(ProjectHistory.DEFAULT_LIMIT, h.limit());
        for (int i = 0; i < ProjectHistory.DEFAULT_LIMIT + 50; i++) h.perform("T" + i, timeSteps(100 + i % 2));
        assertEquals(ProjectHistory.DEFAULT_LIMIT, h.undoDepth());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProjectHistory(Draft.empty(), 0));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }

    @Test
    void anEditInsideAnotherIsRefusedAndLeavesTheHistoryAsItWas() {
        ProjectHistory h = new ProjectHistory(Draft.of(Project.newDefault()));
        int before = timeSteps(h);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> h.perform("Outer", d -> {
            h.perform("Inner", timeSteps(50));
            return timeSteps(60).apply(d);
        }));
        assertEquals("cannot edit \"Inner\" while edit \"Outer\" is still running: edits do not nest", e.getMessage());
        assertEquals(before, timeSteps(h), "neither edit applied");
        assertEquals(0, h.undoDepth());
        assertThrows(IllegalStateException.class, () -> h.perform("Outer", d -> {
            h.undo();
            return d;
        }));
        assertTrue(h.perform("After", timeSteps(70)), "usable again once the refused edit is over");
        assertEquals(70, timeSteps(h));
    }

    @Test
    void aListenerCannotEditWhileTheHistoryNotifiesIt() {
        ProjectHistory h = new ProjectHistory(Draft.of(Project.newDefault()));
        List<String> refused = new ArrayList<>();
        Runnable nested = () -> {
            try {
                h.perform("From listener", timeSteps(99));
            } catch (IllegalStateException e) {
                refused.add(e.getMessage());
            }
        };
        h.addListener(nested);
        h.perform("T41", timeSteps(41));
        h.undo();
        h.redo();
        h.reset(Draft.of(Project.newDefault()));
        assertEquals(List.of("edit \"T41\"", "undo", "redo", "start over"),
                refused.stream().map(m -> m.replaceAll(".* while (.*) is still running.*", "$1")).toList());
        h.removeListener(nested);
        assertEquals(0, h.undoDepth());
        assertTrue(h.perform("T42", timeSteps(42)));
    }
}
