package io.spikeworks.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AppOptionsTest {
    @Test
    void noArgumentsIsAnInteractiveRun() {
        AppOptions o = AppOptions.parse(List.of());
        assertEquals(AppOptions.NONE, o);
        assertFalse(o.automated());
    }

    @Test
    void parsesSnapshotExitAfterAndOpen() {
        AppOptions o = AppOptions.parse(List.of("--snapshot=out/shot.png", "--exit-after=2.5", "--open=demo.swproj"));
        assertEquals(Path.of("out/shot.png"), o.snapshot());
        assertEquals(Duration.ofMillis(2500), o.exitAfter());
        assertEquals(Path.of("demo.swproj"), o.open());
        assertTrue(o.automated());
    }

    @Test
    void rejectsBadInputWithAOneLineMessage() {
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--snapshot=")));
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--exit-after=soon")));
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--exit-after=0")));
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--exit-after=-1")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(List.of("--snapshot")));
        assertTrue(e.getMessage().contains("--snapshot"), e.getMessage());
    }
}
