package io.spikeworks.ui.builder;

import io.spikeworks.model.ValidationError;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
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
            path.setPrefWidth(220);
            TableColumn<ValidationError, String> why = new TableColumn<>("Problem");
            why.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
            why.setPrefWidth(420);
            table.getColumns().add(path);
            table.getColumns().add(why);
            table.getItems().setAll(errors);
            table.setPrefHeight(Math.min(320, 40 + 26 * errors.size()));
            box.getChildren().addAll(intro, table);
        }
        getDialogPane().setContent(box);
        getDialogPane().setPrefWidth(680);
        setResizable(true);
    }
}
