package io.spikeworks.ui.shell;

import io.spikeworks.ui.frame.FrameTimeMonitor;
import io.spikeworks.ui.frame.LiveFrameRateMenu;
import io.spikeworks.ui.live.LiveDashboard;
import io.spikeworks.ui.live.LiveViewLayout;
import io.spikeworks.ui.live.LiveViewsArea;
import io.spikeworks.ui.theme.Theme;
import io.spikeworks.ui.widget.Placeholder;
import io.spikeworks.ui.widget.TitledPanel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

import java.util.ArrayList;
import java.util.List;

import static io.spikeworks.ui.shell.StandardAction.*;

/**
 * Builds the main window's scene graph and binds it to a {@link MainViewModel}:
 * menu bar, toolbar, a three-way split (model editor | live views | inspector) and a status bar.
 *
 * <p>Features plug in through {@link #modelEditor()}, {@link #liveViews()}, {@link #inspector()} and the view
 * model's commands. Node ids for tests: {@code #mainMenuBar}, {@code #mainToolBar}, {@code #mainSplitPane},
 * {@code #modelEditorPane}, {@code #liveViewsPane}, {@code #inspectorPane}, {@code #statusBar},
 * {@code #engineStatusLabel}, and {@code #<action>Button} / {@code #<action>MenuItem} per {@link StandardAction}.
 */
public final class MainWindow {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    /** Default divider positions: left pane ends at 22 %, right pane starts at 77 %. */
    public static final double DEFAULT_LEFT_DIVIDER = 0.22;
    public static final double DEFAULT_RIGHT_DIVIDER = 0.77;

    private final MainViewModel vm;
    private final ActionFactory actions;
    private final BorderPane root = new BorderPane();
    private final MenuBar menuBar;
    private final ToolBar toolBar;
    /** The live views' least width: the window's 720 px minimum less both side panes at their 180 px least. */
    static final double CENTRE_MIN_WIDTH = 300;
    private final SplitPane split = new SplitPane();
    /** The split, with room above it for a guide (a lesson's bar). */
    private final BorderPane centre = new BorderPane();
    private final TitledPanel modelEditor;
    private final LiveViewsArea liveViews = new LiveViewsArea();
    private final LiveDashboard dashboard;
    private final Label frameStatus = new Label();
    private final TitledPanel inspector;
    private final StatusBar statusBar = new StatusBar();
    private final Label engineStatus = new Label();
    private double leftDivider = DEFAULT_LEFT_DIVIDER;
    private double rightDivider = DEFAULT_RIGHT_DIVIDER;

    public MainWindow(MainViewModel vm) {
        this.vm = vm;
        this.actions = new ActionFactory(vm);
        this.dashboard = new LiveDashboard(liveViews, vm::setStatusText);
        root.setId("mainRoot");
        root.getStyleClass().add("main-root");

        menuBar = buildMenuBar();
        toolBar = buildToolBar();
        root.setTop(new VBox(menuBar, toolBar));

        modelEditor = new TitledPanel("modelEditorPane", "side-panel", null, "Model", new Placeholder(MaterialDesignV.VECTOR_POLYLINE,
                "Model editor",
                "Drag layers from the palette here (coming with the visual builder)."));
        modelEditor.getPlaceholder().getStyleClass().add("drop-zone");
        inspector = new TitledPanel("inspectorPane", "side-panel", null, "Inspector", new Placeholder(MaterialDesignT.TUNE_VARIANT,
                "Inspector",
                "Select a layer, a synapse group or a run to see and edit its properties here."));
        modelEditor.setMinWidth(180);
        inspector.setMinWidth(180);
        // the side panes keep their width when the window shrinks; without a least width the views would get none
        liveViews.setMinWidth(CENTRE_MIN_WIDTH);
        SplitPane.setResizableWithParent(modelEditor, false);
        SplitPane.setResizableWithParent(inspector, false);
        split.setId("mainSplitPane");
        split.getStyleClass().add("main-split");
        updatePanes();
        ChangeListener<Boolean> paneToggle = (obs, was, is) -> updatePanes();
        vm.modelEditorVisibleProperty().addListener(paneToggle);
        vm.inspectorVisibleProperty().addListener(paneToggle);
        vm.layoutResetsProperty().addListener((obs, was, is) -> {
            setDividerPositions(DEFAULT_LEFT_DIVIDER, DEFAULT_RIGHT_DIVIDER);
            liveViews.applyLayout(LiveViewLayout.DEFAULT);
        });
        centre.setCenter(split);
        root.setCenter(centre);
        vm.presenter().onProperty().addListener((o, was, is) -> applyPresentation());
        vm.presenter().textScaleProperty().addListener((o, was, is) -> applyPresentation());
        vm.command(SHORTCUTS).setHandler(this::showShortcuts);

        buildStatusBar();
        root.setBottom(statusBar);
    }

    // ---- construction ------------------------------------------------------------------------------------

    private MenuBar buildMenuBar() {
        Menu recent = new Menu("Open _Recent");
        recent.setId("openRecentMenu");
        MenuItem none = new MenuItem("No recent projects");
        none.setDisable(true);
        recent.getItems().add(none);
        recent.setDisable(true); // no project files yet, so nothing to remember

        Menu file = menu("_File", "fileMenu",
                actions.menuItem(NEW_PROJECT), actions.menuItem(OPEN_PROJECT), recent, new SeparatorMenuItem(),
                actions.menuItem(SAVE), actions.menuItem(SAVE_AS), new SeparatorMenuItem(),
                actions.menuItem(EXIT));
        Menu edit = menu("_Edit", "editMenu",
                actions.menuItem(UNDO), actions.menuItem(REDO), new SeparatorMenuItem(),
                actions.menuItem(CUT), actions.menuItem(COPY), actions.menuItem(PASTE), actions.menuItem(DELETE));
        Menu view = menu("_View", "viewMenu",
                actions.checkMenuItem(TOGGLE_MODEL_EDITOR, vm.modelEditorVisibleProperty()),
                actions.checkMenuItem(TOGGLE_INSPECTOR, vm.inspectorVisibleProperty()),
                actions.checkMenuItem(TOGGLE_STATUS_BAR, vm.statusBarVisibleProperty()),
                new SeparatorMenuItem(),
                presenterMenuItem(), textSizeMenu(), io.spikeworks.ui.theme.DataPaletteMenu.create(),
                new SeparatorMenuItem(),
                LiveFrameRateMenu.create(),
                actions.menuItem(RESET_LAYOUT));
        Menu run = menu("_Run", "runMenu",
                actions.menuItem(RUN), actions.menuItem(PAUSE), actions.menuItem(STEP), actions.menuItem(STOP),
                new SeparatorMenuItem(), io.spikeworks.ui.chip.ChipProfilesDialog.menuItem(
                        () -> root.getScene() == null ? null : root.getScene().getWindow(),
                        io.spikeworks.chip.ChipProfiles::defaultUserDirectory));
        Menu help = menu("_Help", "helpMenu",
                actions.menuItem(SHORTCUTS), actions.menuItem(DOCUMENTATION), new SeparatorMenuItem(), actions.menuItem(ABOUT));
        MenuBar bar = new MenuBar(file, edit, view, run, help);
        bar.setId("mainMenuBar");
        bar.setUseSystemMenuBar(true); // only has an effect on macOS
        return bar;
    }

    /** A check item that shows presenter mode's state; choosing it runs the command (which also moves the panes). */
    private MenuItem presenterMenuItem() {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(PRESENTER_MODE.text());
        item.setId(PRESENTER_MODE.id() + "MenuItem");
        item.setMnemonicParsing(true);
        item.setAccelerator(javafx.scene.input.KeyCombination.valueOf(PRESENTER_MODE.accelerator()));
        item.setSelected(vm.presenter().isOn());
        vm.presenter().onProperty().addListener((o, was, is) -> item.setSelected(is));
        item.setOnAction(e -> {
            vm.command(PRESENTER_MODE).execute();
            item.setSelected(vm.presenter().isOn());
        });
        return item;
    }

    private Menu textSizeMenu() {
        Menu m = new Menu("_Text Size");
        m.setId("textSizeMenu");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (TextScale scale : TextScale.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(scale.label());
            item.setId("textSize" + Math.round(scale.factor() * 100) + "MenuItem");
            item.setToggleGroup(group);
            item.setSelected(vm.presenter().textScale() == scale);
            item.setOnAction(e -> vm.presenter().textScaleProperty().set(scale));
            vm.presenter().textScaleProperty().addListener((o, was, is) -> item.setSelected(is == scale));
            m.getItems().add(item);
        }
        return m;
    }

    /** Puts presenter mode's text size and contrast on the scene and the canvas views. */
    private void applyPresentation() {
        PresenterMode p = vm.presenter();
        if (root.getScene() != null) Theme.present(root.getScene(), p.textScale().factor(), p.isOn());
        Theme.presentDialogs(p.textScale().factor(), p.isOn());
        io.spikeworks.ui.theme.DisplayScale.setCanvasScale(p.textScale().factor());
    }

    /** Space runs or pauses, and ? lists the keys, unless a text field or a control that uses them has the focus. */
    private void installKeys(Scene scene) {
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.SPACE || e.isShortcutDown() || e.isAltDown()) return;
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) return;
            if (vm.command(PAUSE).isExecutable()) vm.command(PAUSE).execute();
            else vm.command(RUN).execute();
            e.consume();
        });
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if (!"?".equals(e.getCharacter())) return;
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) return;
            showShortcuts();
            e.consume();
        });
    }

    /** Opens the shortcut overlay (non-blocking) and returns it. */
    public Dialog<?> showShortcuts() {
        ShortcutsDialog d = new ShortcutsDialog(root.getScene() != null ? root.getScene().getWindow() : null,
                vm.presenter().textScale().factor(), vm.presenter().isOn());
        d.show();
        return d;
    }

    private static Menu menu(String text, String id, MenuItem... items) {
        Menu m = new Menu(text);
        m.setId(id);
        m.setMnemonicParsing(true);
        m.getItems().addAll(items);
        return m;
    }

    private ToolBar buildToolBar() {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label project = new Label();
        project.setId("projectNameLabel");
        project.getStyleClass().add("project-name");
        project.textProperty().bind(vm.projectNameProperty());
        project.setGraphic(icon(MaterialDesignP.PACKAGE_VARIANT_CLOSED, "project-icon"));

        ToolBar bar = new ToolBar(
                actions.toolbarButton(NEW_PROJECT), actions.toolbarButton(OPEN_PROJECT), actions.toolbarButton(SAVE),
                group(),
                actions.toolbarButton(UNDO), actions.toolbarButton(REDO),
                group(),
                actions.labelledToolbarButton(RUN), actions.toolbarButton(PAUSE), actions.toolbarButton(STEP),
                actions.toolbarButton(STOP),
                grow,
                project,
                group(),
                paneToggle("modelEditorToggle", MaterialDesignD.DOCK_LEFT, TOGGLE_MODEL_EDITOR, vm.modelEditorVisibleProperty()),
                paneToggle("inspectorToggle", MaterialDesignD.DOCK_RIGHT, TOGGLE_INSPECTOR, vm.inspectorVisibleProperty()));
        bar.setId("mainToolBar");
        bar.getStyleClass().add("main-tool-bar");
        return bar;
    }

    private static Node group() {
        Region r = new Region();
        r.getStyleClass().add("tool-separator");
        return r;
    }

    private static FontIcon icon(Ikon ikon, String styleClass) {
        FontIcon fi = new FontIcon(ikon);
        fi.getStyleClass().add(styleClass);
        return fi;
    }

    private ToggleButton paneToggle(String id, Ikon ikon, StandardAction action, BooleanProperty shown) {
        ToggleButton t = new ToggleButton();
        t.setId(id);
        t.getStyleClass().add("tool-button");
        t.setGraphic(icon(ikon, "tool-icon"));
        t.setFocusTraversable(false);
        t.setTooltip(new Tooltip(ActionFactory.tooltipText(action)));
        t.setAccessibleText(action.plainText());
        t.selectedProperty().bindBidirectional(shown);
        return t;
    }

    private void buildStatusBar() {
        statusBar.setId("statusBar");
        statusBar.textProperty().bind(vm.statusTextProperty());
        statusBar.progressProperty().bind(vm.statusProgressProperty());
        engineStatus.setId("engineStatusLabel");
        engineStatus.getStyleClass().add("engine-status");
        engineStatus.textProperty().bind(vm.engineStatusProperty());
        engineStatus.setGraphic(icon(MaterialDesignC.CHIP, "status-icon"));
        frameStatus.setId("frameTimeLabel");
        frameStatus.getStyleClass().add("frame-status");
        FrameTimeMonitor m = dashboard.frameMonitor();
        frameStatus.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> m.getLongFrames() == 0 ? "" : String.format("%d slow frame%s (worst %.0f ms)", m.getLongFrames(),
                        m.getLongFrames() == 1 ? "" : "s", m.worstMillisProperty().get()),
                m.longFramesProperty(), m.worstMillisProperty()));
        frameStatus.visibleProperty().bind(m.longFramesProperty().greaterThan(0));
        frameStatus.managedProperty().bind(frameStatus.visibleProperty());
        frameStatus.setGraphic(icon(org.kordamp.ikonli.materialdesign2.MaterialDesignS.SPEEDOMETER_SLOW, "status-icon"));
        frameStatus.setTooltip(new Tooltip("The screen froze for more than " + (int) FrameTimeMonitor.LIMIT_MILLIS
                + " ms between frames this often while live views ran (logged as io.spikeworks.ui.frames)"));
        // the engine line names the project, which can be long: it gives way to the status text (epoch, batch, loss,
        // accuracy), which it cut to "accuracy 7…" at 1280 px; the whole line is in its tooltip
        engineStatus.maxWidthProperty().bind(statusBar.widthProperty().multiply(0.3));
        Tooltip engineTip = new Tooltip();
        engineTip.textProperty().bind(engineStatus.textProperty());
        engineStatus.setTooltip(engineTip);
        statusBar.getRightItems().addAll(frameStatus, engineStatus);
        statusBar.visibleProperty().bind(vm.statusBarVisibleProperty());
        statusBar.managedProperty().bind(vm.statusBarVisibleProperty());
    }

    /** Rebuilds the split from the pane visibility flags, keeping divider positions across toggles. */
    private void updatePanes() {
        rememberDividers();
        List<Node> items = new ArrayList<>(3);
        if (vm.modelEditorVisibleProperty().get()) items.add(modelEditor);
        items.add(liveViews);
        if (vm.inspectorVisibleProperty().get()) items.add(inspector);
        split.getItems().setAll(items);
        applyDividers();
    }

    private void rememberDividers() {
        double[] d = split.getDividerPositions();
        boolean left = split.getItems().contains(modelEditor);
        boolean right = split.getItems().contains(inspector);
        if (left && right && d.length == 2) {
            leftDivider = d[0];
            rightDivider = d[1];
        } else if (left && d.length == 1) {
            leftDivider = d[0];
        } else if (right && d.length == 1) {
            rightDivider = d[0];
        }
    }

    private void applyDividers() {
        boolean left = split.getItems().contains(modelEditor);
        boolean right = split.getItems().contains(inspector);
        if (left && right) split.setDividerPositions(leftDivider, rightDivider);
        else if (left) split.setDividerPositions(leftDivider);
        else if (right) split.setDividerPositions(rightDivider);
    }

    // ---- API -----------------------------------------------------------------------------------------------

    /** A scene of the given size with the theme applied. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene);
        installKeys(scene);
        applyPresentation();
        return scene;
    }

    /**
     * Shows this window's scene in {@code stage}: binds the title and installs the handlers that need a window
     * (About, Exit). Does not show the stage.
     */
    public void attach(Stage stage) {
        attach(stage, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Like {@link #attach(Stage)}, with the scene made at the size the window will open at, so the first layout
     * (which fixes the side panes' widths from the divider fractions) happens at that size. The stage is given that
     * size too: one shown before (TestFX reuses a single stage) would otherwise keep its own.
     */
    public void attach(Stage stage, double width, double height) {
        if (root.getScene() == null) stage.setScene(createScene(width, height));
        else stage.setScene(root.getScene());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        vm.command(ABOUT).setHandler(() -> showAbout());
        vm.command(EXIT).setHandler(() -> {
            WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.fireEvent(close);
            if (!close.isConsumed()) stage.hide();
        });
    }

    /** Opens the About dialog (non-blocking) and returns it. */
    public Dialog<?> showAbout() {
        AboutDialog d = new AboutDialog(root.getScene() != null ? root.getScene().getWindow() : null);
        d.show();
        return d;
    }

    public MainViewModel viewModel() { return vm; }

    public Parent getRoot() { return root; }

    /** Left area: the model editor (placeholder until the visual builder lands). */
    public TitledPanel modelEditor() { return modelEditor; }

    /** Centre area: live views, one tab each. */
    public LiveViewsArea liveViews() { return liveViews; }

    /** The live views of a training run: {@code dashboard().bind(source)} shows a session's telemetry. */
    public LiveDashboard dashboard() { return dashboard; }

    /** Right area: the inspector; features call {@code inspector().setContent(title, node)} and {@code clear()}. */
    public TitledPanel inspector() { return inspector; }

    /** Puts a bar above the panes (a lesson's), or removes it with null. */
    public void setGuide(Node guide) {
        centre.setTop(guide);
    }

    public Node guide() {
        return centre.getTop();
    }

    public MenuBar menuBar() { return menuBar; }

    public ToolBar toolBar() { return toolBar; }

    public StatusBar statusBar() { return statusBar; }

    public SplitPane splitPane() { return split; }

    /** Current {left, right} divider positions (remembered ones for a hidden pane). */
    public double[] getDividerPositions() {
        rememberDividers();
        return new double[]{leftDivider, rightDivider};
    }

    public void setDividerPositions(double left, double right) {
        if (!(left > 0.02 && left < right && right < 0.98)) {
            left = DEFAULT_LEFT_DIVIDER;
            right = DEFAULT_RIGHT_DIVIDER;
        }
        leftDivider = left;
        rightDivider = right;
        applyDividers();
    }

    /** Looks up a toolbar button by action, e.g. for tests. */
    public Button toolbarButton(StandardAction action) {
        return (Button) toolBar.getItems().stream()
                .filter(n -> (action.id() + "Button").equals(n.getId()))
                .findFirst().orElseThrow();
    }
}
