package io.spikeworks.ui.builder;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.edit.Draft;
import io.spikeworks.edit.DraftCheck;
import io.spikeworks.edit.DraftEdits;
import io.spikeworks.edit.DraftReport;
import io.spikeworks.edit.Link;
import io.spikeworks.edit.ProjectHistory;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.NodePosition;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.ProjectValidationException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The model builder's logic without JavaFX: the edit history and the check after every edit, the editing commands
 * (add, insert, append, delete, copy, paste, undo, redo, auto-layout, Run) and the file commands (New, Open, Save,
 * Save As, recent files, autosave and recovery, the unsaved-changes prompt). {@link ModelBuilder} is its view: the
 * canvas, palette and inspector, the selection, and the menus. Selections come in as plain sets of node ids.
 * Tests drive it with {@link Prompts} fakes and no toolkit. One thread (the FX thread in the app).
 */
public final class BuilderViewModel {
    private final ComponentCatalog catalog;
    private final Prompts prompts;
    private final DraftCheck check;
    private final ProjectHistory history = new ProjectHistory(Draft.empty());
    private final ProjectFiles files = new ProjectFiles();
    private final RecentFiles recent;
    private final Autosave autosave;
    private final Path samplesDirectory;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private DraftReport report;
    private Path currentFile;
    private DraftEdits.Clip clipboard;
    private int pasteCount;
    private Consumer<String> status = text -> {};
    private Consumer<Project> onRun = p -> status("Run: the training session is not connected in this build");
    private Runnable onRecentChanged = () -> {};
    private Runnable onEdited = () -> {};

    /**
     * @param recent           the recent-files list
     * @param autosave         where unsaved work is written for recovery, or null for none
     * @param samplesDirectory where Open starts when nothing was opened yet (may be null)
     */
    private java.util.function.Predicate<Path> lessonOpener;

    public BuilderViewModel(ComponentCatalog catalog, ChipProfiles chips, Prompts prompts, RecentFiles recent,
                            Autosave autosave, Path samplesDirectory) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.check = new DraftCheck(catalog, Objects.requireNonNull(chips, "chips")::find);
        this.recent = Objects.requireNonNull(recent, "recent");
        this.autosave = autosave;
        this.samplesDirectory = samplesDirectory;
        report = check.check(history.current());
        history.addListener(() -> {
            report = check.check(history.current());
            for (Runnable l : listeners) l.run();
        });
    }

    // ---- state

    /** Called after every change of the draft, its report, undo/redo state or dirtiness. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Where one-line messages go (the status bar); nowhere until set. */
    public void setStatusSink(Consumer<String> sink) {
        status = Objects.requireNonNull(sink, "sink");
    }

    /** Called after the recent-files list changed (a file opened or saved). */
    public void setOnRecentChanged(Runnable r) {
        onRecentChanged = Objects.requireNonNull(r, "r");
    }

    /** Called after an edit changed the draft (the view hides its start page). */
    public void setOnEdited(Runnable r) {
        onEdited = Objects.requireNonNull(r, "r");
    }

    /** What Run does with the current project. */
    public void setOnRun(Consumer<Project> run) {
        onRun = Objects.requireNonNull(run, "run");
    }

    public ProjectHistory history() {
        return history;
    }

    public Draft draft() {
        return history.current();
    }

    public Project project() {
        return history.current().project();
    }

    /** The check of the current draft. */
    public DraftReport report() {
        return report;
    }

    public Path currentFile() {
        return currentFile;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    public Path samplesDirectory() {
        return samplesDirectory;
    }

    /** The window title's project part: its name, with a dot while there are unsaved changes. */
    public String projectTitle() {
        return project().name() + (history.isDirty() ? " •" : "");
    }

    /** The shape summary when the layers form one chain; otherwise the shapes as far as the chain goes. */
    public String shapeSummary() {
        return summaryText(history.current(), report);
    }

    static String summaryText(Draft d, DraftReport r) {
        if (d.isChain()) return r.shapes().summary().isEmpty() ? "No shapes yet" : r.shapes().summary();
        List<String> chain = d.chainFromInput();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            String s = r.edgeShapes().get(new Link(chain.get(i), chain.get(i + 1)));
            if (s == null) break;
            parts.add(s);
        }
        return parts.isEmpty() ? "Connect the input to a layer to see shapes" : String.join(" → ", parts) + " → …";
    }

    /** Under the canvas: ready (and on which chip), or how many problems block Run. */
    public String runStatusText() {
        if (report.runnable()) return "Ready to run" + report.chipResult().map(c -> " · fits " + c.mapping().profile().name()).orElse("");
        int n = report.blockers().size();
        return "Run is disabled: " + n + (n == 1 ? " problem" : " problems");
    }

    /** What the inspector is titled for this selection of nodes. */
    public static String inspectorTitle(Set<String> selectedNodes) {
        if (selectedNodes.size() == 1) {
            String id = selectedNodes.iterator().next();
            return id.equals(Project.INPUT_NODE) ? "Input" : id.equals(Project.READOUT_NODE) ? "Readout" : "Layer " + id;
        }
        return selectedNodes.size() > 1 ? selectedNodes.size() + " nodes selected" : "Project";
    }

    /** Whether the selection holds a layer (the input and readout cannot be cut, copied or deleted). */
    public boolean hasLayer(Set<String> selectedNodes) {
        return selectedNodes.stream().anyMatch(id -> project().network().indexOf(id) >= 0);
    }

    public boolean canPaste() {
        return clipboard != null && !clipboard.isEmpty();
    }

    private void status(String text) {
        status.accept(text);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    // ---- editing

    /** Applies one undoable edit; a refused one is reported on the status line. Returns whether the draft changed. */
    public boolean edit(String description, String mergeKey, UnaryOperator<Draft> change) {
        try {
            if (history.perform(description, mergeKey, change)) {
                status(description);
                onEdited.run();
                return true;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            status("Cannot " + lowerFirst(description) + ": " + e.getMessage());
        }
        return false;
    }

    /**
     * Replaces the whole project as one undoable edit (an import): Undo brings the previous project back. The new
     * project has no file yet, so Save asks where instead of overwriting the previous project's file.
     */
    public boolean replaceProject(Project p, String description) {
        Draft d = Draft.of(p);
        if (!d.nodeIds().stream().allMatch(p.layout()::containsKey)) d = DraftEdits.autoLayout(d);
        Draft replacement = d;
        if (!edit(description, null, old -> replacement)) return false;
        currentFile = null;
        return true;
    }

    /** Adds a layer of {@code type} at {@code at}, or inserts it into {@code onto} when non-null; returns its id. */
    public String addLayer(String type, NodePosition at, Link onto) {
        String id = DraftEdits.freshId(project(), type);
        LayerSpec layer = DraftEdits.newLayer(catalog, type, id);
        if (onto != null) {
            edit("Insert " + id + " between " + onto.from() + " and " + onto.to(), null,
                    d -> DraftEdits.insertLayer(d, layer, at, onto));
        } else {
            edit("Add " + id, null, d -> DraftEdits.addLayer(d, layer, at));
        }
        return id;
    }

    /** Adds a layer of {@code type} at the end of the chain; returns its id. */
    public String appendLayer(String type) {
        String id = DraftEdits.freshId(project(), type);
        edit("Add " + id, null, d -> DraftEdits.appendLayer(d, DraftEdits.newLayer(catalog, type, id)));
        return id;
    }

    public void undo() {
        String what = history.undoDescription().orElse("");
        if (history.undo()) status("Undid: " + what);
    }

    public void redo() {
        String what = history.redoDescription().orElse("");
        if (history.redo()) status("Redid: " + what);
    }

    public void autoLayout() {
        edit("Auto-layout", null, DraftEdits::autoLayout);
    }

    /** Deletes the selected layers (not the input or readout) and connections; false when there was nothing to delete. */
    public boolean delete(Set<String> selectedNodes, Set<Link> selectedLinks) {
        Set<String> nodes = new LinkedHashSet<>(selectedNodes);
        nodes.remove(Project.INPUT_NODE);
        nodes.remove(Project.READOUT_NODE);
        Set<Link> links = Set.copyOf(selectedLinks);
        if (nodes.isEmpty() && links.isEmpty()) return false;
        String what = !nodes.isEmpty() ? (nodes.size() == 1 ? "Delete " + nodes.iterator().next() : "Delete " + nodes.size() + " layers")
                : (links.size() == 1 ? "Remove connection " + links.iterator().next() : "Remove " + links.size() + " connections");
        edit(what, null, d -> DraftEdits.removeNodes(DraftEdits.disconnect(d, links), nodes));
        return true;
    }

    public void copy(Set<String> selectedNodes) {
        clipboard = DraftEdits.copy(history.current(), selectedNodes);
        pasteCount = 0;
        status("Copied " + clipboard.layers().size() + (clipboard.layers().size() == 1 ? " layer" : " layers"));
    }

    /** Pastes the copied layers, each paste further down and right; returns the new ids (empty: nothing pasted). */
    public List<String> paste() {
        if (!canPaste()) return List.of();
        pasteCount++;
        DraftEdits.Pasted[] result = new DraftEdits.Pasted[1];
        edit("Paste " + clipboard.layers().size() + (clipboard.layers().size() == 1 ? " layer" : " layers"), null, d -> {
            result[0] = DraftEdits.paste(d, clipboard, 40.0 * pasteCount, 40.0 * pasteCount);
            return result[0].draft();
        });
        return result[0] == null ? List.of() : result[0].ids();
    }

    /** Hands the project to Run when nothing blocks it. */
    public void run() {
        if (!report.runnable()) return;
        onRun.accept(project());
    }

    // ---- files

    /** Asks to save unsaved changes; true when it is fine to drop the current project. */
    public boolean confirmDiscard() {
        if (!history.isDirty()) return true;
        return switch (prompts.unsavedChanges(project().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Starts an empty project after asking about unsaved changes; returns whether it did. */
    public boolean newProject() {
        if (!confirmDiscard()) return false;
        history.reset(Draft.empty());
        currentFile = null;
        if (autosave != null) autosave.clear();
        status("New project");
        return true;
    }

    /** Asks about unsaved changes, then for a file, and opens it; returns whether one opened. */
    public boolean open() {
        if (!confirmDiscard()) return false;
        Path dir = currentFile != null ? currentFile.toAbsolutePath().getParent()
                : recent.list().isEmpty() ? samplesDirectory : recent.list().get(0).getParent();
        Path f = prompts.chooseOpen(dir);
        return f != null && openFile(f);
    }

    /**
     * Opens a project file (without asking about unsaved changes). On failure shows every problem and leaves the
     * open project as it was; returns whether it opened.
     */
    public boolean openFile(Path file) {
        if (lessonOpener != null && io.spikeworks.model.lesson.LessonFiles.isLesson(file)) {
            if (!lessonOpener.test(file)) return false;
            recent.add(file);
            onRecentChanged.run();
            return true;
        }
        Project p;
        try {
            p = files.load(file);
        } catch (ProjectValidationException e) {
            prompts.openFailed(file, e.errors(), null);
            int n = e.errors().size();
            status("Cannot open " + file.getFileName() + ": " + n + (n == 1 ? " problem" : " problems"));
            return false;
        } catch (IOException | RuntimeException e) {
            prompts.openFailed(file, List.of(), "Cannot read the file: " + e.getMessage());
            status("Cannot open " + file.getFileName());
            return false;
        }
        Draft d = Draft.of(p);
        if (!d.nodeIds().stream().allMatch(p.layout()::containsKey)) d = DraftEdits.autoLayout(d);
        history.reset(d);
        currentFile = file;
        recent.add(file);
        onRecentChanged.run();
        if (autosave != null) autosave.clear();
        status("Opened " + file.getFileName());
        return true;
    }

    /** Lesson files are opened by this instead (it shows its own problems); true when it opened the lesson. */
    public void setLessonOpener(java.util.function.Predicate<Path> opener) {
        lessonOpener = opener;
    }

    /** Replaces the project with one that has no file (a lesson's): history starts from it, Save asks where. */
    public void openProject(Project p, String statusText) {
        Draft d = Draft.of(p);
        if (!d.nodeIds().stream().allMatch(p.layout()::containsKey)) d = DraftEdits.autoLayout(d);
        history.reset(d);
        currentFile = null;
        if (autosave != null) autosave.clear();
        status(statusText);
    }

    /** Save, or Save As for a project that has no file yet; true when it was written. */
    public boolean save() {
        if (currentFile == null) return saveAs();
        return saveTo(currentFile);
    }

    public boolean saveAs() {
        Path dir = currentFile != null ? currentFile.toAbsolutePath().getParent() : null;
        Path f = prompts.chooseSave(dir, fileNameFor(project().name()));
        return f != null && saveTo(f);
    }

    /** Writes the project atomically to {@code file}, which becomes the current file. */
    public boolean saveTo(Path file) {
        try {
            files.save(project(), file);
        } catch (IOException | RuntimeException e) {
            prompts.error("Cannot save", "Cannot save " + file + ": " + e.getMessage());
            return false;
        }
        currentFile = file;
        history.markSaved();
        recent.add(file);
        onRecentChanged.run();
        if (autosave != null) autosave.clear();
        status("Saved " + file.getFileName());
        return true;
    }

    /** The file name Save As suggests for a project name ("MNIST BPTT" → "mnist-bptt.json"). */
    public static String fileNameFor(String projectName) {
        String s = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (s.isEmpty() ? "project" : s) + ".json";
    }

    /** Writes the recovery file now if there are unsaved changes. */
    public void autosaveNow() {
        if (autosave == null || !history.isDirty()) return;
        try {
            autosave.write(history.current(), currentFile);
        } catch (IOException e) {
            status("Autosave failed: " + e.getMessage());
        }
    }

    /** Clears the recovery file (the window closes with nothing left unsaved). */
    public void clearAutosave() {
        if (autosave != null) autosave.clear();
    }

    /** At start: offers work a crashed session autosaved; returns whether it was restored. */
    public boolean offerRecovery() {
        if (autosave == null) return false;
        var pending = autosave.pending();
        if (pending.isEmpty()) return false;
        String when = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault())
                .format(pending.get().written().toInstant());
        if (!prompts.offerRecovery(pending.get().draft().project().name(), when)) {
            autosave.clear();
            return false;
        }
        Draft d = pending.get().draft();
        history.reset(d);
        history.markUnsaved();
        currentFile = pending.get().source();
        status("Restored autosaved work");
        return true;
    }
}
