package io.spikeworks.ui.theme;

import javafx.scene.Parent;
import javafx.scene.Scene;

import java.net.URL;
import java.util.Objects;

/**
 * The app's one stylesheet. Colours are looked-up colours defined on {@code .root} ({@code -sw-bg}, {@code -sw-fg},
 * {@code -sw-accent}, {@code -sw-border}, …) and used by every rule; Java code sets style classes, never colours.
 * A dark theme would redefine only those variables.
 */
public final class Theme {
    /** Classpath location of the light theme. */
    public static final String STYLESHEET = "/io/spikeworks/ui/spikeworks.css";
    /** Presenter mode's overrides, in effect while the scene root has the style class {@value #PRESENTER_CLASS}. */
    public static final String PRESENTER_STYLESHEET = "/io/spikeworks/ui/presenter.css";
    public static final String PRESENTER_CLASS = "presenter";
    /** The root's text size at 100 %. */
    public static final double BASE_FONT_PX = 13;

    private Theme() {}

    public static String stylesheetUrl() {
        return url(STYLESHEET);
    }

    public static String presenterStylesheetUrl() {
        return url(PRESENTER_STYLESHEET);
    }

    private static String url(String resource) {
        URL url = Objects.requireNonNull(Theme.class.getResource(resource), "missing " + resource);
        return url.toExternalForm();
    }

    public static void apply(Scene scene) {
        for (String css : new String[]{stylesheetUrl(), presenterStylesheetUrl()}) {
            if (!scene.getStylesheets().contains(css)) scene.getStylesheets().add(css);
        }
    }

    /**
     * Sets the scene's text and control size to {@code scale} × the stylesheet's sizes, and presenter contrast on or
     * off. The stylesheet's sizes are absolute (px: JavaFX's em compounds through nested rules), so a scaled copy of
     * it replaces it, every px size multiplied (fonts, icons, fixed rows).
     */
    public static void present(Scene scene, double scale, boolean presenter) {
        swapBase(scene.getStylesheets(), scale);
        mark(scene.getRoot(), presenter);
    }

    /** Like {@link #present(Scene, double, boolean)}, for a parent with its own stylesheets (a dialog's pane). */
    public static void present(Parent parent, double scale, boolean presenter) {
        swapBase(parent.getStylesheets(), scale);
        mark(parent, presenter);
    }

    private static void swapBase(java.util.List<String> sheets, double scale) {
        String wanted = scale == 1 ? stylesheetUrl() : ScaledStylesheet.dataUrl(scale);
        for (int i = 0; i < sheets.size(); i++) {
            String s = sheets.get(i);
            if (s.equals(stylesheetUrl()) || ScaledStylesheet.isScaled(s)) {
                if (!s.equals(wanted)) sheets.set(i, wanted);
                return;
            }
        }
        sheets.add(0, wanted);
    }

    private static void mark(Parent root, boolean presenter) {
        if (presenter && !root.getStyleClass().contains(PRESENTER_CLASS)) root.getStyleClass().add(PRESENTER_CLASS);
        if (!presenter) root.getStyleClass().remove(PRESENTER_CLASS);
        if (presenter && !root.getStylesheets().contains(presenterStylesheetUrl()) && root.getScene() != null
                && !root.getScene().getStylesheets().contains(presenterStylesheetUrl())) {
            root.getStylesheets().add(presenterStylesheetUrl());
        }
    }

    /**
     * Styles a dialog's pane (each dialog is a scene of its own, so the window's stylesheet does not reach it) at the
     * text size and contrast the window has now ({@link #presentDialogs}), and keeps it following them while open.
     */
    public static void apply(Parent parent) {
        present(parent, dialogScale, dialogPresenter);
        DIALOGS.removeIf(r -> r.get() == null || r.get() == parent);
        DIALOGS.add(new java.lang.ref.WeakReference<>(parent));
    }

    /** Text size and contrast dialogs take: the main window's (presenter mode, View ▸ Text Size). FX thread only. */
    private static double dialogScale = 1;
    private static boolean dialogPresenter;
    /** Panes given {@link #apply(Parent)}, held weakly: a closed dialog is not kept alive for this. */
    private static final java.util.List<java.lang.ref.WeakReference<Parent>> DIALOGS = new java.util.ArrayList<>();

    /**
     * The main window's text size and contrast changed: dialogs styled from now on take them, and those open now
     * are restyled and resized to fit.
     */
    public static void presentDialogs(double scale, boolean presenter) {
        dialogScale = scale;
        dialogPresenter = presenter;
        DIALOGS.removeIf(r -> r.get() == null);
        for (var ref : java.util.List.copyOf(DIALOGS)) {
            Parent p = ref.get();
            if (p == null) continue;
            present(p, scale, presenter);
            if (p.getScene() != null && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing())
                p.getScene().getWindow().sizeToScene();
        }
    }

    /** The text size dialogs are styled at now (1 = 100 %). */
    public static double dialogScale() {
        return dialogScale;
    }
}
