package io.spikeworks.ui.theme;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The colour-blind-safe palette, checked against the published Okabe–Ito and viridis values and against simulated
 * dichromat vision (Machado, Oliveira and Fernandes 2009, severity 1, in linear sRGB; distances as CIE76 ΔE in
 * CIELAB under D65), written here from the papers' equations rather than taken from the palette code.
 */
class DataPaletteTest {
    private static final double[][] PROTAN = {
            {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    private static final double[][] DEUTAN = {
            {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    private static final double[][] TRITAN = {
            {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};

    private final ThemeColours theme = ThemeColours.theme();

    @AfterEach
    void standardAgain() {
        DataPalette.setCurrent(DataPalette.STANDARD); // one per application: leave it as other tests expect it
    }

    @Test
    void colourBlindSeriesAreOkabeItoWithoutYellowAndBlack() {
        String[] published = {"#0072b2", "#009e73", "#e69f00", "#cc79a7", "#d55e00", "#56b4e9"};
        for (int i = 0; i < published.length; i++)
            assertEquals(Color.web(published[i]), theme.data(DataPalette.COLOUR_BLIND_SAFE, i), "Okabe–Ito " + i);
        assertEquals(theme.data(DataPalette.COLOUR_BLIND_SAFE, 0), theme.data(DataPalette.COLOUR_BLIND_SAFE, 6), "cycles");
        assertEquals(Color.web("#4f46e5"), theme.data(0), "standard until chosen");
        DataPalette.setCurrent(DataPalette.COLOUR_BLIND_SAFE);
        assertEquals(Color.web("#0072b2"), theme.data(0), "data(i) follows the choice");
        assertTrue(theme.colourBlindSafe());
    }

    @Test
    void colourBlindSeriesStayApartForEveryDichromacyWhereTheStandardOnesDoNot() {
        double[][][] kinds = {PROTAN, DEUTAN, TRITAN};
        String[] names = {"protan", "deutan", "tritan"};
        double standardWorst = Double.MAX_VALUE;
        for (int k = 0; k < kinds.length; k++) {
            for (int i = 0; i < 6; i++)
                for (int j = i + 1; j < 6; j++) {
                    double d = deltaE(seen(theme.data(DataPalette.COLOUR_BLIND_SAFE, i), kinds[k]),
                            seen(theme.data(DataPalette.COLOUR_BLIND_SAFE, j), kinds[k]));
                    assertTrue(d >= 15, names[k] + ": colours " + i + " and " + j + " only ΔE " + d + " apart");
                }
            for (int i = 0; i < 5; i++)
                for (int j = i + 1; j < 5; j++)
                    standardWorst = Math.min(standardWorst, deltaE(seen(theme.data(DataPalette.STANDARD, i), kinds[k]),
                            seen(theme.data(DataPalette.STANDARD, j), kinds[k])));
        }
        assertTrue(standardWorst < 15, "the check tells palettes apart: the standard one's worst pair is ΔE " + standardWorst);
    }

    @Test
    void viridisMatchesItsPublishedEndsAndGrowsLighterThroughout() {
        assertEquals(Color.web("#440154"), theme.viridis(0));
        assertEquals(Color.web("#21908c"), theme.viridis(0.5));
        assertEquals(Color.web("#fde725"), theme.viridis(1));
        assertEquals(theme.viridis(0), theme.viridis(-3), "clamped below");
        assertEquals(theme.viridis(1), theme.viridis(7), "clamped above");
        assertEquals(theme.viridis(0), theme.viridis(Double.NaN));
        // a sequential scale must read as more-is-lighter for everyone: L* rises at every step, also as dichromats see it
        for (double[][] kind : new double[][][]{null, PROTAN, DEUTAN, TRITAN}) {
            double last = -1;
            for (int s = 0; s <= 100; s++) {
                Color c = theme.viridis(s / 100.0);
                double l = (kind == null ? lab(c.getRed(), c.getGreen(), c.getBlue()) : seen(c, kind))[0];
                assertTrue(l > last, "L* at " + s + " % is " + l + ", not above " + last);
                last = l;
            }
        }
    }

    @Test
    void signedDataStaysBlueWhiteRed() {
        assertEquals(Color.WHITE, theme.diverging(0));
        assertEquals(Color.web("#dc2626"), theme.diverging(1));
        assertEquals(Color.web("#2563eb"), theme.diverging(-1));
        assertEquals(theme.diverging(1), theme.diverging(5), "clamped");
        Color half = theme.diverging(-0.5);
        assertTrue(half.getBlue() > half.getRed(), "negative leans blue: " + half);
    }

    @Test
    void theChoiceIsRememberedAndAnUnknownOneFallsBackToStandard() throws BackingStoreException {
        Preferences node = Preferences.userRoot().node("/io/spikeworks/test/dataPalette-" + ProcessHandle.current().pid());
        try {
            assertEquals(DataPalette.STANDARD, DataPalette.load(node), "nothing stored yet");
            DataPalette.COLOUR_BLIND_SAFE.save(node);
            assertEquals("COLOUR_BLIND_SAFE", node.get(DataPalette.KEY, null));
            assertEquals(DataPalette.COLOUR_BLIND_SAFE, DataPalette.load(node));
            node.put(DataPalette.KEY, "SEPIA");
            assertEquals(DataPalette.STANDARD, DataPalette.load(node));
        } finally {
            node.removeNode();
        }
    }

    /** CIELAB of a colour as a dichromat sees it. */
    private static double[] seen(Color c, double[][] m) {
        double[] lin = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = 0;
            for (int j = 0; j < 3; j++) s += m[i][j] * lin[j];
            out[i] = Math.max(0, Math.min(1, s));
        }
        return labOfLinear(out[0], out[1], out[2]);
    }

    private static double[] lab(double r, double g, double b) {
        return labOfLinear(linear(r), linear(g), linear(b));
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] labOfLinear(double r, double g, double b) {
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[]{116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double deltaE(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
