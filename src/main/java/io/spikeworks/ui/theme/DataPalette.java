package io.spikeworks.ui.theme;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Which colours the live views draw data in (View ▸ Colours). {@link #STANDARD} is the theme's own; {@link
 * #COLOUR_BLIND_SAFE} uses Okabe–Ito for series, viridis for non-negative heatmaps and blue–white–red for signed
 * ones, which stay apart for protan, deutan and tritan vision. One choice per application, like the stylesheet;
 * the property is read and set on the FX thread.
 */
public enum DataPalette {
    STANDARD("Standard"), COLOUR_BLIND_SAFE("Colour-blind safe (Okabe–Ito, viridis)");

    /** Preferences key the choice is kept under. */
    static final String KEY = "view.dataPalette";
    private static final ObjectProperty<DataPalette> CURRENT =
            new SimpleObjectProperty<>(DataPalette.class, "current", STANDARD);

    private final String label;

    DataPalette(String label) {
        this.label = label;
    }

    /** The menu text. */
    public String label() {
        return label;
    }

    public static ObjectProperty<DataPalette> currentProperty() {
        return CURRENT;
    }

    public static DataPalette current() {
        DataPalette p = CURRENT.get();
        return p == null ? STANDARD : p;
    }

    public static void setCurrent(DataPalette p) {
        CURRENT.set(p == null ? STANDARD : p);
    }

    /** The stored choice; a missing or unknown value (an older or newer version's) gives {@link #STANDARD}. */
    public static DataPalette load(Preferences p) {
        try {
            String name = p.get(KEY, STANDARD.name());
            for (DataPalette d : values()) if (d.name().equals(name)) return d;
        } catch (RuntimeException e) { // e.g. IllegalStateException: node removed
            System.err.println("warning: could not read the colour palette choice: " + e.getMessage());
        }
        return STANDARD;
    }

    /** Stores this choice; a failing backing store is reported and otherwise ignored (the next run uses the default). */
    public void save(Preferences p) {
        try {
            p.put(KEY, name());
            p.flush();
        } catch (BackingStoreException | RuntimeException e) {
            System.err.println("warning: could not save the colour palette choice: " + e.getMessage());
        }
    }
}
