package io.spikeworks.ui.shell;

import io.spikeworks.ui.theme.Theme;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The shortcut overlay: every key in two columns, at the window's text size. Id {@code #shortcutsDialog}. */
final class ShortcutsDialog extends Dialog<Void> {

    ShortcutsDialog(Window owner, double scale, boolean presenter) {
        if (owner != null) initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.getStyleClass().add("shortcuts-grid");
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.all()) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            Label what = new Label(s.what());
            what.getStyleClass().add("shortcut-what");
            what.setWrapText(true);
            grid.addRow(row++, keys, what);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("shortcuts-scroll");
        double em = Theme.BASE_FONT_PX * scale;
        scroll.setPrefViewportWidth(36 * em);
        scroll.setPrefViewportHeight(Math.min(26 * em, 560));
        getDialogPane().setId("shortcutsDialog");
        getDialogPane().setContent(scroll);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().getStylesheets().addAll(Theme.stylesheetUrl(), Theme.presenterStylesheetUrl());
        // the dialog is its own scene: it takes the window's text size and contrast explicitly
        Theme.present(getDialogPane(), scale, presenter);
    }
}
