package io.spikeworks.ui.chip;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Run ▸ Chip Profiles… in the main window opens the dialog over ~/.spikeworks/chips. */
@ExtendWith(ApplicationExtension.class)
class ChipProfilesMenuTest {
    @TempDir
    Path home;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(new MainViewModel());
        window.attach(stage);
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) s.close();
            }
        });
    }

    @Test
    void callersHearAboutChangesWhenTheDialogCloses(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicInteger changed = new java.util.concurrent.atomic.AtomicInteger();
        MenuItem item = ChipProfilesDialog.menuItem(() -> stage, () -> home, changed::incrementAndGet);
        robot.interact(item::fire);
        ChipProfilesDialogTest.waitFor(robot, "#chipProfileList");
        ChipProfilesDialog d = dialog(robot);
        robot.interact(d::close);
        assertEquals(0, changed.get(), "nothing changed");

        robot.interact(item::fire);
        ChipProfilesDialogTest.waitFor(robot, "#chipProfileList");
        ChipProfilesDialog d2 = dialog(robot);
        robot.interact(() -> assertTrue(d2.model().duplicate("loihi", "mine", "Mine")));
        robot.interact(d2::close);
        assertEquals(1, changed.get());
    }

    private static ChipProfilesDialog dialog(FxRobot robot) {
        return ChipProfilesDialog.of(robot.lookup("#chipProfilesDialog").queryAs(DialogPane.class));
    }

    @Test
    void runMenuOpensChipProfilesOverTheUserDirectory(FxRobot robot) throws Exception {
        Menu run = window.menuBar().getMenus().stream().filter(m -> "runMenu".equals(m.getId())).findFirst().orElseThrow();
        MenuItem item = run.getItems().stream().filter(i -> "chipProfilesMenuItem".equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no Run ▸ Chip Profiles…"));
        assertEquals("Chip Profiles…", item.getText().replace("_", ""));
        assertFalse(item.isDisable());

        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            ChipProfiles.load(ChipProfiles.defaultUserDirectory()).duplicate("loihi", "mine", "Mine");
            robot.interact(item::fire);
            ChipProfilesDialogTest.waitFor(robot, "#chipProfileList");
        } finally {
            System.setProperty("user.home", realHome);
        }
        DialogPane pane = robot.lookup("#chipProfilesDialog").queryAs(DialogPane.class);
        assertSame(stage, ((Stage) pane.getScene().getWindow()).getOwner());
        assertTrue(ChipProfilesDialogTest.cell(robot, "mine").isVisible(), "the user's profile from ~/.spikeworks/chips");
    }
}
