package io.spikeworks.ui.shell;

import io.spikeworks.ui.theme.DisplayScale;
import io.spikeworks.ui.theme.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.spikeworks.ui.shell.StandardAction.*;
import static org.junit.jupiter.api.Assertions.*;

/** Presenter mode in a real window at a projector's 1280×720: sizes, contrast, and nothing of the toolbar cut off. */
@ExtendWith(ApplicationExtension.class)
class PresenterWindowTest {
    private MainViewModel vm;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new MainViewModel();
        window = new MainWindow(vm);
        window.attach(stage, 1280, 720);
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
    }

    @AfterEach
    void normalScale(FxRobot robot) {
        robot.interact(() -> {
            DisplayScale.setCanvasScale(1); // one per app: the next test class starts at 100 %
            Theme.presentDialogs(1, false);
        });
    }

    @Test
    void dialogsTakeTheWindowsTextSizeAndContrastAndFollowItWhileOpen(FxRobot robot) {
        robot.interact(() -> window.showAbout());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane normal = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        double normalSize = fontOf(normal);
        robot.interact(() -> normal.getScene().getWindow().hide());

        robot.interact(() -> vm.presenter().setOn(true));
        robot.interact(() -> window.showAbout());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane big = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        assertEquals(normalSize * 1.5, fontOf(big), 0.1, "a dialog opened in presenter mode is at its text size");
        assertTrue(big.getStyleClass().contains(Theme.PRESENTER_CLASS), "and its contrast");

        // an alert (each error and question goes through Theme.apply), opened now, changed while open
        javafx.scene.control.Alert[] alert = new javafx.scene.control.Alert[1];
        robot.interact(() -> {
            alert[0] = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, "bad file", javafx.scene.control.ButtonType.OK);
            Theme.apply(alert[0].getDialogPane());
            alert[0].show();
        });
        assertEquals(normalSize * 1.5, fontOf(alert[0].getDialogPane()), 0.1);
        robot.interact(() -> vm.presenter().textScaleProperty().set(TextScale.values()[TextScale.values().length - 1]));
        WaitForAsyncUtils.waitForFxEvents();
        double largest = TextScale.values()[TextScale.values().length - 1].factor();
        assertEquals(normalSize * largest, fontOf(alert[0].getDialogPane()), 0.1, "an open dialog follows the text size");
        robot.interact(() -> vm.presenter().setOn(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normalSize, fontOf(big), 0.1, "and back");
        assertFalse(big.getStyleClass().contains(Theme.PRESENTER_CLASS));
        robot.interact(() -> {
            alert[0].hide();
            big.getScene().getWindow().hide();
        });
    }

    /** The font size the pane's content label is drawn at. */
    private static double fontOf(DialogPane pane) {
        Label content = (Label) pane.lookup(".content");
        if (content == null) content = (Label) pane.lookup(".label");
        return content.getFont().getSize();
    }

    private Label panelTitle(FxRobot robot) {
        return robot.lookup("#liveViewsPane .panel-title").queryAs(Label.class);
    }

    @Test
    void presenterModeScalesTextRaisesContrastAndComesBack(FxRobot robot) {
        Label title = panelTitle(robot);
        double normalSize = title.getFont().getSize();
        Color normalFill = (Color) title.getTextFill();

        robot.interact(() -> vm.command(PRESENTER_MODE).execute());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.getRoot().getStyleClass().contains(Theme.PRESENTER_CLASS));
        assertEquals(normalSize * 1.5, title.getFont().getSize(), 0.1);
        Color presenterFill = (Color) title.getTextFill();
        Color bg = Color.WHITE;
        assertTrue(contrast(presenterFill, bg) > contrast(normalFill, bg),
                "muted text darker: " + normalFill + " → " + presenterFill);
        assertEquals(1.5, DisplayScale.canvasScale(), 1e-9, "the canvas views follow");
        assertFalse(window.splitPane().getItems().contains(window.modelEditor()));
        assertFalse(window.splitPane().getItems().contains(window.inspector()));

        robot.interact(() -> vm.command(PRESENTER_MODE).execute());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normalSize, title.getFont().getSize(), 0.1);
        assertEquals(normalFill, title.getTextFill());
        assertEquals(1, DisplayScale.canvasScale(), 1e-9);
        assertTrue(window.splitPane().getItems().contains(window.modelEditor()));
    }

    @Test
    void atEveryTextSizeTheRunControlsAndMenusFitIn1280x720(FxRobot robot) {
        robot.interact(() -> vm.presenter().setOn(true));
        for (TextScale scale : TextScale.values()) {
            robot.interact(() -> vm.presenter().textScaleProperty().set(scale));
            WaitForAsyncUtils.waitForFxEvents();
            double sceneWidth = stage.getScene().getWidth();
            double sceneHeight = stage.getScene().getHeight();
            for (StandardAction a : List.of(RUN, PAUSE, STEP, STOP)) {
                Button b = window.toolbarButton(a);
                assertTrue(b.isVisible(), a + " at " + scale.label());
                Bounds r = b.localToScene(b.getBoundsInLocal());
                assertTrue(r.getMinX() >= 0 && r.getMaxX() <= sceneWidth && r.getMaxY() <= sceneHeight,
                        a + " off screen at " + scale.label() + ": " + r);
            }
            for (Node n : robot.lookup("#mainMenuBar .label").queryAll()) {
                assertNotClipped((Labeled) n, scale);
            }
            assertNotClipped(robot.lookup("#runButton").queryAs(Labeled.class), scale);
            Bounds bar = window.statusBar().localToScene(window.statusBar().getBoundsInLocal());
            assertTrue(bar.getMaxY() <= sceneHeight + 0.5, "status bar inside at " + scale.label());
        }
    }

    /** A label whose text was shortened with an ellipsis shows fewer characters than it has. */
    private static void assertNotClipped(Labeled l, TextScale scale) {
        if (l.getText() == null || l.getText().isEmpty()) return;
        Text shown = (Text) l.lookup(".text");
        assertNotNull(shown, l.getText());
        assertEquals(l.getText().replace("_", ""), shown.getText().replace("_", ""), "cut off at " + scale.label());
    }

    @Test
    void spaceRunsAndPausesAndQuestionMarkListsTheKeys(FxRobot robot) {
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger pauses = new AtomicInteger();
        javafx.beans.property.SimpleBooleanProperty running = new javafx.beans.property.SimpleBooleanProperty(false);
        robot.interact(() -> {
            vm.command(RUN).setHandler(() -> {
                runs.incrementAndGet();
                running.set(true);
            }, running.not());
            vm.command(PAUSE).setHandler(() -> {
                pauses.incrementAndGet();
                running.set(false);
            }, running);
        });
        robot.clickOn("#liveViewsPane");
        robot.type(KeyCode.SPACE);
        assertEquals(1, runs.get());
        robot.type(KeyCode.SPACE);
        assertEquals(1, pauses.get());

        robot.interact(() -> window.showShortcuts());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#shortcutsDialog").queryAs(DialogPane.class);
        assertNotNull(pane);
        assertTrue(robot.lookup("#shortcutsGrid .shortcut-keys").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("F5")));
        robot.interact(() -> pane.getScene().getWindow().hide());
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.getScene().getRoot() == pane));
    }

    private static double contrast(Color a, Color b) {
        double la = lum(a);
        double lb = lum(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double lum(Color c) {
        return 0.2126 * ch(c.getRed()) + 0.7152 * ch(c.getGreen()) + 0.0722 * ch(c.getBlue());
    }

    private static double ch(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
