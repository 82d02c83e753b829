package io.spikeworks.ui.builder;

import io.spikeworks.model.file.ValidationError;
import io.spikeworks.ui.theme.Theme;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Prompts} as JavaFX dialogs and file choosers. */
public final class FxPrompts implements Prompts {
    private final Supplier<Window> owner;
    private LoadErrorDialog lastLoadError;

    public FxPrompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Unsaved unsavedChanges(String projectName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save the changes to \u201c" + projectName + "\u201d?",
                "Your changes will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) return Unsaved.CANCEL;
        return r.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
    }

    @Override
    public Path chooseOpen(Path initialDirectory) {
        FileChooser fc = chooser("Open project", initialDirectory);
        File f = fc.showOpenDialog(owner.get());
        return f == null ? null : f.toPath();
    }

    @Override
    public Path chooseSave(Path initialDirectory, String suggestedFileName) {
        FileChooser fc = chooser("Save project", initialDirectory);
        fc.setInitialFileName(suggestedFileName);
        File f = fc.showSaveDialog(owner.get());
        if (f == null) return null;
        Path p = f.toPath();
        return p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".json");
    }

    private static FileChooser chooser(String title, Path dir) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Spikeworks projects (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (dir != null && Files.isDirectory(dir)) fc.setInitialDirectory(dir.toFile());
        return fc;
    }

    @Override
    public void openFailed(Path file, List<ValidationError> errors, String ioMessage) {
        lastLoadError = new LoadErrorDialog(owner.get(), file, errors, ioMessage);
        Theme.apply(lastLoadError.getDialogPane());
        lastLoadError.show();
    }

    /** The last "cannot open" dialog, for tests. */
    public Alert lastLoadError() {
        return lastLoadError;
    }

    @Override
    public boolean offerRecovery(String projectName, String savedWhen) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Recover unsaved work",
                "Spikeworks did not close properly last time.",
                "Unsaved work on \u201c" + projectName + "\u201d was autosaved " + savedWhen + ". Restore it?",
                restore, discard);
        return a.showAndWait().orElse(discard) == restore;
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, title, message, ButtonType.OK).show();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text, ButtonType... buttons) {
        Alert a = new Alert(type, text, buttons);
        Window w = owner.get();
        if (w != null) a.initOwner(w);
        a.setTitle(title);
        a.setHeaderText(header);
        Theme.apply(a.getDialogPane());
        return a;
    }
}
