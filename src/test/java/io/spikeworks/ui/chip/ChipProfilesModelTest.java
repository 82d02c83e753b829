package io.spikeworks.ui.chip;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.ui.chip.ChipProfilesModel.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The dialog's state without a stage: list, duplicate, edit, save, delete against a temp directory. */
class ChipProfilesModelTest {
    @TempDir
    Path dir;

    @Test
    void listsShippedThenUserThenBroken() throws IOException {
        ChipProfiles.load(dir).duplicate("loihi2", "mine", "Mine");
        Files.writeString(dir.resolve("broken.json"), "{ \"formatVersion\": 1 }");
        ChipProfilesModel m = new ChipProfilesModel(dir);
        assertEquals(List.of("float-reference", "loihi", "loihi2", "fbp-accelerator", "mine", "broken"),
                m.entries().stream().map(ChipProfilesModel.Entry::name).toList());
        assertEquals(List.of(Origin.SHIPPED, Origin.SHIPPED, Origin.SHIPPED, Origin.SHIPPED, Origin.USER, Origin.BROKEN),
                m.entries().stream().map(ChipProfilesModel.Entry::origin).toList());
        assertEquals("float-reference", m.getSelected().name());
        ChipProfilesModel.Entry broken = m.entry("broken").orElseThrow();
        assertTrue(broken.problem().errors().stream().anyMatch(e -> e.path().equals("$.name")), broken.problem().getMessage());
    }

    @Test
    void newNamesAreChecked() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "nope");
        ChipProfilesModel m = new ChipProfilesModel(dir);
        assertTrue(m.checkNewName("my-loihi").isEmpty());
        assertTrue(m.checkNewName("").isPresent());
        assertTrue(m.checkNewName("My Loihi").orElseThrow().contains("lower case"));
        assertTrue(m.checkNewName("loihi").orElseThrow().contains("shipped"));
        assertTrue(m.checkNewName("broken").orElseThrow().contains("delete it first"), "a broken file is not overwritten");
        assertEquals("my-loihi", m.suggestName("loihi"));
        assertTrue(m.duplicate("loihi", "my-loihi", ""));
        assertEquals("my-loihi-2", m.suggestName("loihi"));
        assertEquals("my-loihi", m.profiles().require("my-loihi").displayName(), "blank display name: the name");
    }

    @Test
    void shippedProfilesCannotBeEditedOrDeleted() {
        ChipProfilesModel m = new ChipProfilesModel(dir);
        for (String n : List.of("float-reference", "loihi", "loihi2", "fbp-accelerator")) {
            assertTrue(m.select(n));
            assertFalse(m.startEdit(), n);
            assertFalse(m.isEditing());
            assertFalse(m.deleteSelected(), n);
        }
    }

    @Test
    void duplicateEditSaveWritesTheFile() throws IOException {
        ChipProfilesModel m = new ChipProfilesModel(dir);
        assertTrue(m.duplicate("loihi", "my-loihi", "My Loihi"));
        assertEquals("my-loihi", m.getSelected().name());
        assertEquals(1, m.changesProperty().get());
        assertTrue(m.startEdit());
        assertFalse(m.canSave(), "nothing changed yet");
        assertFalse(m.select("loihi"), "the selection is held while editing");
        ChipProfileDraft d = m.getDraft();
        d.input(ChipField.FORWARD_BITS).textProperty().set("4");
        d.input(ChipField.FORWARD_BITS).sourceProperty().set("estimate: 4-bit study");
        assertTrue(m.canSave());
        assertTrue(m.save(), m.messageProperty().get());
        assertFalse(m.isEditing());
        assertEquals("my-loihi", m.getSelected().name());
        assertEquals(4, m.getSelected().profile().forwardWeights().bitCount());
        var reloaded = ChipProfiles.load(dir).require("my-loihi");
        assertEquals(4, reloaded.forwardWeights().bitCount());
        assertEquals("estimate: 4-bit study", reloaded.forwardWeights().bits().source());
    }

    @Test
    void invalidDraftsCannotBeSaved() throws IOException {
        ChipProfilesModel m = new ChipProfilesModel(dir);
        m.duplicate("loihi", "my-loihi", "My Loihi");
        m.startEdit();
        m.getDraft().input(ChipField.ENERGY_SYNAPTIC_OP).textProperty().set("-1");
        assertFalse(m.canSave());
        assertFalse(m.save());
        assertTrue(m.isEditing(), "still editing, nothing lost");
        assertEquals("-1", m.getDraft().input(ChipField.ENERGY_SYNAPTIC_OP).textProperty().get());
        assertEquals(23.6, ChipProfiles.load(dir).require("my-loihi").energy().perSynapticOp().value());
    }

    @Test
    void aFailedSaveKeepsTheDraftAndSaysWhy() throws IOException {
        ChipProfilesModel m = new ChipProfilesModel(dir.resolve("chips"));
        m.duplicate("loihi", "my-loihi", "My Loihi");
        m.startEdit();
        m.getDraft().input(ChipField.STATE_BITS).textProperty().set("16");
        // the directory turns into a file behind the dialog's back: the write must fail
        Files.delete(dir.resolve("chips/my-loihi.json"));
        Files.delete(dir.resolve("chips"));
        Files.writeString(dir.resolve("chips"), "not a directory");
        assertFalse(m.save());
        assertTrue(m.isEditing());
        assertEquals("16", m.getDraft().input(ChipField.STATE_BITS).textProperty().get());
        assertTrue(m.messageProperty().get().startsWith("Not saved: "), m.messageProperty().get());
        assertTrue(m.messageIsErrorProperty().get());
        Files.delete(dir.resolve("chips"));
        assertTrue(m.save(), "works again once the directory is back: " + m.messageProperty().get());
        assertEquals(16, ChipProfiles.load(dir.resolve("chips")).require("my-loihi").state().bitCount());
    }

    @Test
    void deleteRemovesUserProfilesAndBrokenFiles() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "nope");
        ChipProfilesModel m = new ChipProfilesModel(dir);
        m.duplicate("loihi", "my-loihi", "My Loihi");
        assertTrue(m.select("my-loihi"));
        assertTrue(m.deleteSelected());
        assertFalse(Files.exists(dir.resolve("my-loihi.json")));
        assertTrue(m.entry("my-loihi").isEmpty());
        assertTrue(m.select("broken"));
        assertTrue(m.deleteSelected());
        assertFalse(Files.exists(dir.resolve("broken.json")));
        assertEquals(4, m.entries().size());
        assertNotNull(m.getSelected());
    }

    @Test
    void sourceSummaryCountsEstimates() {
        ChipProfilesModel m = new ChipProfilesModel(dir);
        String s = ChipProfilesDialog.sourceSummary(m.profiles().require("loihi"));
        assertTrue(s.startsWith("17 figures"), s);
        assertTrue(s.contains("1 marked estimate."), s);
    }
}
