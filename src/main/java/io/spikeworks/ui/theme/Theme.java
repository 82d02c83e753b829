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

    public static void apply(Parent parent) {
        if (!parent.getStylesheets().contains(stylesheetUrl())) parent.getStylesheets().add(stylesheetUrl());
    }
}
