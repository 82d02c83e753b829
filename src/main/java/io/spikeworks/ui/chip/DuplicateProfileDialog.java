package io.spikeworks.ui.chip;

import io.spikeworks.ui.frame.FxBridge;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Asks for the new profile's name (checked as typed: {@link io.spikeworks.chip.ChipProfileJson#NAME}, not taken)
 * and display name. Node ids: {@code #duplicateDialog}, {@code #duplicateNameField},
 * {@code #duplicateDisplayNameField}, {@code #duplicateNameError}; the OK button is disabled while the name is bad.
 */
final class DuplicateProfileDialog extends Dialog<DuplicateProfileDialog.Request> {

    /** What the user asked for. */
    record Request(String name, String displayName) {}

    static final ButtonType CREATE = new ButtonType("Duplicate", ButtonBar.ButtonData.OK_DONE);

    private final TextField name = new TextField();
    private final TextField displayName = new TextField();
    private final Label error = new Label();

    /** @param stylesheets the calling dialog's (theme and chip styles) */
    DuplicateProfileDialog(Window owner, List<String> stylesheets, ChipProfilesModel model, ChipProfilesModel.Entry source) {
        if (owner != null) initOwner(owner);
        getDialogPane().getStylesheets().setAll(stylesheets);
        io.spikeworks.ui.theme.Theme.apply(getDialogPane()); // the window's text size and contrast
        setTitle("Duplicate chip profile");
        getDialogPane().setId("duplicateDialog");
        getDialogPane().getStyleClass().add("chip-duplicate-dialog");
        getDialogPane().setHeaderText("Duplicate “" + source.displayName() + "” as a profile of your own");
        getDialogPane().getButtonTypes().setAll(CREATE, ButtonType.CANCEL);

        name.setId("duplicateNameField");
        name.setText(model.suggestName(source.name()));
        name.setPromptText("file name, e.g. my-loihi");
        displayName.setId("duplicateDisplayNameField");
        displayName.setText(source.displayName() + " (copy)");
        error.setId("duplicateNameError");
        error.getStyleClass().add("chip-field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setMaxWidth(360);

        Label hint = new Label();
        hint.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "Saved as " + name.getText().strip() + ".json in " + model.directory(), name.textProperty()));
        hint.getStyleClass().add("chip-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        GridPane g = new GridPane();
        g.getStyleClass().add("chip-duplicate-form");
        Label nameLabel = new Label("Name");
        Label displayLabel = new Label("Display name");
        for (Label l : List.of(nameLabel, displayLabel)) l.setMinWidth(Region.USE_PREF_SIZE);
        g.addRow(0, nameLabel, name);
        g.add(error, 1, 1);
        g.addRow(2, displayLabel, displayName);
        g.add(hint, 1, 3);
        GridPane.setHgrow(name, Priority.ALWAYS);
        g.setPrefWidth(460);
        getDialogPane().setContent(g);

        Node ok = getDialogPane().lookupButton(CREATE);
        Runnable check = () -> {
            Optional<String> bad = model.checkNewName(name.getText());
            error.setText(bad.orElse(""));
            error.setVisible(bad.isPresent());
            error.setManaged(bad.isPresent());
            name.getStyleClass().remove("invalid");
            if (bad.isPresent()) name.getStyleClass().add("invalid");
            ok.setDisable(bad.isPresent());
            // the message comes and goes: let the window follow, or the buttons get pushed out of it
            Window w = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
            if (w != null && w.isShowing()) FxBridge.later(w::sizeToScene);
        };
        name.textProperty().addListener((obs, was, is) -> check.run());
        check.run();

        setResultConverter(b -> b == CREATE ? new Request(name.getText().strip(), displayName.getText().strip()) : null);
        setOnShown(e -> FxBridge.later(() -> {
            name.requestFocus();
            name.selectAll();
        }));
    }

    TextField nameField() { return name; }

    TextField displayNameField() { return displayName; }
}
