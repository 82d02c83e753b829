package io.spikeworks.ui.theme;

import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stylesheet with a syntax error silently drops rules; catch it here, not on screen. */
class StylesheetsParseTest {
    @ParameterizedTest
    @ValueSource(strings = {"/io/spikeworks/ui/spikeworks.css", "/io/spikeworks/ui/presenter.css", "/io/spikeworks/ui/chip/chip-profiles.css"})
    void parsesWithoutErrors(String resource) throws Exception {
        URL url = getClass().getResource(resource);
        assertNotNull(url, resource);
        CssParser.errorsProperty().clear();
        new CssParser().parse(url);
        assertTrue(CssParser.errorsProperty().isEmpty(), resource + ": " + CssParser.errorsProperty());
        String text = new String(url.openStream().readAllBytes());
        long open = text.chars().filter(c -> c == '{').count();
        long close = text.chars().filter(c -> c == '}').count();
        assertTrue(open == close, resource + ": " + open + " '{' but " + close + " '}'");
    }
}
