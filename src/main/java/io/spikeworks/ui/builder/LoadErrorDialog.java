package io.spikeworks.ui.builder;

import io.spikeworks.model.file.ValidationError;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;

/**
 * "Cannot open X": every problem the loader found, as a table of JSON path and reason. The open project is left
 * as it was. Non-blocking ({@code show()}); id {@code #loadErrorDialog}, table {@code #loadErrorTable}.
 */
final class LoadErrorDialog extends Alert {

    LoadErrorDialog(Window owner, Path file, List<ValidationError> errors, String ioMessage) {
        super(AlertType.ERROR, "", ButtonType.OK);
        if (owner != null) initOwner(owner);
        setTitle("Cannot open project");
        setHeaderText("Cannot open " + file.getFileName());
        getDialogPane().setId("loadErrorDialog");
        getDialogPane().getStyleClass().add("load-error-dialog");
        VBox box = new VBox(8);
        if (ioMessage != null) {
            Label l = new Label(ioMessage);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        if (!errors.isEmpty()) {
            Label intro = new Label(errors.size() == 1 ? "1 problem was found; the open project was left as it was."
                    : errors.size() + " problems were found; the open project was left as it was.");
            TableView<ValidationError> table = new TableView<>();
            table.setId("loadErrorTable");
            TableColumn<ValidationError, String> path = new TableColumn<>("Where (JSON path)");
            path.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path()));
            path.setPrefWidth(200);
            TableColumn<ValidationError, String> why = new TableColumn<>("Problem");
            why.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
            why.setPrefWidth(440);
            // the reason is the part a user acts on: wrapped in its column, never cut off behind a scroll bar
            why.setCellFactory(c -> new WrappedCell());
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
            table.getColumns().add(path);
            table.getColumns().add(why);
            table.getItems().setAll(errors);
            int lines = 0;
            for (ValidationError e : errors) lines += 1 + e.message().length() / WRAP_CHARS;
            table.setPrefHeight(Math.min(360, 40 + 20 * lines + 8 * errors.size()));
            box.getChildren().addAll(intro, table);
        }
        getDialogPane().setContent(box);
        getDialogPane().setPrefWidth(680);
        setResizable(true);
    }

    /** About as many characters as a line of the problem column holds at the dialog's width. */
    static final int WRAP_CHARS = 62;

    /**
     * A table cell whose text wraps within its column, the row growing to fit: a Text graphic wrapped at the column's
     * width (a cell's own wrapText keeps the row's fixed height), in the cell's text colour so themes apply.
     */
    static final class WrappedCell extends TableCell<ValidationError, String> {
        private final Text text = new Text();

        WrappedCell() {
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            tableColumnProperty().addListener((o, was, column) -> {
                if (column != null) text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            });
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setText(null);
            setGraphic(empty ? null : text);
        }

        /** The text as wrapped, for tests. */
        Text wrapped() {
            return text;
        }
    }
}
