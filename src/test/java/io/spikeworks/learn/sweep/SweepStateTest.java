package io.spikeworks.learn.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepStateTest {
    @TempDir
    Path tmp;

    @Test
    void finishedRowsComeBackAndOnlyThoseAreSkipped() throws Exception {
        SweepState s = SweepState.fresh("tiny", SweepState.settings(1, 64, null, null));
        s.put("aaa", SweepResultJsonTest.sample("ok run", SweepStatus.OK));
        s.put("bbb", SweepResultJsonTest.sample("diverged run", SweepStatus.DIVERGED));
        s.put("ccc", SweepResultJsonTest.sample("failed run", SweepStatus.FAILED));
        s.save(tmp);
        SweepState back = SweepState.read(tmp).orElseThrow();
        assertEquals(3, back.size());
        assertTrue(back.finished("ok run", "aaa").isPresent());
        assertTrue(back.finished("diverged run", "bbb").isPresent(), "the same seed diverges again");
        assertTrue(back.finished("failed run", "ccc").isEmpty(), "failed runs are trained again");
        assertTrue(back.finished("ok run", "changed").isEmpty(), "a project changed since is trained again");
        assertTrue(back.finished("never run", "aaa").isEmpty());
        assertEquals(List.of("failed run", "ok run"), back.rows(List.of("failed run", "missing", "ok run")).stream()
                .map(SweepResult::label).toList(), "rows follow the sweep's order");
        assertEquals(SweepResultJsonTest.sample("ok run", SweepStatus.OK), back.rows(List.of("ok run")).get(0));
    }

    @Test
    void otherOptionsAreRefusedNamingThem() throws Exception {
        SweepState s = SweepState.fresh("tiny", SweepState.settings(1, 64, null, null));
        String m = assertThrows(IllegalArgumentException.class,
                () -> s.requireSameSettings(SweepState.settings(1, 128, null, 7L), tmp)).getMessage();
        assertEquals(tmp + " holds a sweep started with other options (--limit-train 64 then, 128 now; --seed not given "
                + "then, 7 now); resume with the same options, or give another --out", m);
        s.requireSameSettings(SweepState.settings(1, 64, null, null), tmp);
    }

    @Test
    void aDamagedStateFileIsAnErrorWithItsPath() throws Exception {
        assertTrue(SweepState.read(tmp).isEmpty());
        Files.writeString(tmp.resolve(SweepState.FILE), "{\"format\": \"spikeworks-sweep-state\", \"version\": 1, \"sweep\": \"s\", "
                + "\"settings\": {}, \"runs\": [{\"fingerprint\": \"a\", \"result\": {\"label\": 3}}]}");
        String m = assertThrows(IllegalArgumentException.class, () -> SweepState.read(tmp)).getMessage();
        assertTrue(m.startsWith(tmp.resolve(SweepState.FILE) + ": $.runs[0].result."), m);
        Files.writeString(tmp.resolve(SweepState.FILE), "{\"format\": \"spikeworks-sweep-state\", \"format\": \"x\"}");
        m = assertThrows(IllegalArgumentException.class, () -> SweepState.read(tmp)).getMessage();
        assertTrue(m.contains("given twice"), m);
        Files.writeString(tmp.resolve(SweepState.FILE), "{\"format\": \"spikeworks-sweep-state\", \"version\": 2}");
        assertEquals(tmp.resolve(SweepState.FILE) + ": $.version: this build reads version 1, got 2",
                assertThrows(IllegalArgumentException.class, () -> SweepState.read(tmp)).getMessage());
    }
}
