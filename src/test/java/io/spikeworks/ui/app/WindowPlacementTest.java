package io.spikeworks.ui.app;

import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.*;

/** Remembered window geometry, applied to and read back from a real (headless) stage. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(new MainViewModel());
        window.attach(stage);
        stage.show();
    }

    @Test
    void restoresAndCapturesBoundsAndDividers(FxRobot robot) {
        // as the app does it: a new stage, the scene made at the stored size, then placed and shown
        WindowState stored = new WindowState(30, 40, 1000, 700, false, 0.25, 0.7);
        WindowState[] captured = new WindowState[1];
        Stage[] fresh = new Stage[1];
        robot.interact(() -> {
            fresh[0] = new Stage();
            MainWindow w = new MainWindow(new MainViewModel());
            w.attach(fresh[0], stored.width(), stored.height());
            WindowPlacement.restore(fresh[0], w, stored);
            fresh[0].show();
            window = w;
        });
        robot.interact(() -> captured[0] = WindowPlacement.capture(fresh[0], window, stored));
        robot.interact(() -> fresh[0].close());
        assertEquals(1000, captured[0].width(), 1);
        assertEquals(700, captured[0].height(), 1);
        assertEquals(30, captured[0].x(), 1);
        assertEquals(40, captured[0].y(), 1);
        assertEquals(0.25, captured[0].leftDivider(), 0.01);
        assertEquals(0.7, captured[0].rightDivider(), 0.01);
        assertFalse(captured[0].maximized());
    }

    @Test
    void aMaximisedWindowKeepsItsNormalBounds(FxRobot robot) {
        WindowState before = new WindowState(10, 20, 900, 600, false, 0.22, 0.77);
        WindowState[] captured = new WindowState[1];
        robot.interact(() -> {
            stage.setMaximized(true);
            captured[0] = WindowPlacement.capture(stage, window, before);
            stage.setMaximized(false);
        });
        assertTrue(captured[0].maximized());
        assertEquals(900, captured[0].width());
        assertEquals(10, captured[0].x());
    }

    @Test
    void theWindowIsCutDownToTheScreenItOpensOn() {
        javafx.geometry.Rectangle2D hd = new javafx.geometry.Rectangle2D(0, 0, 1280, 720);
        // the default 1280×800, centred on a 1280×720 screen, lost its menu bar above the top edge
        WindowState fit = WindowPlacement.fitted(WindowState.DEFAULT, hd);
        assertEquals(1280, fit.width());
        assertEquals(720, fit.height());
        assertTrue(Double.isNaN(fit.x()) && Double.isNaN(fit.y()), "still centred");
        // a remembered window hanging off the bottom right is moved in, keeping its size where it fits
        WindowState moved = WindowPlacement.fitted(new WindowState(900, 500, 1000, 600, false, 0.2, 0.8), hd);
        assertEquals(280, moved.x());
        assertEquals(120, moved.y());
        assertEquals(1000, moved.width());
        assertEquals(0.2, moved.leftDivider());
        // one that fits is left alone
        WindowState small = new WindowState(10, 20, 900, 600, true, 0.2, 0.8);
        assertEquals(small, WindowPlacement.fitted(small, hd));
        // on a second screen to the right, the bounds are that screen's
        WindowState right = WindowPlacement.fitted(new WindowState(1300, -10, 1280, 800, false, 0.2, 0.8),
                new javafx.geometry.Rectangle2D(1280, 0, 1920, 1040));
        assertEquals(1300, right.x());
        assertEquals(0, right.y());
        assertEquals(800, right.height());
    }

    @Test
    void positionsOffEveryScreenAreCentred() {
        assertTrue(WindowPlacement.onSomeScreen(WindowState.DEFAULT));
        assertFalse(WindowPlacement.onSomeScreen(new WindowState(-50_000, -50_000, 800, 600, false, 0.2, 0.8)));
    }
}
