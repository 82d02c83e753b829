package io.spikeworks.ui.builder;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectDifference;
import io.spikeworks.model.ProjectJson;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** "Duplicate and change one parameter" on the builder's model, without the toolkit. */
class ParameterChangeTest {
    private final BuilderViewModel vm = new BuilderViewModel(ComponentCatalog.standard(), ChipProfiles.builtInOnly(),
            new BuilderViewModelTest.ScriptedPrompts(), new RecentFiles(null), null, null);
    private final ParameterChange change = new ParameterChange(ComponentCatalog.standard(), ChipProfiles.builtInOnly().names(),
            vm::draft, vm::edit);

    private ParameterChange.Parameter find(String id) {
        return change.parameters().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + change.parameters().stream().map(ParameterChange.Parameter::id).toList()));
    }

    @Test
    void listsWhatTheInspectorOffersForProjectLayersAndReadoutButNotNames() {
        assertTrue(vm.openFile(Path.of("sample-projects/mnist-bptt.json")));
        List<String> ids = change.parameters().stream().map(ParameterChange.Parameter::id).toList();
        assertTrue(ids.containsAll(List.of("training.learningRate", "encoder.type", "algorithm.type", "hidden1/layer.units",
                "hidden1/neuron.beta", "readout.type")), ids.toString());
        assertTrue(ids.stream().noneMatch(i -> i.startsWith("project.") || i.endsWith("layer.id")), "names change nothing a run shows");
        assertEquals(ids.size(), ids.stream().distinct().count(), "each once");
        ParameterChange.Parameter beta = find("hidden1/neuron.beta");
        assertTrue(beta.toString().startsWith("Neuron · "), beta.toString());
        assertTrue(beta.toString().contains("(hidden1)"), beta.toString());
    }

    @Test
    void changesExactlyOneParameterAsOneUndoableEdit() throws Exception {
        assertTrue(vm.openFile(Path.of("sample-projects/mnist-bptt.json")));
        Project before = vm.project();
        ParameterChange.Parameter lr = find("training.learningRate");
        double old = before.training().learningRate();
        assertEquals(Optional.empty(), change.apply(lr, Double.toString(old * 2)));
        Project after = vm.project();
        assertEquals(old * 2, after.training().learningRate(), 0);
        // checked independently of the change's own code: the two projects' JSON differ in that one setting
        List<ProjectDifference.Change> diff = ProjectDifference.between(new ProjectJson().toJson(before), new ProjectJson().toJson(after));
        assertEquals(1, diff.size(), diff.toString());
        assertTrue(vm.history().undoDescription().orElseThrow().startsWith("Duplicate and change Learning rate: "),
                vm.history().undoDescription().orElseThrow());
        vm.undo();
        assertEquals(before, vm.project(), "one undo takes it back");

        ParameterChange.Parameter beta = find("hidden1/neuron.beta");
        assertEquals(Optional.empty(), change.apply(beta, "0.5"));
        assertEquals(0.5, ((Number) vm.project().network().layer("hidden1").orElseThrow().neuron().params().get("beta")).doubleValue());
        assertEquals(1, ProjectDifference.between(new ProjectJson().toJson(before), new ProjectJson().toJson(vm.project())).size());
    }

    @Test
    void aBadValueIsRefusedWithTheReasonAndChangesNothing() {
        assertTrue(vm.openFile(Path.of("sample-projects/mnist-bptt.json")));
        Project before = vm.project();
        ParameterChange.Parameter beta = find("hidden1/neuron.beta");
        assertTrue(change.apply(beta, "1.5").orElseThrow().contains("1"), "out of range");
        assertEquals("'fast' is not a number", change.apply(beta, "fast").orElseThrow());
        assertEquals("that is its value now: choose another", change.apply(beta, beta.valueText()).orElseThrow());
        assertTrue(change.apply(find("encoder.type"), "morse").orElseThrow().startsWith("must be one of "));
        assertEquals(Optional.empty(), change.problemWith(find("encoder.type"), "ttfs"));
        assertEquals(before, vm.project());
        assertEquals(0, vm.history().undoDepth());
    }
}
