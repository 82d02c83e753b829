package io.spikeworks.ui.shell;

import io.spikeworks.ui.live.LiveViewRegistry;
import io.spikeworks.ui.live.LiveViewSlot;
import io.spikeworks.ui.live.ViewFixtures;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isDisabled;
import static org.testfx.matcher.base.NodeMatchers.isEnabled;
import static org.testfx.matcher.base.NodeMatchers.isVisible;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** The main window, headless: structure, bindings and the plug-in points later features use. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainViewModel vm;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel();
        window = new MainWindow(vm);
        window.attach(stage);
        stage.sizeToScene(); // the primary stage is shared: an earlier test class may have left it small
        stage.show();
    }

    private static String plain(String menuText) {
        return menuText.replace("_", "");
    }

    private List<MenuItem> allItems() {
        List<MenuItem> out = new ArrayList<>();
        for (Menu m : window.menuBar().getMenus()) collect(m, out);
        return out;
    }

    private static void collect(Menu m, List<MenuItem> out) {
        for (MenuItem i : m.getItems()) {
            out.add(i);
            if (i instanceof Menu sub) collect(sub, out);
        }
    }

    private MenuItem item(String id) {
        return allItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item #" + id));
    }

    @Test
    void menuBarHasTheFiveMenus(FxRobot robot) {
        verifyThat("#mainMenuBar", isVisible());
        MenuBar bar = robot.lookup("#mainMenuBar").queryAs(MenuBar.class);
        assertEquals(List.of("File", "Edit", "View", "Run", "Help"),
                bar.getMenus().stream().map(m -> plain(m.getText())).collect(Collectors.toList()));
        assertEquals(List.of("New Project", "Open…", "Open Recent", "Save", "Save As…", "Exit"),
                bar.getMenus().get(0).getItems().stream().filter(i -> i.getText() != null)
                        .map(i -> plain(i.getText())).collect(Collectors.toList()));
    }

    @Test
    void toolbarHasIconButtonsWithTooltips(FxRobot robot) {
        verifyThat("#mainToolBar", isVisible());
        for (String id : List.of("newProject", "open", "save", "undo", "redo", "run", "pause", "step", "stop")) {
            Button b = robot.lookup("#" + id + "Button").queryButton();
            assertNotNull(b, id);
            assertTrue(b.getGraphic() instanceof FontIcon, id + " has an Ikonli icon");
            assertNotNull(b.getTooltip(), id + " has a tooltip");
            assertFalse(b.getTooltip().getText().isBlank());
        }
        assertTrue(robot.lookup("#runButton").queryButton().getTooltip().getText().contains("F5"));
        verifyThat("#runButton", hasText("Run"));
    }

    @Test
    void threePanesAndTheStatusBarAreShown(FxRobot robot) {
        verifyThat("#modelEditorPane", isVisible());
        verifyThat("#liveViewsPane", isVisible());
        verifyThat("#inspectorPane", isVisible());
        verifyThat("#statusBar", isVisible());
        assertEquals(List.of(window.modelEditor(), window.liveViews(), window.inspector()),
                robot.lookup("#mainSplitPane").queryAs(SplitPane.class).getItems());

        assertTrue(window.modelEditor().getPlaceholder().getDescription()
                .contains("Drag layers from the palette here (coming with the visual builder)"));
        assertEquals("Inspector", window.inspector().getPlaceholder().getTitle());

        TabPane tabs = robot.lookup("#liveViewTabs").queryAs(TabPane.class);
        assertEquals(List.of("Activity", "Learning", "Chip cost"),
                tabs.getTabs().stream().map(Tab::getText).collect(Collectors.toList()));
        for (LiveViewSlot slot : LiveViewRegistry.standard().slots()) {
            assertTrue(window.liveViews().isPlaceholder(slot), slot + " shows its placeholder");
            assertEquals(slot.title(), window.liveViews().card(slot).getHeading());
        }
        verifyThat("#spikeRasterCard", isVisible());
        verifyThat("#membraneTracesCard", isVisible());
    }

    @Test
    void aLongProjectNameInTheEngineStatusLeavesTheTrainingStatusWhole(FxRobot robot) {
        String progress = "Epoch 2/3 · batch 60/94 · loss 1.0281 · accuracy 72.3 %";
        String engine = "Training · Fashion-MNIST · rate-coded conv TTL-BPTT (k = 1, T_tr = 5) · 8c5-mp2-16c5-mp2-64-10";
        robot.interact(() -> {
            // 1024 wide with no slow-frames notice; at 1280 that notice took the room in the app as well
            stage.setWidth(1024);
            stage.setHeight(720);
            vm.setStatusText(progress);
            vm.setStatusProgress(0.6);
            vm.setEngineStatus(engine);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        String[] shown = new String[2];
        robot.interact(() -> {
            bar.applyCss();
            bar.layout();
            shown[0] = ((javafx.scene.text.Text) bar.lookup(".status-label").lookup(".text")).getText();
            shown[1] = ((Label) robot.lookup("#engineStatusLabel").query()).getTooltip().getText();
        });
        assertEquals(progress, shown[0], "the training status is drawn whole");
        assertEquals(engine, shown[1], "the engine line whole in its tooltip");
        robot.interact(() -> {
            vm.setStatusText("Ready");
            vm.setStatusProgress(0);
            vm.setEngineStatus(MainViewModel.ENGINE_NOT_LOADED);
            stage.sizeToScene();
        });
    }

    @Test
    void statusBarSaysReadyAndShowsNoFakeEngineData(FxRobot robot) {
        StatusBar bar = robot.lookup("#statusBar").queryAs(StatusBar.class);
        assertEquals("Ready", bar.getText());
        verifyThat("#engineStatusLabel", hasText(MainViewModel.ENGINE_NOT_LOADED));
        assertEquals(0, bar.getProgress(), "no progress bar while idle");
        robot.interact(() -> {
            vm.setStatusText("Loading MNIST…");
            vm.setStatusProgress(0.5);
        });
        assertEquals("Loading MNIST…", bar.getText());
        assertEquals(0.5, bar.getProgress());
        robot.interact(() -> vm.setStatusProgress(0));
    }

    @Test
    void titleFollowsTheProjectName(FxRobot robot) {
        assertEquals("Spikeworks — Untitled", stage.getTitle());
        robot.interact(() -> vm.setProjectName("Fashion e-prop"));
        assertEquals("Spikeworks — Fashion e-prop", stage.getTitle());
        verifyThat("#projectNameLabel", hasText("Fashion e-prop"));
    }

    @Test
    void unbuiltFeaturesAreDisabledAndAcceleratorsSet() {
        verifyThat("#runButton", isDisabled());
        verifyThat("#saveButton", isDisabled());
        for (String id : List.of("newProjectMenuItem", "openMenuItem", "saveMenuItem", "saveAsMenuItem", "undoMenuItem",
                "redoMenuItem", "cutMenuItem", "copyMenuItem", "pasteMenuItem", "deleteMenuItem", "runMenuItem",
                "pauseMenuItem", "stepMenuItem", "stopMenuItem", "documentationMenuItem", "openRecentMenu")) {
            assertTrue(item(id).isDisable(), id + " is disabled until its feature exists");
        }
        for (String id : List.of("exitMenuItem", "aboutMenuItem", "resetLayoutMenuItem", "toggleInspectorMenuItem")) {
            assertFalse(item(id).isDisable(), id + " works");
        }
        assertEquals(KeyCombination.valueOf("Shortcut+N"), item("newProjectMenuItem").getAccelerator());
        assertEquals(KeyCombination.valueOf("Shortcut+O"), item("openMenuItem").getAccelerator());
        assertEquals(KeyCombination.valueOf("Shortcut+S"), item("saveMenuItem").getAccelerator());
        assertEquals(KeyCombination.valueOf("Shortcut+Z"), item("undoMenuItem").getAccelerator());
        assertEquals(KeyCombination.valueOf("Shortcut+Shift+Z"), item("redoMenuItem").getAccelerator());
        assertEquals(KeyCombination.valueOf("F5"), item("runMenuItem").getAccelerator());
    }

    @Test
    void aRunHandlerEnablesTheButtonClickAndAccelerator(FxRobot robot) {
        AtomicInteger runs = new AtomicInteger();
        robot.interact(() -> vm.command(StandardAction.RUN).setHandler(runs::incrementAndGet));
        verifyThat("#runButton", isEnabled());
        assertFalse(item("runMenuItem").isDisable());
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, runs.get());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, runs.get(), "F5 runs too");
    }

    @Test
    void viewTogglesHideAndRestorePanes(FxRobot robot) {
        SplitPane split = window.splitPane();
        double[] before = window.getDividerPositions();
        robot.clickOn("#inspectorToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.inspectorVisibleProperty().get());
        assertFalse(split.getItems().contains(window.inspector()));
        assertFalse(((CheckMenuItem) item("toggleInspectorMenuItem")).isSelected());

        robot.interact(() -> vm.modelEditorVisibleProperty().set(false));
        assertEquals(List.of(window.liveViews()), split.getItems());
        assertFalse(robot.lookup("#modelEditorToggle").queryAs(ToggleButton.class).isSelected());

        robot.interact(() -> item("resetLayoutMenuItem").fire());
        assertEquals(List.of(window.modelEditor(), window.liveViews(), window.inspector()), split.getItems());
        double[] after = window.getDividerPositions();
        assertEquals(MainWindow.DEFAULT_LEFT_DIVIDER, after[0], 0.02);
        assertEquals(MainWindow.DEFAULT_RIGHT_DIVIDER, after[1], 0.02);
        assertEquals(before[0], after[0], 0.02);

        robot.interact(() -> vm.statusBarVisibleProperty().set(false));
        assertFalse(window.statusBar().isVisible());
        robot.interact(() -> vm.statusBarVisibleProperty().set(true));
    }

    @Test
    void paneAcceleratorsToggleThePanes(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.inspectorVisibleProperty().get(), "Ctrl+2 hides the inspector");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.inspectorVisibleProperty().get(), "and shows it again");
    }

    @Test
    void featuresPlugViewsIntoTheCentreAndTheInspector(FxRobot robot) {
        Label raster = new Label("raster view");
        Label props = new Label("layer properties");
        robot.interact(() -> {
            window.liveViews().setView(LiveViewSlot.COST_METERS, raster);
            window.liveViews().select(LiveViewSlot.COST_METERS);
            window.inspector().setContent("Layer: hidden 1", props);
        });
        assertFalse(window.liveViews().isPlaceholder(LiveViewSlot.COST_METERS));
        assertEquals("costMetersView", raster.getId());
        verifyThat("#costMetersView", isVisible());
        assertEquals("chipCost", window.liveViews().getTabPane().getSelectionModel().getSelectedItem().getId());
        verifyThat("#inspectorPaneTitle", hasText("Layer: hidden 1"));
        verifyThat("layer properties", isVisible());

        robot.interact(() -> {
            window.liveViews().clearView(LiveViewSlot.COST_METERS);
            window.inspector().clear();
            window.liveViews().addView("energy", "Energy", null, new Label("energy view"));
        });
        assertTrue(window.liveViews().isPlaceholder(LiveViewSlot.COST_METERS));
        verifyThat("#inspectorPaneTitle", hasText("Inspector"));
        assertTrue(window.liveViews().tab("energy").isPresent());
        robot.interact(() -> assertTrue(window.liveViews().removeView("energy")));
        assertThrows(IllegalArgumentException.class, () -> window.liveViews().removeView("activity"));
    }

    @Test
    void noInlineColoursInTheSceneGraph(FxRobot robot) {
        List<Node> styled = new ArrayList<>();
        collectStyled(window.getRoot(), styled);
        assertEquals(List.of(), styled, "colours come from the stylesheet, not setStyle");
    }

    private static void collectStyled(Node n, List<Node> out) {
        // FontIcon keeps its resolved icon code, size and colour in its style string itself; those come from CSS.
        if (!(n instanceof FontIcon) && n.getStyle() != null && !n.getStyle().isBlank()) out.add(n);
        if (n instanceof javafx.scene.Parent p) for (Node c : p.getChildrenUnmodifiable()) collectStyled(c, out);
    }

    @Test
    void atTheWindowsLeastSizeTheLiveViewsKeepTheirWidth() throws Exception {
        // a stage of its own: the shared primary stage would stay small for the tests after this one
        Stage small = ViewFixtures.fx(() -> {
            Stage st = new Stage();
            MainWindow w = new MainWindow(new MainViewModel());
            w.attach(st, 1280, 800);
            st.show();
            st.setUserData(w);
            return st;
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            // shrunk from a full size: the side panes do not shrink with the window, the centre does
            ViewFixtures.fxRun(() -> {
                small.setWidth(720);
                small.setHeight(480);
            });
            WaitForAsyncUtils.waitForFxEvents();
            MainWindow w = (MainWindow) small.getUserData();
            assertEquals(720, ViewFixtures.fx(small::getWidth), 1);
            double centre = ViewFixtures.fx(() -> w.liveViews().getWidth());
            assertTrue(centre >= MainWindow.CENTRE_MIN_WIDTH - 1, "the live views are " + centre + " px wide");
            assertTrue(ViewFixtures.fx(() -> w.modelEditor().getWidth()) >= 179, "the builder keeps its least width");
        } finally {
            ViewFixtures.fxRun(small::close);
        }
    }
}
