package io.spikeworks.chip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChipProfilesTest {

    @Test
    void shippedProfilesAreListedAndFloatReferenceIsTheDefault() {
        ChipProfiles profiles = ChipProfiles.builtInOnly();
        assertEquals(List.of("float-reference", "loihi", "loihi2", "fbp-accelerator"), profiles.names());
        assertEquals(ChipProfile.FLOAT_REFERENCE, profiles.defaultProfile().name());
        assertEquals(io.spikeworks.model.Project.DEFAULT_CHIP_PROFILE, profiles.defaultProfile().name());
        assertTrue(profiles.isBuiltIn("loihi"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> profiles.require("truenorth"));
        assertTrue(e.getMessage().contains("loihi2"), e.getMessage());
    }

    @Test
    void duplicateSavesAnEditableCopyThatReloads(@TempDir Path dir) throws IOException {
        ChipProfiles profiles = ChipProfiles.load(dir.resolve("chips"));
        ChipProfile copy = profiles.duplicate("loihi", "my-loihi", "My Loihi");
        assertEquals("my-loihi", copy.name());
        assertEquals(profiles.require("loihi").energy(), copy.energy());
        assertTrue(Files.exists(dir.resolve("chips/my-loihi.json")));
        try (var listing = Files.list(dir.resolve("chips"))) {
            assertEquals(1, listing.count(), "no temp file left behind");
        }
        ChipProfiles reloaded = ChipProfiles.load(dir.resolve("chips"));
        assertEquals(copy, reloaded.require("my-loihi"));
        assertFalse(reloaded.isBuiltIn("my-loihi"));
        assertThrows(IllegalArgumentException.class, () -> reloaded.duplicate("loihi", "my-loihi", "again"));
        assertThrows(IllegalArgumentException.class, () -> reloaded.duplicate("loihi", "Bad Name", "x"));
    }

    @Test
    void shippedProfilesCannotBeOverwritten(@TempDir Path dir) {
        ChipProfiles profiles = ChipProfiles.load(dir);
        assertThrows(IllegalArgumentException.class, () -> profiles.save(profiles.require("loihi")));
    }

    @Test
    void brokenUserFilesAreReportedWithoutStoppingTheOthers(@TempDir Path dir) throws IOException {
        String loihi = ChipProfileJsonTest.shipped("loihi");
        Files.writeString(dir.resolve("good.json"), loihi.replace("\"name\": \"loihi\"", "\"name\": \"good\""));
        Files.writeString(dir.resolve("broken.json"), loihi.replace("\"name\": \"loihi\"", "\"name\": \"broken\"")
                .replace("\"value\": 120, \"unit\": \"pJ\"", "\"value\": -120, \"unit\": \"pJ\""));
        Files.writeString(dir.resolve("misnamed.json"), loihi.replace("\"name\": \"loihi\"", "\"name\": \"other\""));
        Files.writeString(dir.resolve("loihi.json"), loihi);
        ChipProfiles profiles = ChipProfiles.load(dir);
        assertTrue(profiles.find("good").isPresent());
        assertEquals(List.of("float-reference", "loihi", "loihi2", "fbp-accelerator", "good"), profiles.names());
        List<String> messages = profiles.problems().stream().map(Throwable::getMessage).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.contains("broken.json: $.energy.perWeightUpdate: must be ≥ 0, got -120"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("misnamed.json: $.name: is 'other'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("loihi.json: $.name: 'loihi' is a shipped profile")), messages.toString());
    }

    @Test
    void missingUserDirectoryIsEmptyNotAnError(@TempDir Path dir) {
        ChipProfiles profiles = ChipProfiles.load(dir.resolve("none"));
        assertEquals(4, profiles.names().size());
        assertTrue(profiles.problems().isEmpty());
    }
}
