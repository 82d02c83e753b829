package io.spikeworks.ui.app;

import io.spikeworks.ui.shell.MainWindow;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Applies a {@link WindowState} to a stage and reads one back. FX thread only. */
final class WindowPlacement {
    private WindowPlacement() {}

    /** Sizes and places the stage (centred when the stored position is unknown or off every screen). */
    static void restore(Stage stage, MainWindow window, WindowState s) {
        WindowState st = onSomeScreen(s) ? s : s.centred();
        stage.setWidth(st.width());
        stage.setHeight(st.height());
        if (Double.isNaN(st.x()) || Double.isNaN(st.y())) {
            stage.centerOnScreen();
        } else {
            stage.setX(st.x());
            stage.setY(st.y());
        }
        stage.setMaximized(st.maximized());
        window.setDividerPositions(st.leftDivider(), st.rightDivider());
    }

    /** The state to store; a maximised window keeps the normal bounds it had before ({@code before}). */
    static WindowState capture(Stage stage, MainWindow window, WindowState before) {
        double[] d = window.getDividerPositions();
        if (stage.isMaximized()) {
            return new WindowState(before.x(), before.y(), before.width(), before.height(), true, d[0], d[1]);
        }
        return new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false, d[0], d[1]);
    }

    /**
     * The state cut down to the usable area of the screen the window opens on (the primary one when it is centred):
     * the default 1280×800 on a 1280×720 screen was centred 27 pixels above the top, menu bar and all, with its
     * bottom below the screen. A remembered position is moved in so the whole window shows.
     */
    static WindowState fitToScreen(WindowState s) {
        WindowState st = onSomeScreen(s) ? s : s.centred();
        Screen screen = Screen.getPrimary();
        if (!Double.isNaN(st.x()) && !Double.isNaN(st.y())) {
            var on = Screen.getScreensForRectangle(titleBar(st));
            if (!on.isEmpty()) screen = on.get(0);
        }
        return fitted(st, screen.getVisualBounds());
    }

    /** {@code s} no larger than {@code area} and, when it has a position, inside it. */
    static WindowState fitted(WindowState s, Rectangle2D area) {
        double w = Math.min(s.width(), area.getWidth());
        double h = Math.min(s.height(), area.getHeight());
        double x = s.x();
        double y = s.y();
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            x = Math.max(area.getMinX(), Math.min(x, area.getMaxX() - w));
            y = Math.max(area.getMinY(), Math.min(y, area.getMaxY() - h));
        }
        return new WindowState(x, y, w, h, s.maximized(), s.leftDivider(), s.rightDivider());
    }

    private static Rectangle2D titleBar(WindowState s) {
        return new Rectangle2D(s.x(), s.y(), Math.max(1, Math.min(s.width(), 200)), 40);
    }

    /** True when the top strip of the stored bounds (where the title bar is) lies on a connected screen. */
    static boolean onSomeScreen(WindowState s) {
        if (Double.isNaN(s.x()) || Double.isNaN(s.y())) return true;
        return !Screen.getScreensForRectangle(titleBar(s)).isEmpty();
    }
}
