package io.spikeworks.ui.builder;

import java.util.List;

/**
 * Which builder controls a lesson step hides or locks: inspector fields by id ({@code training.epochs},
 * {@code algorithm.*} for a whole section) and palette entries ({@code palette.dense}, {@code palette.*}).
 * A hidden field is not shown; a locked one is shown but cannot be edited.
 */
public record ControlRestrictions(List<String> hidden, List<String> locked) {
    public static final ControlRestrictions NONE = new ControlRestrictions(List.of(), List.of());

    public ControlRestrictions {
        hidden = List.copyOf(hidden);
        locked = List.copyOf(locked);
    }

    public boolean hides(String controlId) {
        return matches(hidden, controlId);
    }

    public boolean locks(String controlId) {
        return matches(locked, controlId);
    }

    /** Whether the palette entry of a layer type is hidden. */
    public boolean hidesPaletteEntry(String type) {
        return hides("palette." + type);
    }

    private static boolean matches(List<String> patterns, String id) {
        for (String p : patterns) {
            if (p.equals(id)) return true;
            if (p.endsWith(".*") && id.startsWith(p.substring(0, p.length() - 1))) return true;
        }
        return false;
    }
}
