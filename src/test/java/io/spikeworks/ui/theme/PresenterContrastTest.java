package io.spikeworks.ui.theme;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The contrast presenter mode promises, computed with WCAG 2's relative-luminance formula (written out here from
 * the definition, independently of JavaFX's colour code), and the em sizing that lets one setting scale all text.
 */
class PresenterContrastTest {

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static String read(String resource) throws Exception {
        try (InputStream in = PresenterContrastTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theFormulaGivesTheKnownExtremes() {
        assertEquals(21, contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1, contrast(Color.web("#777777"), Color.web("#777777")), 1e-12);
        // WebAIM's checker gives 4.48:1 for #777 on white, the textbook near miss of AA
        assertEquals(4.48, contrast(Color.web("#777777"), Color.WHITE), 0.01);
    }

    @Test
    void presenterTextReaches7To1AndBordersReach3To1OnEverySurface() throws Exception {
        ThemeColours base = ThemeColours.parse(read(Theme.STYLESHEET));
        ThemeColours presenter = ThemeColours.parse(read(Theme.PRESENTER_STYLESHEET) + read(Theme.STYLESHEET));
        Color[] surfaces = {base.bg, base.bgSubtle, base.bgInset};
        for (Color surface : surfaces) {
            for (String text : new String[]{"-sw-fg", "-sw-fg-muted", "-sw-fg-subtle", "-sw-accent", "-sw-success",
                    "-sw-warning", "-sw-danger"}) {
                double c = contrast(presenter.colour(text), surface);
                assertTrue(c >= 7, text + " on " + surface + ": " + c);
            }
            for (String line : new String[]{"-sw-border", "-sw-border-muted"}) {
                double c = contrast(presenter.colour(line), surface);
                assertTrue(c >= 3, line + " on " + surface + ": " + c);
            }
        }
        assertTrue(contrast(Color.WHITE, presenter.accent) >= 7, "text on accent buttons");
    }

    @Test
    void theNormalThemesSubtleTextMeetsAa() throws Exception {
        ThemeColours base = ThemeColours.parse(read(Theme.STYLESHEET));
        assertTrue(contrast(base.fgSubtle, base.bg) >= 4.5);
        assertTrue(contrast(base.fgSubtle, base.bgSubtle) >= 4.5);
    }

    @Test
    void theScaledStylesheetMultipliesEveryPixelSizeAndNothingElse() throws Exception {
        String css = ".a { -fx-font-size: 13px; -fx-icon-size: 16px; -fx-padding: 4 8 4 8; -fx-border-width: 1; }";
        assertEquals(".a { -fx-font-size: 19.50px; -fx-icon-size: 24.00px; -fx-padding: 4 8 4 8; -fx-border-width: 1; }",
                ScaledStylesheet.scale(css, 1.5));
        String real = read(Theme.STYLESHEET);
        String doubled = ScaledStylesheet.scale(real, 2);
        assertTrue(doubled.contains("-fx-font-size: 26.00px"), "the root's 13 px");
        assertEquals(real.replaceAll("[0-9.]+px", "N"), doubled.replaceAll("[0-9.]+px", "N"), "only px numbers change");
        javafx.css.CssParser.errorsProperty().clear();
        new javafx.css.CssParser().parse("scaled", doubled);
        assertTrue(javafx.css.CssParser.errorsProperty().isEmpty(), String.valueOf(javafx.css.CssParser.errorsProperty()));
    }
}
