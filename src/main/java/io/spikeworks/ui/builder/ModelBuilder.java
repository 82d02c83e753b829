package io.spikeworks.ui.builder;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.edit.Draft;
import io.spikeworks.edit.DraftCheck;
import io.spikeworks.edit.DraftEdits;
import io.spikeworks.edit.DraftReport;
import io.spikeworks.edit.Link;
import io.spikeworks.edit.ProjectHistory;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.LayerSpec;
import io.spikeworks.model.NodePosition;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.model.ProjectValidationException;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.PulseSubscription;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import io.spikeworks.ui.shell.StandardAction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.prefs.Preferences;

/**
 * The visual model builder: palette, canvas and generated inspector over one {@link ProjectHistory}, plus the file
 * commands (New, Open, Save, Save As, recent files, autosave and recovery, unsaved-changes prompt).
 *
 * <p>Every change is an edit job in the history, so Ctrl+Z / Ctrl+Shift+Z walk through any sequence. After each
 * change the draft is checked ({@link DraftCheck}: wiring, validation, shapes, then the chip's design rules) and
 * the canvas shows shapes on edges and badges on nodes; Run is enabled only when nothing blocks it, and the
 * reasons are listed under the canvas ({@code #runBlockers}).
 *
 * <p>Plug-in: {@code new ModelBuilder(...).install(window, stage)}; what Run does is {@link #setOnRun}.
 * FX thread only.
 */
public final class ModelBuilder {

    /** Where the builder keeps things between runs; {@link #none()} for tests and scripted runs. */
    public record Settings(Preferences prefs, Path recoveryDirectory, Path samplesDirectory, java.time.Duration autosaveEvery) {
        public static Settings none() {
            return new Settings(null, null, null, null);
        }

        public Settings withSamples(Path dir) {
            return new Settings(prefs, recoveryDirectory, dir, autosaveEvery);
        }
    }

    private final ComponentCatalog catalog;
    private final ChipProfiles chips;
    private final Prompts prompts;
    private final Settings settings;
    private final DraftCheck check;
    private final ProjectHistory history = new ProjectHistory(Draft.empty());
    private final ProjectFiles files = new ProjectFiles();
    private final RecentFiles recent;
    private final Autosave autosave;

    private final BuilderCanvas canvas;
    private final Pane overlay = new Pane();
    private final StackPane canvasStack = new StackPane();
    private final BorderPane root = new BorderPane();
    private final InspectorView inspector = new InspectorView();
    private final InspectorContent inspectorContent;
    private final Label summary = new Label();
    private final Label runStatus = new Label();
    private final VBox blockersBox = new VBox(2);
    private final Label zoomLabel = new Label("100 %");

    private final ReadOnlyBooleanWrapper runnable = new ReadOnlyBooleanWrapper(this, "runnable", false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection", false);
    private final ReadOnlyBooleanWrapper hasLayerSelection = new ReadOnlyBooleanWrapper(this, "hasLayerSelection", false);
    private final ReadOnlyBooleanWrapper canPaste = new ReadOnlyBooleanWrapper(this, "canPaste", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper inspectorTitle = new ReadOnlyStringWrapper(this, "inspectorTitle", "Project");
    private final ObservableList<String> blockers = FXCollections.observableArrayList();

    private DraftReport report;
    private Path currentFile;
    private DraftEdits.Clip clipboard;
    private int pasteCount;
    private Consumer<Project> onRun;
    private StartPage startPage;
    private PulseSubscription autosaveTimer;
    private MainViewModel vm;
    private Menu recentMenu;
    private Stage stage;

    public ModelBuilder(ComponentCatalog catalog, ChipProfiles chips, Prompts prompts, Settings settings) {
        this.catalog = Objects.requireNonNull(catalog);
        this.chips = Objects.requireNonNull(chips);
        this.prompts = Objects.requireNonNull(prompts);
        this.settings = settings == null ? Settings.none() : settings;
        this.check = new DraftCheck(catalog, chips::find);
        this.recent = new RecentFiles(this.settings.prefs());
        this.autosave = this.settings.recoveryDirectory() == null ? null : new Autosave(this.settings.recoveryDirectory());
        this.onRun = p -> status("Run: the training session is not connected in this build");

        canvas = new BuilderCanvas(catalog, new BuilderCanvas.Listener() {
            @Override
            public void moved(Map<String, NodePosition> positions) {
                edit(positions.size() == 1 ? "Move " + positions.keySet().iterator().next() : "Move " + positions.size() + " nodes",
                        null, d -> DraftEdits.moveNodes(d, positions));
            }

            @Override
            public void connected(String from, String to) {
                edit("Connect " + from + " → " + to, null, d -> DraftEdits.connect(d, from, to));
            }
        });
        inspectorContent = new InspectorContent(catalog, chips.names(), this::edit, id -> {
            if (history.current().hasNode(id)) select(List.of(id));
        });
        buildView();

        history.addListener(this::refresh);
        canvas.selectedNodes().addListener((SetChangeListener<String>) c -> selectionChanged());
        canvas.selectedLinks().addListener((SetChangeListener<Link>) c -> selectionChanged());
        refresh();
    }

    // ---- view ---------------------------------------------------------------------------------------------

    private void buildView() {
        root.setId("modelBuilder");
        root.getStyleClass().add("model-builder");
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        overlay.setManaged(true);
        canvasStack.getChildren().addAll(canvas, overlay);
        canvasStack.getStyleClass().add("canvas-stack");
        canvasStack.setMinSize(0, 0);

        Palette palette = new Palette(catalog, overlay, (type, scenePoint) -> dropLayer(type, scenePoint),
                this::appendLayer, node -> {
                    canvas.select(List.of(node));
                    selectionChanged();
                });
        ScrollPane paletteScroll = new ScrollPane(palette);
        paletteScroll.setFitToWidth(true);
        paletteScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        paletteScroll.getStyleClass().add("palette-scroll");
        paletteScroll.setPrefWidth(150);
        paletteScroll.setMinWidth(120);

        HBox tools = new HBox(2,
                tool("autoLayoutButton", MaterialDesignS.SITEMAP_OUTLINE, "Auto-layout: line the chain up left to right", this::autoLayout),
                tool("fitButton", MaterialDesignF.FIT_TO_SCREEN_OUTLINE, "Fit the model in view", canvas::fitToView),
                tool("zoomOutButton", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (wheel)", () -> canvas.zoomBy(1 / 1.2)),
                tool("zoomInButton", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (wheel)", () -> canvas.zoomBy(1.2)),
                zoomLabel);
        tools.getStyleClass().add("builder-tools");
        tools.setAlignment(Pos.CENTER_LEFT);
        zoomLabel.getStyleClass().add("zoom-label");
        canvas.zoomProperty().addListener((o, a, b) -> showZoom());

        summary.setId("shapeSummary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("shape-summary");
        runStatus.setId("runStatus");
        runStatus.getStyleClass().add("run-status");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox strip = new HBox(8, summary, grow, runStatus);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("builder-strip");
        blockersBox.setId("runBlockers");
        blockersBox.getStyleClass().add("run-blockers");
        ScrollPane blockersScroll = new ScrollPane(blockersBox);
        blockersScroll.setFitToWidth(true);
        blockersScroll.setMaxHeight(96);
        blockersScroll.setPrefViewportHeight(60);
        blockersScroll.getStyleClass().add("run-blockers-scroll");
        blockersScroll.visibleProperty().bind(runnable.not());
        blockersScroll.managedProperty().bind(runnable.not());
        VBox bottom = new VBox(strip, blockersScroll);

        BorderPane centre = new BorderPane(canvasStack);
        centre.setTop(tools);
        centre.setBottom(bottom);
        root.setLeft(paletteScroll);
        root.setCenter(centre);

        canvas.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.A) {
                canvas.selectAll();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                canvas.selectedNodes().clear();
                canvas.selectedLinks().clear();
                e.consume();
            }
        });
    }

    private Button tool(String id, Ikon ikon, String tip, Runnable action) {
        FontIcon fi = new FontIcon(ikon);
        fi.getStyleClass().add("tool-icon");
        Button b = new Button(null, fi);
        b.setId(id);
        b.getStyleClass().add("tool-button");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> {
            action.run();
            showZoom();
        });
        return b;
    }

    private void showZoom() {
        zoomLabel.setText(Math.round(canvas.zoomFactor() * 100) + " %");
    }

    /** The canvas area with palette, tools and the shape/Run strip: the model editor's content. */
    public Node view() {
        return root;
    }

    /** The generated inspector: the inspector pane's content. */
    public Node inspectorView() {
        return inspector;
    }

    // ---- wiring into the window --------------------------------------------------------------------------

    /**
     * Puts the builder into the window and takes over the file, edit and Run commands. Also widens the model
     * editor pane when it is at its default width, and asks before closing with unsaved changes.
     */
    public void install(MainWindow window, Stage stage) {
        this.stage = stage;
        this.vm = window.viewModel();
        window.modelEditor().setContent("Model", root);
        window.inspector().setContent(inspectorTitle.get(), inspector);
        inspectorTitle.addListener((o, a, b) -> window.inspector().setContent(b, inspector));
        vm.command(StandardAction.NEW_PROJECT).setHandler(this::newProject);
        vm.command(StandardAction.OPEN_PROJECT).setHandler(this::open);
        vm.command(StandardAction.SAVE).setHandler(this::save);
        vm.command(StandardAction.SAVE_AS).setHandler(this::saveAs);
        vm.command(StandardAction.UNDO).setHandler(() -> {
            commitTyping();
            undo();
        }, canUndo.getReadOnlyProperty());
        vm.command(StandardAction.REDO).setHandler(() -> {
            commitTyping();
            redo();
        }, canRedo.getReadOnlyProperty());
        // While a text field has the focus, Cut/Copy/Paste/Delete belong to its text, not to the canvas.
        vm.command(StandardAction.CUT).setHandler(() -> unlessTyping(this::cut), hasLayerSelection.getReadOnlyProperty());
        vm.command(StandardAction.COPY).setHandler(() -> unlessTyping(this::copy), hasLayerSelection.getReadOnlyProperty());
        vm.command(StandardAction.PASTE).setHandler(() -> unlessTyping(this::paste), canPaste.getReadOnlyProperty());
        vm.command(StandardAction.DELETE).setHandler(() -> unlessTyping(this::deleteSelection), hasSelection.getReadOnlyProperty());
        vm.command(StandardAction.RUN).setHandler(this::run, runnable.getReadOnlyProperty());
        recentMenu = findMenu(window, "openRecentMenu");
        refreshRecentMenu();
        if (stage != null) {
            stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
                if (!confirmDiscard()) e.consume();
                else if (autosave != null) autosave.clear();
            });
        }
        double[] d = window.getDividerPositions();
        if (Math.abs(d[0] - MainWindow.DEFAULT_LEFT_DIVIDER) < 1e-6) window.setDividerPositions(0.34, d[1]);
        if (settings.autosaveEvery() != null && autosave != null) {
            // not a Timeline: a running animation makes JavaFX pulse 60 times a second, training or not
            autosaveTimer = FxBridge.every(settings.autosaveEvery(), this::autosaveNow);
        }
        refresh();
    }

    private boolean typing() {
        var scene = root.getScene();
        return scene != null && scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl;
    }

    private void unlessTyping(Runnable action) {
        if (!typing()) action.run();
    }

    /** Moves the focus off a text field, which commits what was typed, so undo starts from it. */
    private void commitTyping() {
        if (typing()) canvas.requestFocus();
    }

    private static Menu findMenu(MainWindow window, String id) {
        for (Menu m : window.menuBar().getMenus()) {
            for (MenuItem i : m.getItems()) if (i instanceof Menu sub && id.equals(sub.getId())) return sub;
        }
        return null;
    }

    private void refreshRecentMenu() {
        if (recentMenu == null) return;
        List<MenuItem> items = new ArrayList<>();
        for (Path p : recent.list()) {
            MenuItem mi = new MenuItem(p.getFileName() + "  —  " + (p.getParent() == null ? "" : p.getParent()));
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> {
                if (confirmDiscard()) openFile(p);
            });
            items.add(mi);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            items.add(none);
        }
        recentMenu.getItems().setAll(items);
        recentMenu.setDisable(recent.list().isEmpty());
    }

    // ---- state --------------------------------------------------------------------------------------------

    public ProjectHistory history() {
        return history;
    }

    public Draft draft() {
        return history.current();
    }

    public Project project() {
        return history.current().project();
    }

    public DraftReport report() {
        return report;
    }

    public Path currentFile() {
        return currentFile;
    }

    public ReadOnlyBooleanProperty runnableProperty() {
        return runnable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty inspectorTitleProperty() {
        return inspectorTitle.getReadOnlyProperty();
    }

    /** Why Run is disabled, one line each; empty when it can run. */
    public ObservableList<String> runBlockers() {
        return FXCollections.unmodifiableObservableList(blockers);
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    /** What Run does with the current project (the training session, once it is wired in). */
    public void setOnRun(Consumer<Project> onRun) {
        this.onRun = Objects.requireNonNull(onRun);
    }

    BuilderCanvas canvas() {
        return canvas;
    }

    InspectorView inspector() {
        return inspector;
    }

    /** Applies one undoable edit. */
    public void edit(String description, String mergeKey, UnaryOperator<Draft> change) {
        try {
            if (history.perform(description, mergeKey, change)) {
                status(description);
                hideStartPage();
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            status("Cannot " + lowerFirst(description) + ": " + e.getMessage());
        }
    }

    private void refresh() {
        Draft d = history.current();
        report = check.check(d);
        canvas.show(d, report);
        summary.setText(summaryText(d, report));
        blockers.setAll(report.blockers());
        runnable.set(report.runnable());
        blockersBox.getChildren().clear();
        for (String b : report.blockers()) {
            FontIcon icon = new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE);
            icon.getStyleClass().add("problem-icon");
            Label l = new Label(b, icon);
            l.getStyleClass().add("run-blocker");
            l.setWrapText(true);
            blockersBox.getChildren().add(l);
        }
        runStatus.getStyleClass().removeAll("ok", "blocked");
        if (report.runnable()) {
            String chip = report.chipResult().map(c -> " · fits " + c.mapping().profile().name()).orElse("");
            runStatus.setText("Ready to run" + chip);
            runStatus.setGraphic(icon(MaterialDesignC.CHECK_CIRCLE, "run-status-icon"));
            runStatus.getStyleClass().add("ok");
        } else {
            int n = report.blockers().size();
            runStatus.setText("Run is disabled: " + n + (n == 1 ? " problem" : " problems"));
            runStatus.setGraphic(icon(MaterialDesignA.ALERT_CIRCLE, "run-status-icon"));
            runStatus.getStyleClass().add("blocked");
        }
        runStatus.setTooltip(new Tooltip(report.runnable() ? "Press Run (F5) to train" : String.join("\n", report.blockers())));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        dirty.set(history.isDirty());
        if (vm != null) {
            vm.setProjectName(d.project().name() + (history.isDirty() ? " •" : ""));
        }
        selectionChanged();
    }

    /** The shape summary when the layers form one chain; otherwise the shapes as far as the chain goes. */
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

    private static FontIcon icon(Ikon ikon, String style) {
        FontIcon fi = new FontIcon(ikon);
        fi.getStyleClass().add(style);
        return fi;
    }

    private void selectionChanged() {
        Set<String> nodes = canvas.selectedNodes();
        hasSelection.set(!nodes.isEmpty() || !canvas.selectedLinks().isEmpty());
        hasLayerSelection.set(nodes.stream().anyMatch(id -> project().network().indexOf(id) >= 0));
        canPaste.set(clipboard != null && !clipboard.isEmpty());
        canvas.refreshSelection();
        Draft d = history.current();
        if (nodes.size() == 1) {
            String id = nodes.iterator().next();
            inspectorTitle.set(id.equals(Project.INPUT_NODE) ? "Input" : id.equals(Project.READOUT_NODE) ? "Readout" : "Layer " + id);
            inspector.show(inspectorContent.sections(d, id), report.problemsOf(id), null);
        } else if (nodes.size() > 1) {
            inspectorTitle.set(nodes.size() + " nodes selected");
            inspector.show(List.of(), List.of(), nodes.size() + " nodes selected. Drag one to move them together; "
                    + "Delete removes the layers, Copy and Paste duplicate them.");
        } else {
            inspectorTitle.set("Project");
            inspector.show(inspectorContent.sections(d, null), List.of(), null);
        }
    }

    private void status(String text) {
        if (vm != null) vm.setStatusText(text);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    // ---- editing commands ---------------------------------------------------------------------------------

    private void dropLayer(String type, Point2D scenePoint) {
        if (!canvas.containsScene(scenePoint.getX(), scenePoint.getY())) return;
        Point2D w = canvas.sceneToWorld(scenePoint.getX(), scenePoint.getY());
        String id = DraftEdits.freshId(project(), type);
        LayerSpec layer = DraftEdits.newLayer(catalog, type, id);
        NodePosition at = new NodePosition(Math.round((w.getX() - NodeView.WIDTH / 2) / 10) * 10.0,
                Math.round((w.getY() - NodeView.HEIGHT / 2) / 10) * 10.0);
        Link onto = canvas.nodeAt(w) == null ? canvas.linkAt(w) : null;
        if (onto != null) {
            edit("Insert " + id + " between " + onto.from() + " and " + onto.to(), null,
                    d -> DraftEdits.insertLayer(d, layer, at, onto));
        } else {
            edit("Add " + id, null, d -> DraftEdits.addLayer(d, layer, at));
        }
        canvas.select(List.of(id));
    }

    /** Adds a layer of the type at the end of the chain (double-click in the palette). */
    public void appendLayer(String type) {
        String id = DraftEdits.freshId(project(), type);
        edit("Add " + id, null, d -> DraftEdits.appendLayer(d, DraftEdits.newLayer(catalog, type, id)));
        canvas.select(List.of(id));
        if (!canvas.isInView(id)) {
            canvas.fitToView();
            showZoom();
        }
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
        FxBridge.later(canvas::fitToView);
    }

    public void deleteSelection() {
        Set<String> nodes = new LinkedHashSet<>(canvas.selectedNodes());
        nodes.remove(Project.INPUT_NODE);
        nodes.remove(Project.READOUT_NODE);
        Set<Link> links = new HashSet<>(canvas.selectedLinks());
        if (nodes.isEmpty() && links.isEmpty()) return;
        String what = !nodes.isEmpty() ? (nodes.size() == 1 ? "Delete " + nodes.iterator().next() : "Delete " + nodes.size() + " layers")
                : (links.size() == 1 ? "Remove connection " + links.iterator().next() : "Remove " + links.size() + " connections");
        edit(what, null, d -> DraftEdits.removeNodes(DraftEdits.disconnect(d, links), nodes));
        canvas.selectedNodes().clear();
        canvas.selectedLinks().clear();
    }

    public void copy() {
        clipboard = DraftEdits.copy(history.current(), canvas.selectedNodes());
        pasteCount = 0;
        status("Copied " + clipboard.layers().size() + (clipboard.layers().size() == 1 ? " layer" : " layers"));
        selectionChanged();
    }

    public void cut() {
        copy();
        deleteSelection();
    }

    public void paste() {
        if (clipboard == null || clipboard.isEmpty()) return;
        pasteCount++;
        DraftEdits.Pasted[] result = new DraftEdits.Pasted[1];
        edit("Paste " + clipboard.layers().size() + (clipboard.layers().size() == 1 ? " layer" : " layers"), null, d -> {
            result[0] = DraftEdits.paste(d, clipboard, 40.0 * pasteCount, 40.0 * pasteCount);
            return result[0].draft();
        });
        if (result[0] != null) canvas.select(result[0].ids());
    }

    public void run() {
        if (!report.runnable()) return;
        onRun.accept(project());
    }

    // ---- files --------------------------------------------------------------------------------------------

    /** Asks to save unsaved changes; true when it is fine to drop the current project. */
    public boolean confirmDiscard() {
        if (!history.isDirty()) return true;
        return switch (prompts.unsavedChanges(project().name())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public void newProject() {
        if (!confirmDiscard()) return;
        history.reset(Draft.empty());
        currentFile = null;
        if (autosave != null) autosave.clear();
        canvas.selectedNodes().clear();
        hideStartPage();
        status("New project");
        FxBridge.later(canvas::fitToView);
    }

    public void open() {
        if (!confirmDiscard()) return;
        Path dir = currentFile != null ? currentFile.toAbsolutePath().getParent()
                : recent.list().isEmpty() ? settings.samplesDirectory() : recent.list().get(0).getParent();
        Path f = prompts.chooseOpen(dir);
        if (f != null) openFile(f);
    }

    /**
     * Opens a project file (without asking about unsaved changes). On failure shows every problem and leaves the
     * open project as it was; returns whether it opened.
     */
    public boolean openFile(Path file) {
        Project p;
        try {
            p = files.load(file);
        } catch (ProjectValidationException e) {
            prompts.openFailed(file, e.errors(), null);
            status("Cannot open " + file.getFileName() + ": " + e.errors().size() + " problems");
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
        refreshRecentMenu();
        if (autosave != null) autosave.clear();
        canvas.selectedNodes().clear();
        hideStartPage();
        status("Opened " + file.getFileName());
        FxBridge.later(canvas::fitToView);
        return true;
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
        refreshRecentMenu();
        if (autosave != null) autosave.clear();
        status("Saved " + file.getFileName());
        return true;
    }

    public static String fileNameFor(String projectName) {
        String s = projectName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
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
        hideStartPage();
        status("Restored autosaved work");
        return true;
    }

    // ---- start page ---------------------------------------------------------------------------------------

    public void showStartPage() {
        hideStartPage();
        List<SampleProjects.Sample> samples = SampleProjects.list(settings.samplesDirectory());
        startPage = new StartPage(samples, recent.list(), this::newProject, this::open, f -> {
            if (confirmDiscard()) openFile(f);
        }, this::hideStartPage);
        StackPane.setAlignment(startPage, Pos.CENTER);
        canvasStack.getChildren().add(startPage);
    }

    public void hideStartPage() {
        if (startPage != null) {
            canvasStack.getChildren().remove(startPage);
            startPage = null;
        }
    }

    public boolean isStartPageShowing() {
        return startPage != null;
    }

    /** Fits the model in view once laid out. */
    public void fitToView() {
        canvas.fitToView();
        showZoom();
    }

    /** Selects nodes by id, as a click would. */
    public void select(List<String> ids) {
        canvas.select(ids);
        selectionChanged();
    }

    /** The layer types in the palette, in order. */
    public List<String> paletteTypes() {
        return catalog.typeIds(ComponentFamily.LAYER);
    }

    /** Stops the autosave timer (window closing). */
    public void dispose() {
        if (autosaveTimer != null) autosaveTimer.close();
    }
}
