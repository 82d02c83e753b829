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

    private Theme() {}

    public static String stylesheetUrl() {
        URL url = Objects.requireNonNull(Theme.class.getResource(STYLESHEET), "missing " + STYLESHEET);
        return url.toExternalForm();
    }

    public static void apply(Scene scene) {
        if (!scene.getStylesheets().contains(stylesheetUrl())) scene.getStylesheets().add(stylesheetUrl());
    }

    public static void apply(Parent parent) {
        if (!parent.getStylesheets().contains(stylesheetUrl())) parent.getStylesheets().add(stylesheetUrl());
    }
}
