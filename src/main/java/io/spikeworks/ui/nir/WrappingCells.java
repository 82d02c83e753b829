package io.spikeworks.ui.nir;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** List cells that wrap long lines to the list's width instead of scrolling sideways. */
final class WrappingCells {
    private WrappingCells() {}

    static void apply(ListView<String> list) {
        list.setCellFactory(v -> {
            ListCell<String> c = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            c.setWrapText(true);
            // the list's width less its border and a vertical scroll bar
            c.prefWidthProperty().bind(v.widthProperty().subtract(24));
            return c;
        });
    }
}
