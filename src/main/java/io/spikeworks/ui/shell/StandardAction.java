package io.spikeworks.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * Every command of the main window: its label, accelerator, icon and tooltip, in one place. Menu items and
 * toolbar buttons are made from these by {@link ActionFactory}; whether a command can run, and what it does,
 * lives in the {@link ActionCommand} that {@link MainViewModel#command(StandardAction)} returns.
 *
 * <p>{@code id} is the stem of the node ids: the menu item is {@code #<id>MenuItem}, the toolbar button
 * {@code #<id>Button}.
 */
public enum StandardAction {
    NEW_PROJECT("newProject", "_New Project", "Shortcut+N", MaterialDesignF.FILE_PLUS_OUTLINE, "New project"),
    OPEN_PROJECT("open", "_Open…", "Shortcut+O", MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open a project"),
    SAVE("save", "_Save", "Shortcut+S", MaterialDesignC.CONTENT_SAVE_OUTLINE, "Save the project"),
    SAVE_AS("saveAs", "Save _As…", "Shortcut+Shift+S", null, "Save the project under a new name"),
    EXIT("exit", "E_xit", "Shortcut+Q", MaterialDesignE.EXIT_TO_APP, "Quit Spikeworks"),

    UNDO("undo", "_Undo", "Shortcut+Z", MaterialDesignU.UNDO, "Undo"),
    REDO("redo", "_Redo", "Shortcut+Shift+Z", MaterialDesignR.REDO, "Redo"),
    CUT("cut", "Cu_t", "Shortcut+X", MaterialDesignC.CONTENT_CUT, "Cut"),
    COPY("copy", "_Copy", "Shortcut+C", MaterialDesignC.CONTENT_COPY, "Copy"),
    PASTE("paste", "_Paste", "Shortcut+V", MaterialDesignC.CONTENT_PASTE, "Paste"),
    DELETE("delete", "_Delete", "Delete", MaterialDesignD.DELETE_OUTLINE, "Delete the selection"),

    TOGGLE_MODEL_EDITOR("toggleModelEditor", "_Model Editor", "Shortcut+1", null, "Show or hide the model editor"),
    TOGGLE_INSPECTOR("toggleInspector", "_Inspector", "Shortcut+2", null, "Show or hide the inspector"),
    TOGGLE_STATUS_BAR("toggleStatusBar", "_Status Bar", null, null, "Show or hide the status bar"),
    RESET_LAYOUT("resetLayout", "_Reset Layout", null, MaterialDesignW.WINDOW_RESTORE, "Restore the default pane layout"),
    PRESENTER_MODE("presenterMode", "_Presenter Mode", "Shortcut+Shift+P", MaterialDesignP.PROJECTOR_SCREEN_OUTLINE,
            "Large text, high contrast and the side panes collapsed, for a projector"),

    RUN("run", "_Run", "F5", MaterialDesignP.PLAY, "Run training"),
    PAUSE("pause", "_Pause", "F6", MaterialDesignP.PAUSE, "Pause training"),
    STEP("step", "S_tep", "F8", MaterialDesignS.STEP_FORWARD, "Advance one simulation step"),
    STOP("stop", "_Stop", "Shift+F5", MaterialDesignS.STOP, "Stop training"),

    SHORTCUTS("shortcuts", "_Keyboard Shortcuts", "F1", MaterialDesignK.KEYBOARD_OUTLINE, "List every key (F1 or ?)"),
    DOCUMENTATION("documentation", "_Documentation", null, MaterialDesignB.BOOK_OPEN_VARIANT, "Open the documentation"),
    ABOUT("about", "_About Spikeworks", null, MaterialDesignI.INFORMATION_OUTLINE, "About Spikeworks");

    private final String id;
    private final String text;
    private final String accelerator;
    private final Ikon icon;
    private final String description;

    StandardAction(String id, String text, String accelerator, Ikon icon, String description) {
        this.id = id;
        this.text = text;
        this.accelerator = accelerator;
        this.icon = icon;
        this.description = description;
    }

    /** Stem of the fx ids, e.g. {@code run} for {@code #runButton} and {@code #runMenuItem}. */
    public String id() {
        return id;
    }

    /** Menu text, with {@code _} before the mnemonic letter. */
    public String text() {
        return text;
    }

    /** Menu text without the mnemonic marker. */
    public String plainText() {
        return text.replace("_", "");
    }

    /** {@link javafx.scene.input.KeyCombination} text, or {@code null} for none. */
    public String accelerator() {
        return accelerator;
    }

    /** Icon, or {@code null}. */
    public Ikon icon() {
        return icon;
    }

    /** Tooltip text. */
    public String description() {
        return description;
    }
}
