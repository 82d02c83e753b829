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
import io.spikeworks.model.NodePosition;
import io.spikeworks.model.Project;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.prefs.Preferences;

/**
 * The visual model builder: palette, canvas and generated inspector over a {@link BuilderViewModel}, which holds the
 * edit history and the file commands (New, Open, Save, Save As, recent files, autosave and recovery, unsaved-changes
 * prompt) without JavaFX; this class is their view, with the selection, menus and start page.
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
    private final Settings settings;
    private final BuilderViewModel model;
    private final ProjectHistory history;
    private final RecentFiles recent;

    private final BuilderCanvas canvas;
    private final Pane overlay = new Pane();
    private final StackPane canvasStack = new StackPane();
    private final BorderPane root = new BorderPane();
    private final InspectorView inspector = new InspectorView();
    private final InspectorContent inspectorContent;
    private final List<String> chipNames;
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

    private Palette palette;
    private ControlRestrictions restrictions = ControlRestrictions.NONE;
    private java.util.function.Supplier<List<LessonEntry>> lessons = List::of;
    private java.util.function.Predicate<Path> onOpenLesson;
    private StartPage startPage;
    private ScrollPane startScroll;
    private PulseSubscription autosaveTimer;
    private MainViewModel vm;
    private Menu recentMenu;
    private Stage stage;

    public ModelBuilder(ComponentCatalog catalog, ChipProfiles chips, Prompts prompts, Settings settings) {
        this.catalog = Objects.requireNonNull(catalog);
        Objects.requireNonNull(chips);
        this.chipNames = chips.names();
        this.settings = settings == null ? Settings.none() : settings;
        this.recent = new RecentFiles(this.settings.prefs());
        this.model = new BuilderViewModel(catalog, chips, prompts, recent,
                this.settings.recoveryDirectory() == null ? null : new Autosave(this.settings.recoveryDirectory()),
                this.settings.samplesDirectory());
        this.history = model.history();
        model.setOnRecentChanged(this::refreshRecentMenu);
        model.setOnEdited(this::hideStartPage);

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

        model.addListener(this::refresh);
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

        palette = new Palette(catalog, overlay, (type, scenePoint) -> dropLayer(type, scenePoint),
                this::appendLayer, node -> {
                    canvas.select(List.of(node));
                    selectionChanged();
                });
        ScrollPane paletteScroll = new ScrollPane(palette);
        paletteScroll.setFitToWidth(true);
        paletteScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        paletteScroll.setId("paletteScroll");
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
        // whole when short (before the run status gives way); a long conv chain's shrinks to 200 px with an ellipsis,
        // whole in the tooltip, rather than push the palette out of the pane
        summary.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(200, summary.prefWidth(-1)), summary.textProperty(), summary.fontProperty()));
        Tooltip summaryTip = new Tooltip();
        summaryTip.textProperty().bind(summary.textProperty());
        summary.setTooltip(summaryTip);
        summary.getStyleClass().add("shape-summary");
        runStatus.setId("runStatus");
        runStatus.getStyleClass().add("run-status");
        // the run status goes under the summary when the two do not fit side by side: in the 285 px the pane has at
        // 1280×720 an HBox cut "Ready to run · fits float-reference" to "Rea…", and beside a long summary to "…"
        FlowPane strip = new FlowPane(8, 2, summary, runStatus);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("builder-strip");
        var lineWidth = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, strip.getWidth() - strip.snappedLeftInset() - strip.snappedRightInset()),
                strip.widthProperty(), strip.insetsProperty());
        summary.maxWidthProperty().bind(lineWidth);
        runStatus.maxWidthProperty().bind(lineWidth);
        runStatus.setWrapText(true); // on its own line and still too long: a second line rather than an ellipsis
        strip.setMinWidth(0); // the lines give way, not the palette beside them
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
        model.setStatusSink(vm::setStatusText);
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
                else model.clearAutosave();
            });
        }
        double[] d = window.getDividerPositions();
        if (Math.abs(d[0] - MainWindow.DEFAULT_LEFT_DIVIDER) < 1e-6) window.setDividerPositions(0.34, d[1]);
        if (settings.autosaveEvery() != null && settings.recoveryDirectory() != null) {
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

    /** The builder's logic, without JavaFX. */
    public BuilderViewModel model() {
        return model;
    }

    public ProjectHistory history() {
        return history;
    }

    public Draft draft() {
        return model.draft();
    }

    public Project project() {
        return model.project();
    }

    public DraftReport report() {
        return model.report();
    }

    public Path currentFile() {
        return model.currentFile();
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
        model.setOnRun(onRun);
    }

    BuilderCanvas canvas() {
        return canvas;
    }

    InspectorView inspector() {
        return inspector;
    }

    /** Changes one of the project's parameters, as the inspector offers them, as one undoable edit. */
    public ParameterChange parameterChange() {
        return new ParameterChange(catalog, chipNames, model::draft, this::edit);
    }

    /** Applies one undoable edit. */
    public void edit(String description, String mergeKey, UnaryOperator<Draft> change) {
        model.edit(description, mergeKey, change);
    }

    private void refresh() {
        Draft d = model.draft();
        DraftReport report = model.report();
        canvas.show(d, report);
        summary.setText(model.shapeSummary());
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
        runStatus.setText(model.runStatusText());
        if (report.runnable()) {
            runStatus.setGraphic(icon(MaterialDesignC.CHECK_CIRCLE, "run-status-icon"));
            runStatus.getStyleClass().add("ok");
        } else {
            runStatus.setGraphic(icon(MaterialDesignA.ALERT_CIRCLE, "run-status-icon"));
            runStatus.getStyleClass().add("blocked");
        }
        runStatus.setTooltip(new Tooltip(report.runnable() ? "Press Run (F5) to train" : String.join("\n", report.blockers())));
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        dirty.set(history.isDirty());
        if (vm != null) {
            vm.setProjectName(model.projectTitle());
        }
        selectionChanged();
    }

    private static FontIcon icon(Ikon ikon, String style) {
        FontIcon fi = new FontIcon(ikon);
        fi.getStyleClass().add(style);
        return fi;
    }

    private void selectionChanged() {
        Set<String> nodes = canvas.selectedNodes();
        hasSelection.set(!nodes.isEmpty() || !canvas.selectedLinks().isEmpty());
        hasLayerSelection.set(model.hasLayer(nodes));
        canPaste.set(model.canPaste());
        canvas.refreshSelection();
        Draft d = model.draft();
        inspectorTitle.set(BuilderViewModel.inspectorTitle(nodes));
        if (nodes.size() == 1) {
            String id = nodes.iterator().next();
            inspector.show(inspectorContent.sections(d, id), model.report().problemsOf(id), null);
        } else if (nodes.size() > 1) {
            inspector.show(List.of(), List.of(), nodes.size() + " nodes selected. Drag one to move them together; "
                    + "Delete removes the layers, Copy and Paste duplicate them.");
        } else {
            inspector.show(inspectorContent.sections(d, null), List.of(), null);
        }
    }


    // ---- lessons ------------------------------------------------------------------------------------------

    /** Hides and locks inspector fields and palette entries (a lesson step's); {@link ControlRestrictions#NONE} lifts them. */
    public void setRestrictions(ControlRestrictions r) {
        restrictions = r == null ? ControlRestrictions.NONE : r;
        inspector.setRestrictions(restrictions);
        palette.restrict(restrictions);
        selectionChanged();
    }

    public ControlRestrictions restrictions() {
        return restrictions;
    }

    /** Where the start page's lessons come from, and what opening one does (lesson files open there too). */
    public void setLessons(java.util.function.Supplier<List<LessonEntry>> list, java.util.function.Predicate<Path> open) {
        lessons = Objects.requireNonNull(list);
        onOpenLesson = open;
        model.setLessonOpener(open);
    }

    /**
     * Replaces the project with one that has no file of its own (a lesson's), as if opened: the history starts
     * from it and Save asks where to write it.
     */
    public void openProject(Project p, String status) {
        model.openProject(p, status);
        opened();
    }

    // ---- editing commands ---------------------------------------------------------------------------------

    private void dropLayer(String type, Point2D scenePoint) {
        if (!canvas.containsScene(scenePoint.getX(), scenePoint.getY())) return;
        Point2D w = canvas.sceneToWorld(scenePoint.getX(), scenePoint.getY());
        NodePosition at = new NodePosition(Math.round((w.getX() - NodeView.WIDTH / 2) / 10) * 10.0,
                Math.round((w.getY() - NodeView.HEIGHT / 2) / 10) * 10.0);
        Link onto = canvas.nodeAt(w) == null ? canvas.linkAt(w) : null;
        String id = model.addLayer(type, at, onto);
        canvas.select(List.of(id));
    }

    /** Adds a layer of the type at the end of the chain (double-click in the palette). */
    public void appendLayer(String type) {
        String id = model.appendLayer(type);
        canvas.select(List.of(id));
        if (!canvas.isInView(id)) {
            canvas.fitToView();
            showZoom();
        }
    }

    public void undo() {
        model.undo();
    }

    public void redo() {
        model.redo();
    }

    public void autoLayout() {
        model.autoLayout();
        FxBridge.later(canvas::fitToView);
    }

    public void deleteSelection() {
        if (!model.delete(canvas.selectedNodes(), canvas.selectedLinks())) return;
        canvas.selectedNodes().clear();
        canvas.selectedLinks().clear();
    }

    public void copy() {
        model.copy(canvas.selectedNodes());
        selectionChanged();
    }

    public void cut() {
        copy();
        deleteSelection();
    }

    public void paste() {
        if (!model.canPaste()) return;
        List<String> ids = model.paste();
        if (!ids.isEmpty()) canvas.select(ids);
    }

    public void run() {
        model.run();
    }

    // ---- files --------------------------------------------------------------------------------------------

    /** Asks to save unsaved changes; true when it is fine to drop the current project. */
    public boolean confirmDiscard() {
        return model.confirmDiscard();
    }

    public void newProject() {
        if (!model.newProject()) return;
        canvas.selectedNodes().clear();
        hideStartPage();
        FxBridge.later(canvas::fitToView);
    }

    public void open() {
        if (model.open()) opened();
    }

    /**
     * Opens a project file (without asking about unsaved changes). On failure shows every problem and leaves the
     * open project as it was; returns whether it opened.
     */
    public boolean openFile(Path file) {
        if (!model.openFile(file)) return false;
        opened();
        return true;
    }

    /** Replaces the project as one undoable edit (see {@link BuilderViewModel#replaceProject}). */
    public boolean replaceProject(Project p, String description) {
        if (!model.replaceProject(p, description)) return false;
        opened();
        return true;
    }

    private void opened() {
        canvas.selectedNodes().clear();
        hideStartPage();
        FxBridge.later(canvas::fitToView);
    }

    /** Save, or Save As for a project that has no file yet; true when it was written. */
    public boolean save() {
        return model.save();
    }

    public boolean saveAs() {
        return model.saveAs();
    }

    /** Writes the project atomically to {@code file}, which becomes the current file. */
    public boolean saveTo(Path file) {
        return model.saveTo(file);
    }

    public static String fileNameFor(String projectName) {
        return BuilderViewModel.fileNameFor(projectName);
    }

    /** Writes the recovery file now if there are unsaved changes. */
    public void autosaveNow() {
        model.autosaveNow();
    }

    /** At start: offers work a crashed session autosaved; returns whether it was restored. */
    public boolean offerRecovery() {
        if (!model.offerRecovery()) return false;
        hideStartPage();
        return true;
    }

    // ---- start page ---------------------------------------------------------------------------------------

    public void showStartPage() {
        hideStartPage();
        List<SampleProjects.Sample> samples = SampleProjects.list(settings.samplesDirectory());
        startPage = new StartPage(samples, lessons.get(), recent.list(), this::newProject, this::open, f -> {
            if (confirmDiscard()) openFile(f);
        }, f -> {
            if (onOpenLesson != null && confirmDiscard()) openFile(f);
        }, this::hideStartPage);
        // it scrolls: with lessons and samples it is taller than a 720-pixel projector's canvas
        startScroll = new ScrollPane(startPage);
        startScroll.setFitToWidth(true);
        startScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        startScroll.getStyleClass().add("start-page-scroll");
        startScroll.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(startScroll, Pos.CENTER);
        canvasStack.getChildren().add(startScroll);
    }

    public void hideStartPage() {
        if (startPage != null) {
            canvasStack.getChildren().remove(startScroll);
            startPage = null;
            startScroll = null;
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
