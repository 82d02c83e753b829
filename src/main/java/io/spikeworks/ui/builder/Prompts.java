package io.spikeworks.ui.builder;

import io.spikeworks.model.file.ValidationError;

import java.nio.file.Path;
import java.util.List;

/** The questions and messages the builder puts to the user; {@link FxPrompts} in the app, fakes in tests. */
public interface Prompts {
    enum Unsaved { SAVE, DISCARD, CANCEL }

    /** "Save changes to X?" before they would be lost. */
    Unsaved unsavedChanges(String projectName);

    /** A project file to open, or null. */
    Path chooseOpen(Path initialDirectory);

    /** Where to save, or null. */
    Path chooseSave(Path initialDirectory, String suggestedFileName);

    /** A file could not be opened: every validation message (JSON path + reason), or an I/O message. */
    void openFailed(Path file, List<ValidationError> errors, String ioMessage);

    /** Offer the work autosaved before a crash; true to restore it. */
    boolean offerRecovery(String projectName, String savedWhen);

    void error(String title, String message);
}
