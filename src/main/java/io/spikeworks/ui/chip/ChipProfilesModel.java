package io.spikeworks.ui.chip;

import io.spikeworks.chip.ChipProfile;
import io.spikeworks.chip.ChipProfileException;
import io.spikeworks.chip.ChipProfileJson;
import io.spikeworks.chip.ChipProfiles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * State of the Chip Profiles dialog as plain properties, testable without a stage: the profiles (shipped,
 * the user's, and user files that failed to load), the selection, and the draft of the profile being edited.
 * All writes go through {@link ChipProfiles} (atomic save, validation on the way out). FX thread only.
 */
public final class ChipProfilesModel {

    /** Where a listed profile comes from. */
    public enum Origin { SHIPPED, USER, BROKEN }

    /**
     * One row of the list.
     *
     * @param name    profile name; for a broken file, the file name without {@code .json}
     * @param profile null for a broken file
     * @param problem null unless broken
     */
    public record Entry(String name, String displayName, Origin origin, ChipProfile profile, ChipProfileException problem) {
        public boolean editable() { return origin == Origin.USER; }
        public String fileName() { return name + ".json"; }
    }

    private final Path directory;
    private ChipProfiles profiles;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<ChipProfileDraft> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError", false);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes", 0);
    private final BooleanBinding editing = draft.isNotNull();

    /** @param directory the user's profile directory ({@link ChipProfiles#defaultUserDirectory()} in the app) */
    public ChipProfilesModel(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        draft.addListener((obs, was, d) -> {
            canSave.unbind();
            if (d == null) canSave.set(false);
            else canSave.bind(d.validProperty().and(d.dirtyProperty()));
        });
        reload();
    }

    /** Reads the directory again; keeps the selection by name. Does nothing while editing. */
    public void reload() {
        if (isEditing()) return;
        String keep = selected.get() == null ? null : selected.get().name();
        profiles = ChipProfiles.load(directory);
        List<Entry> list = new ArrayList<>();
        for (String n : profiles.names()) {
            ChipProfile p = profiles.require(n);
            list.add(new Entry(n, p.displayName(), profiles.isBuiltIn(n) ? Origin.SHIPPED : Origin.USER, p, null));
        }
        for (ChipProfileException e : profiles.problems()) {
            String file = e.sourceName() == null ? "?" : e.sourceName();
            String stem = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
            list.add(new Entry(stem, file, Origin.BROKEN, null, e));
        }
        entries.setAll(list);
        select(keep != null ? keep : ChipProfile.FLOAT_REFERENCE);
    }

    public Path directory() { return directory; }

    /** The loaded profiles (replaced on {@link #reload()}). */
    public ChipProfiles profiles() { return profiles; }

    /** Shipped first (index order), then the user's, then broken user files. */
    public ObservableList<Entry> entries() { return entries; }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public ObjectProperty<Entry> selectedProperty() { return selected; }
    public Entry getSelected() { return selected.get(); }

    /** Selects by name; returns whether it exists. Ignored while editing. */
    public boolean select(String name) {
        if (isEditing()) return false;
        Optional<Entry> e = entry(name);
        selected.set(e.orElse(entries.isEmpty() ? null : entries.get(0)));
        return e.isPresent();
    }

    /** The draft being edited, null when only viewing. */
    public ReadOnlyObjectProperty<ChipProfileDraft> draftProperty() { return draft.getReadOnlyProperty(); }
    public ChipProfileDraft getDraft() { return draft.get(); }

    public BooleanBinding editingProperty() { return editing; }
    public boolean isEditing() { return draft.get() != null; }

    /** Editing, changed and valid. */
    public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }
    public boolean canSave() { return canSave.get(); }

    /** Result of the last action, e.g. "Saved my-loihi.json" or why it failed. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty messageIsErrorProperty() { return messageIsError.getReadOnlyProperty(); }

    /** Counts saves, duplicates and deletes, so callers (a chip picker) know to reload. */
    public ReadOnlyIntegerProperty changesProperty() { return changes.getReadOnlyProperty(); }

    /**
     * Why {@code newName} cannot name a new profile, or empty if it can.
     */
    public Optional<String> checkNewName(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty()) return Optional.of("Enter a name.");
        if (!ChipProfileJson.NAME.matcher(n).matches())
            return Optional.of("Use lower case letters, digits, '-', '_' or '.', starting with a letter or digit (at most 64).");
        Optional<Entry> existing = entry(n);
        if (existing.isPresent()) {
            return Optional.of(switch (existing.get().origin()) {
                case SHIPPED -> "'" + n + "' is a shipped profile.";
                case USER -> "You already have a profile '" + n + "'.";
                case BROKEN -> "The file " + n + ".json exists (it does not load); delete it first.";
            });
        }
        return Optional.empty();
    }

    /** A free name for a copy of {@code name}: my-NAME, my-NAME-2, … */
    public String suggestName(String name) {
        String base = ("my-" + name).length() > 60 ? name : "my-" + name;
        String n = base;
        for (int i = 2; checkNewName(n).isPresent(); i++) n = base + "-" + i;
        return n;
    }

    /**
     * Saves a copy of {@code sourceName} as a user profile and selects it.
     *
     * @return whether it worked; if not, {@link #messageProperty()} says why
     */
    public boolean duplicate(String sourceName, String newName, String displayName) {
        if (isEditing()) return false;
        Optional<String> bad = checkNewName(newName);
        if (bad.isPresent()) return fail(bad.get());
        String display = displayName == null || displayName.isBlank() ? newName.strip() : displayName.strip();
        try {
            profiles.duplicate(sourceName, newName.strip(), display);
        } catch (IOException | RuntimeException e) {
            return fail("Could not duplicate: " + e.getMessage());
        }
        changed();
        reloadAndSelect(newName.strip());
        return ok("Created " + newName.strip() + ".json in " + directory);
    }

    /** Starts editing the selected profile if it is the user's. */
    public boolean startEdit() {
        Entry e = selected.get();
        if (isEditing() || e == null || !e.editable()) return false;
        draft.set(new ChipProfileDraft(e.profile()));
        message.set("");
        return true;
    }

    /** Drops the draft. */
    public void cancelEdit() {
        draft.set(null);
        message.set("");
    }

    /**
     * Writes the draft (atomically, through {@link ChipProfiles#save}) and leaves edit mode. On failure the
     * draft stays as it is and {@link #messageProperty()} says why.
     */
    public boolean save() {
        ChipProfileDraft d = draft.get();
        if (d == null) return false;
        Optional<ChipProfile> p = d.result();
        if (p.isEmpty()) return fail("Fix the " + d.getErrors().size() + " problem(s) first.");
        ChipProfile saved;
        try {
            saved = profiles.save(p.get());
        } catch (IOException | RuntimeException e) {
            return fail("Not saved: " + e.getMessage() + ". Your changes are still here.");
        }
        draft.set(null);
        changed();
        reloadAndSelect(saved.name());
        return ok("Saved " + saved.name() + ".json");
    }

    /** Deletes the selected user profile or broken file (ask first: this cannot be undone). */
    public boolean deleteSelected() {
        Entry e = selected.get();
        if (isEditing() || e == null || e.origin() == Origin.SHIPPED) return false;
        try {
            profiles.delete(e.name());
        } catch (IOException | RuntimeException ex) {
            return fail("Could not delete " + e.fileName() + ": " + ex.getMessage());
        }
        changed();
        int index = entries.indexOf(e);
        reload();
        selected.set(entries.isEmpty() ? null : entries.get(Math.max(0, Math.min(index, entries.size()) - 1)));
        return ok("Deleted " + e.fileName());
    }

    private void reloadAndSelect(String name) {
        selected.set(null);
        reload();
        select(name);
    }

    private void changed() {
        changes.set(changes.get() + 1);
    }

    private boolean fail(String text) {
        messageIsError.set(true);
        message.set(text);
        return false;
    }

    private boolean ok(String text) {
        messageIsError.set(false);
        message.set(text);
        return true;
    }

    static BooleanBinding isOrigin(ObjectProperty<Entry> selected, Origin origin) {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().origin() == origin, selected);
    }
}
