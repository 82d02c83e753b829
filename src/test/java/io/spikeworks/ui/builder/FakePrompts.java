package io.spikeworks.ui.builder;

import io.spikeworks.model.file.ValidationError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Answers the builder's questions from fields; records what it was told. */
final class FakePrompts implements Prompts {
    Unsaved unsavedAnswer = Unsaved.DISCARD;
    Path saveTarget;
    Path openTarget;
    int unsavedAsked;
    final List<ValidationError> openErrors = new ArrayList<>();
    String openIoMessage;
    LoadErrorDialog lastDialog;
    final List<String> errors = new ArrayList<>();

    @Override
    public Unsaved unsavedChanges(String projectName) {
        unsavedAsked++;
        return unsavedAnswer;
    }

    @Override
    public Path chooseOpen(Path initialDirectory) {
        return openTarget;
    }

    @Override
    public Path chooseSave(Path initialDirectory, String suggestedFileName) {
        return saveTarget;
    }

    @Override
    public void openFailed(Path file, List<ValidationError> errors, String ioMessage) {
        openErrors.addAll(errors);
        openIoMessage = ioMessage;
        lastDialog = new LoadErrorDialog(null, file, errors, ioMessage);
    }

    @Override
    public boolean offerRecovery(String projectName, String savedWhen) {
        return true;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }
}
