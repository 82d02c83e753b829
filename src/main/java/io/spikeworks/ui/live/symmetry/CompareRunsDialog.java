package io.spikeworks.ui.live.symmetry;

import io.spikeworks.ui.theme.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Compare runs…": picks finished run folders (each with a metrics.csv) to overlay on the transport-cost chart —
 * those under the runs directory, newest first, plus any folder added with "Other folder…". Choosing none clears
 * the overlay. FX thread.
 */
final class CompareRunsDialog extends Dialog<List<Path>> {
    static final String ID = "compareRunsDialog";
    private final ListView<Path> list = new ListView<>();

    CompareRunsDialog(Window owner, Path runsDirectory, List<Path> chosen) {
        setTitle("Compare runs");
        if (owner != null) initOwner(owner);
        getDialogPane().setId(ID);
        Theme.apply(getDialogPane());
        List<Path> folders = new ArrayList<>();
        String found;
        try {
            folders.addAll(ComparedRun.runFolders(runsDirectory));
            found = folders.isEmpty() ? "No finished runs in " + runsDirectory + " yet." : "Runs in " + runsDirectory + ":";
        } catch (IOException e) {
            found = "Cannot list " + runsDirectory + ": " + e.getMessage();
        }
        for (Path p : chosen) if (!folders.contains(p)) folders.add(0, p);
        list.setId("compareRunsList");
        list.getItems().setAll(folders);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (Path p : chosen) list.getSelectionModel().select(p);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.getFileName() + "    " + p.getParent());
            }
        });
        list.setPrefSize(560, 300);
        Button other = new Button("Other folder…");
        other.setId("compareRunsOther");
        other.setOnAction(e -> chooseFolder());
        Label hint = new Label("Select one or more (Ctrl-click); none clears the comparison.");
        hint.getStyleClass().add("muted");
        HBox bar = new HBox(8, other, hint);
        VBox box = new VBox(8, new Label(found), list, bar);
        VBox.setVgrow(list, Priority.ALWAYS);
        getDialogPane().setContent(box);
        ButtonType compare = new ButtonType("Compare", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(compare, ButtonType.CANCEL);
        setResultConverter(b -> b == compare ? List.copyOf(list.getSelectionModel().getSelectedItems()) : null);
    }

    private void chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("A run folder (with metrics.csv)");
        File f = dc.showDialog(getDialogPane().getScene().getWindow());
        if (f == null) return;
        Path p = f.toPath();
        if (!list.getItems().contains(p)) list.getItems().add(0, p);
        list.getSelectionModel().select(p);
    }

    ListView<Path> list() {
        return list;
    }

    /** Shows the dialog; the folders chosen, or empty if cancelled. */
    static Optional<List<Path>> choose(Window owner, Path runsDirectory, List<Path> chosen) {
        return new CompareRunsDialog(owner, runsDirectory, chosen).showAndWait();
    }
}
