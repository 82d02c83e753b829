package io.spikeworks.chip;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class ChipProfilesDeleteTest {

    @Test
    void deletesAUserProfileAndItsFile(@TempDir Path dir) throws IOException {
        ChipProfiles profiles = ChipProfiles.load(dir);
        profiles.duplicate("loihi", "my-loihi", "My Loihi");
        assertTrue(Files.exists(dir.resolve("my-loihi.json")));
        assertTrue(profiles.delete("my-loihi"));
        assertFalse(Files.exists(dir.resolve("my-loihi.json")));
        assertTrue(profiles.find("my-loihi").isEmpty());
        assertTrue(ChipProfiles.load(dir).find("my-loihi").isEmpty());
        assertFalse(profiles.delete("my-loihi"), "nothing left to delete");
    }

    @Test
    void deletesABrokenFileAndForgetsItsProblem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{ not json");
        ChipProfiles profiles = ChipProfiles.load(dir);
        assertEquals(1, profiles.problems().size());
        assertTrue(profiles.delete("broken"));
        assertTrue(profiles.problems().isEmpty());
        assertFalse(Files.exists(dir.resolve("broken.json")));
    }

    @Test
    void shippedProfilesAndPathsAreRefused(@TempDir Path dir) {
        ChipProfiles profiles = ChipProfiles.load(dir);
        assertThrows(IllegalArgumentException.class, () -> profiles.delete("loihi"));
        assertThrows(IllegalArgumentException.class, () -> profiles.delete("../x"));
        assertThrows(IllegalArgumentException.class, () -> profiles.delete(".hidden"));
        assertTrue(profiles.find("loihi").isPresent());
        assertThrows(IllegalStateException.class, () -> ChipProfiles.builtInOnly().delete("x"));
    }
}
