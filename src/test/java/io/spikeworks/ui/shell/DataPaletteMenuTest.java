package io.spikeworks.ui.shell;

import io.spikeworks.ui.theme.DataPalette;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.*;

/** View ▸ Colours in the main window: choosing an item switches the views' data colours and back. */
@ExtendWith(ApplicationExtension.class)
class DataPaletteMenuTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new MainViewModel());
        window.attach(stage, 1280, 720);
        stage.show();
    }

    @AfterEach
    void standardAgain(FxRobot robot) {
        robot.interact(() -> DataPalette.setCurrent(DataPalette.STANDARD));
    }

    private RadioMenuItem item(String id) {
        return (RadioMenuItem) window.menuBar().getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof javafx.scene.control.Menu sub && "dataPaletteMenu".equals(sub.getId()))
                .flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no item " + id));
    }

    @Test
    void chosenFromTheViewMenu(FxRobot robot) {
        RadioMenuItem standard = item("dataPaletteStandard");
        RadioMenuItem safe = item("dataPaletteColourBlindSafe");
        assertTrue(standard.isSelected());
        robot.interact(safe::fire); // menus' popups cannot be clicked under headless Monocle; firing runs the same action
        assertEquals(DataPalette.COLOUR_BLIND_SAFE, DataPalette.current());
        assertTrue(safe.isSelected());
        assertFalse(standard.isSelected());
        assertEquals(Color.web("#0072b2"), ThemeColours.theme().data(0), "views now draw series in Okabe–Ito");
        // set from elsewhere (preferences at start-up): the check mark follows
        robot.interact(() -> DataPalette.setCurrent(DataPalette.STANDARD));
        assertTrue(standard.isSelected());
    }
}
