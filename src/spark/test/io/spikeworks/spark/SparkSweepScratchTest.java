package io.spikeworks.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A driver killed before it could delete its scratch folder: the next driver deletes it, and nothing else. */
class SparkSweepScratchTest {
    @TempDir
    Path tmp;

    static Path folder(Path tmp, String name, String owner) throws Exception {
        Path d = Files.createDirectory(tmp.resolve(SweepScratch.PREFIX + name));
        Files.write(d.resolve("datasets.zip"), new byte[4096]);
        if (owner != null) Files.writeString(d.resolve(SweepScratch.OWNER), owner);
        return d;
    }

    @Test
    void theNextDriverDeletesWhatAKilledOneLeft() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killed = folder(tmp, "killed", Long.toString(ended.pid()));
        Path running = folder(tmp, "running", Long.toString(ProcessHandle.current().pid()));
        Path unmarked = folder(tmp, "unmarked", null);
        Path other = Files.createDirectory(tmp.resolve("something-else"));

        try (SweepScratch s = SweepScratch.create(tmp)) {
            assertFalse(Files.exists(killed), "its driver has ended");
            assertTrue(Files.exists(running.resolve("datasets.zip")), "a running driver's folder stays");
            assertTrue(Files.exists(unmarked), "a folder without a mark may be one being made");
            assertTrue(Files.exists(other));
            assertTrue(s.dir().getFileName().toString().startsWith(SweepScratch.PREFIX));
            assertEquals(Long.toString(ProcessHandle.current().pid()), Files.readString(s.dir().resolve(SweepScratch.OWNER)));
            assertEquals(0, SweepScratch.deleteAbandoned(tmp), "nothing more to tidy while this driver runs");
            Files.write(s.dir().resolve("datasets.zip"), new byte[16]);
            s.close();
            assertFalse(Files.exists(s.dir()), "a driver that ends deletes its own");
        }
    }
}
