package io.spikeworks.ui.app;

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
        assertNull(o.frameRateAb());
        assertTrue(o.automated());
        assertEquals(Duration.ofSeconds(3), AppOptions.parse(List.of("--frame-rate-ab=3")).frameRateAb());
        // each goes to the app, not to the command line
        for (String a : List.of("--snapshot=x.png", "--exit-after=2", "--open=p.json", "--frame-rate-ab=3"))
            assertTrue(AppOptions.isAppOption(a), a);
        assertFalse(AppOptions.isAppOption("train"));
    }

    @Test
    void rejectsBadInputWithAOneLineMessage() {
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--snapshot=")));
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--exit-after=soon")));
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--exit-after=0")));
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(List.of("--exit-after=-1")));
        IllegalArgumentException ab = assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(List.of("--frame-rate-ab=often")));
        assertEquals("--frame-rate-ab wants seconds, got 'often'", ab.getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(List.of("--snapshot")));
        assertTrue(e.getMessage().contains("--snapshot"), e.getMessage());
    }
}
