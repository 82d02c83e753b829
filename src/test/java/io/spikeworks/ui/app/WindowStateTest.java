package io.spikeworks.ui.app;

import io.spikeworks.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.*;

class WindowStateTest {
    private final Preferences node = Preferences.userRoot().node("spikeworks-test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void emptyStoreGivesTheDefault() {
        WindowState s = WindowState.load(node);
        assertEquals(1280, s.width());
        assertEquals(800, s.height());
        assertTrue(Double.isNaN(s.x()), "centred");
        assertFalse(s.maximized());
    }

    @Test
    void roundTrips() {
        WindowState s = new WindowState(40, 60, 1400, 900, true, 0.2, 0.75);
        s.save(node);
        assertEquals(s, WindowState.load(node));
    }

    @Test
    void implausibleValuesAreRepaired() {
        WindowState s = new WindowState(Double.POSITIVE_INFINITY, 10, 100, Double.NaN, false, 0.9, 0.1).sanitized();
        assertTrue(Double.isNaN(s.x()));
        assertEquals(WindowState.MIN_WIDTH, s.width());
        assertEquals(800, s.height());
        assertEquals(MainWindow.DEFAULT_LEFT_DIVIDER, s.leftDivider());
        assertEquals(MainWindow.DEFAULT_RIGHT_DIVIDER, s.rightDivider());
    }
}
