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

    /** True when the top strip of the stored bounds (where the title bar is) lies on a connected screen. */
    static boolean onSomeScreen(WindowState s) {
        if (Double.isNaN(s.x()) || Double.isNaN(s.y())) return true;
        Rectangle2D titleBar = new Rectangle2D(s.x(), s.y(), Math.max(1, Math.min(s.width(), 200)), 40);
        return !Screen.getScreensForRectangle(titleBar).isEmpty();
    }
}
