package io.spikeworks.ui.shell;

import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;

/**
 * Every key the main window answers to, for the shortcut overlay (F1 or ?): the accelerators of the
 * {@link StandardAction}s, read from them so the list cannot go stale, and the keys handled outside menus.
 */
public final class Shortcuts {
    /** One row of the overlay: the key as shown on screen and what it does. */
    public record Shortcut(String keys, String what) {}

    /** Keys that are not menu accelerators; kept here beside the code that lists them. */
    static final List<Shortcut> OTHER_KEYS = List.of(
            new Shortcut("Space", "Run or pause (when no text field has the focus)"),
            new Shortcut("?", "This list"),
            new Shortcut("Page Down  or  Alt+Right", "Next lesson step"),
            new Shortcut("Page Up  or  Alt+Left", "Previous lesson step"),
            new Shortcut("Escape", "Close this list; clear the canvas selection"),
            new Shortcut("Shortcut+A", "Select every layer on the canvas"));

    private Shortcuts() {}

    /** The menu accelerators in menu order, then the other keys. */
    public static List<Shortcut> all() {
        List<Shortcut> out = new ArrayList<>();
        for (StandardAction a : StandardAction.values()) {
            if (a.accelerator() == null) continue;
            out.add(new Shortcut(KeyCombination.valueOf(a.accelerator()).getDisplayText(), a.plainText().replace("…", "")));
        }
        out.addAll(OTHER_KEYS);
        return out;
    }
}
