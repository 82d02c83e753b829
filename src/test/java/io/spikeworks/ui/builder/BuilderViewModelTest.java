package io.spikeworks.ui.builder;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.edit.DraftEdits;
import io.spikeworks.edit.Link;
import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.file.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The builder's logic driven with no JavaFX toolkit at all: plain sets for the selection, prompts answered here. */
class BuilderViewModelTest {
    private static final Path SAMPLE = Path.of("sample-projects/mnist-bptt.json");

    /** Answers like a user would, and records what it was asked. */
    static final class ScriptedPrompts implements Prompts {
        Unsaved unsaved = Unsaved.CANCEL;
        Path open;
        Path save;
        final List<String> asked = new ArrayList<>();

        public Unsaved unsavedChanges(String projectName) { asked.add("unsaved " + projectName); return unsaved; }
        public Path chooseOpen(Path initialDirectory) { asked.add("open"); return open; }
        public Path chooseSave(Path initialDirectory, String suggestedFileName) { asked.add("save as " + suggestedFileName); return save; }
        public void openFailed(Path file, List<ValidationError> errors, String ioMessage) { asked.add("failed " + errors.size()); }
        public boolean offerRecovery(String projectName, String savedWhen) { asked.add("recover " + projectName); return true; }
        public void error(String title, String message) { asked.add("error " + message); }
    }

    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final List<String> status = new ArrayList<>();
    private final BuilderViewModel vm = viewModel(null);

    private BuilderViewModel viewModel(Autosave autosave) {
        BuilderViewModel m = new BuilderViewModel(ComponentCatalog.standard(), ChipProfiles.builtInOnly(), prompts,
                new RecentFiles(null), autosave, null);
        m.setStatusSink(status::add);
        return m;
    }

    @Test
    void anOpenedSampleIsReadyToRunAndEditsUndoAndDirtyTheTitle() {
        List<String> changes = new ArrayList<>();
        vm.addListener(() -> changes.add(vm.projectTitle()));
        assertTrue(vm.openFile(SAMPLE));
        assertEquals(List.of("Opened mnist-bptt.json"), status);
        assertTrue(vm.report().runnable(), vm.report().blockers().toString());
        assertEquals("Ready to run · fits float-reference", vm.runStatusText());
        assertEquals("1×28×28 → 784 → 256 → 10", vm.shapeSummary());
        assertEquals("MNIST · BPTT · 784-256-10 LIF", vm.projectTitle());

        vm.edit("Set units", "units", d -> DraftEdits.setLayer(d, "hidden1",
                d.project().network().layer("hidden1").orElseThrow().withParam("units", 128)));
        assertEquals("1×28×28 → 784 → 128 → 10", vm.shapeSummary());
        assertEquals("MNIST · BPTT · 784-256-10 LIF •", vm.projectTitle());
        vm.undo();
        assertEquals("Undid: Set units", status.get(status.size() - 1));
        assertEquals("MNIST · BPTT · 784-256-10 LIF", vm.projectTitle(), "undone back to what is on disk: clean");
        assertEquals(3, changes.size(), "open, edit, undo each notified once: " + changes);
    }

    @Test
    void aRefusedEditIsReportedAndChangesNothing() {
        vm.openFile(SAMPLE);
        status.clear();
        assertFalse(vm.edit("Set units", null, d -> { throw new IllegalArgumentException("units must be at least 1"); }));
        assertEquals(List.of("Cannot set units: units must be at least 1"), status);
        assertEquals(0, vm.history().undoDepth());
    }

    @Test
    void layersAreAddedDeletedCopiedAndPastedFromPlainSelections() {
        String dense = vm.appendLayer(BuiltInComponents.DENSE);
        assertEquals("dense1", dense);
        assertTrue(vm.hasLayer(Set.of(dense, Project.INPUT_NODE)));
        assertFalse(vm.hasLayer(Set.of(Project.INPUT_NODE, Project.READOUT_NODE)), "input and readout are not layers");
        assertFalse(vm.canPaste());
        vm.copy(Set.of(dense));
        assertTrue(vm.canPaste());
        List<String> pasted = vm.paste();
        assertEquals(1, pasted.size());
        assertTrue(vm.draft().hasNode(pasted.get(0)));
        assertEquals(vm.draft().project().layout().get(dense).x() + 40, vm.draft().project().layout().get(pasted.get(0)).x(),
                1e-9, "the first paste lands 40 px right of the copy");
        assertFalse(vm.delete(Set.of(Project.INPUT_NODE), Set.of()), "nothing deletable selected");
        assertTrue(vm.delete(Set.of(pasted.get(0)), Set.of()));
        assertFalse(vm.draft().hasNode(pasted.get(0)));
        assertEquals("Delete " + pasted.get(0), vm.history().undoDescription().orElseThrow());
        assertEquals("Layer dense1", BuilderViewModel.inspectorTitle(Set.of("dense1")));
        assertEquals("Input", BuilderViewModel.inspectorTitle(Set.of(Project.INPUT_NODE)));
        assertEquals("2 nodes selected", BuilderViewModel.inspectorTitle(Set.of("a", "b")));
        assertEquals("Project", BuilderViewModel.inspectorTitle(Set.of()));
    }

    @Test
    void runHandsOverTheProjectOnlyWhenNothingBlocksIt() {
        List<Project> ran = new ArrayList<>();
        vm.setOnRun(ran::add);
        vm.appendLayer(BuiltInComponents.DENSE);
        assertFalse(vm.report().runnable());
        assertTrue(vm.runStatusText().startsWith("Run is disabled: "), vm.runStatusText());
        vm.run();
        assertEquals(List.of(), ran);
        vm.openFile(SAMPLE);
        vm.run();
        assertEquals(List.of(vm.project()), ran);
    }

    @Test
    void unsavedChangesAreAskedAboutAndSavedToTheChosenFile(@TempDir Path dir) throws Exception {
        List<String> recentChanges = new ArrayList<>();
        vm.setOnRecentChanged(() -> recentChanges.add(vm.recentFiles().list().toString()));
        vm.appendLayer(BuiltInComponents.DENSE);
        prompts.unsaved = Prompts.Unsaved.CANCEL;
        assertFalse(vm.newProject(), "cancelled");
        assertTrue(vm.draft().hasNode("dense1"));
        prompts.unsaved = Prompts.Unsaved.SAVE;
        prompts.save = dir.resolve("mine.json");
        assertTrue(vm.newProject(), "saved, then started over");
        assertTrue(Files.exists(prompts.save));
        assertEquals(List.of("unsaved Untitled", "unsaved Untitled", "save as untitled.json"), prompts.asked);
        assertFalse(vm.draft().hasNode("dense1"));
        assertNull(vm.currentFile());
        assertEquals(1, recentChanges.size());

        assertTrue(vm.openFile(SAMPLE));
        Path copy = dir.resolve("copy.json");
        assertTrue(vm.saveTo(copy));
        assertEquals(copy, vm.currentFile());
        vm.edit("Rename", null, d -> d.withProject(d.project().withName("Renamed")));
        prompts.asked.clear();
        prompts.open = SAMPLE;
        assertTrue(vm.open(), "saved to its own file (no Save As), then opened the next");
        assertEquals(List.of("unsaved Renamed", "open"), prompts.asked);
        assertTrue(vm.openFile(copy));
        assertEquals("Renamed", vm.project().name(), "what was saved comes back");
        assertEquals(List.of(copy.toAbsolutePath().toString(), SAMPLE.toAbsolutePath().toString()), vm.recentFiles().list().stream().map(Path::toString).toList()
                .subList(0, 2), "newest first");

        Files.writeString(dir.resolve("broken.json"), "{\"format\": \"spikeworks-project\", \"version\": 1}");
        assertFalse(vm.openFile(dir.resolve("broken.json")));
        assertEquals(copy, vm.currentFile(), "a failed open leaves the open project alone");
        assertTrue(prompts.asked.get(prompts.asked.size() - 1).startsWith("failed "), prompts.asked.toString());
        assertEquals("mnist-bptt.json", BuilderViewModel.fileNameFor("MNIST BPTT"));
    }

    @Test
    void workLeftUnsavedIsWrittenForRecoveryAndOfferedBack(@TempDir Path dir) {
        BuilderViewModel first = viewModel(new Autosave(dir));
        first.appendLayer(BuiltInComponents.DENSE);
        first.autosaveNow();
        BuilderViewModel next = viewModel(new Autosave(dir));
        assertTrue(next.offerRecovery());
        assertTrue(next.draft().hasNode("dense1"));
        assertTrue(next.history().isDirty(), "recovered work still needs saving");
        assertEquals("Restored autosaved work", status.get(status.size() - 1));
    }

    @Test
    void linksInTheSelectionAreRemovedAsConnections() {
        vm.openFile(SAMPLE);
        Link link = new Link("hidden1", "out");
        assertTrue(vm.draft().links().contains(link), vm.draft().links().toString());
        assertTrue(vm.delete(Set.of(), Set.of(link)));
        assertFalse(vm.draft().links().contains(link));
        assertEquals("Remove connection " + link, vm.history().undoDescription().orElseThrow());
        assertFalse(vm.report().runnable());
    }
}
