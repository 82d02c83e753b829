package io.spikeworks.ui.theme;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ThemeColoursTest {
    @Test
    void readsTheStylesheetsVariables() {
        ThemeColours p = ThemeColours.theme();
        assertEquals(Color.web("#ffffff"), p.bg);
        assertEquals(Color.web("#4f46e5"), p.data(0));
        assertEquals(p.data(0), p.data(5), "data colours cycle");
        assertEquals(0xFF4F46E5, ThemeColours.argb(p.data(0)));
    }

    @Test
    void missingVariableIsAnError() {
        assertThrows(IllegalStateException.class, () -> ThemeColours.parse(".root { -sw-bg: #fff; }"));
    }
}
