package io.spikeworks.ui.app;

import io.spikeworks.ui.shell.MainWindow;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Window geometry and divider positions, remembered between runs in {@link Preferences}.
 * {@code x}/{@code y} are NaN when the window should be centred.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized,
                          double leftDivider, double rightDivider) {
    public static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN,
            MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT, false,
            MainWindow.DEFAULT_LEFT_DIVIDER, MainWindow.DEFAULT_RIGHT_DIVIDER);

    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;

    /** Preferences node of the app: {@code /io/spikeworks/ui} in the user tree. */
    public static Preferences defaultNode() {
        return Preferences.userNodeForPackage(WindowState.class);
    }

    /** Reads the stored state; anything missing or implausible falls back to {@link #DEFAULT}. */
    public static WindowState load(Preferences p) {
        try {
            WindowState s = new WindowState(
                    p.getDouble("window.x", Double.NaN), p.getDouble("window.y", Double.NaN),
                    p.getDouble("window.width", DEFAULT.width), p.getDouble("window.height", DEFAULT.height),
                    p.getBoolean("window.maximized", false),
                    p.getDouble("divider.left", DEFAULT.leftDivider), p.getDouble("divider.right", DEFAULT.rightDivider));
            return s.sanitized();
        } catch (RuntimeException e) { // e.g. IllegalStateException: node removed
            return DEFAULT;
        }
    }

    /** Stores this state; failures of the backing store are ignored (the next run uses defaults). */
    public void save(Preferences p) {
        try {
            if (!Double.isNaN(x)) p.putDouble("window.x", x);
            if (!Double.isNaN(y)) p.putDouble("window.y", y);
            p.putDouble("window.width", width);
            p.putDouble("window.height", height);
            p.putBoolean("window.maximized", maximized);
            p.putDouble("divider.left", leftDivider);
            p.putDouble("divider.right", rightDivider);
            p.flush();
        } catch (BackingStoreException | RuntimeException e) {
            System.err.println("warning: could not save window state: " + e.getMessage());
        }
    }

    /** Clamps sizes to the window minimum and resets dividers that are out of order or out of range. */
    public WindowState sanitized() {
        double w = finiteOr(width, DEFAULT.width);
        double h = finiteOr(height, DEFAULT.height);
        w = Math.max(MIN_WIDTH, Math.min(w, 10_000));
        h = Math.max(MIN_HEIGHT, Math.min(h, 10_000));
        double l = leftDivider;
        double r = rightDivider;
        if (!(l > 0.02 && l < r && r < 0.98)) {
            l = DEFAULT.leftDivider;
            r = DEFAULT.rightDivider;
        }
        double px = Double.isFinite(x) ? x : Double.NaN;
        double py = Double.isFinite(y) ? y : Double.NaN;
        return new WindowState(px, py, w, h, maximized, l, r);
    }

    /** Same state without a position, so the window is centred. */
    public WindowState centred() {
        return new WindowState(Double.NaN, Double.NaN, width, height, maximized, leftDivider, rightDivider);
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }
}
