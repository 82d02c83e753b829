package io.spikeworks.ui.theme;

import javafx.scene.paint.Color;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The theme's {@code -sw-*} colours for code that paints on a {@link javafx.scene.canvas.Canvas} (which CSS cannot
 * reach). Read once from {@link Theme#STYLESHEET}'s {@code .root} block, so the stylesheet stays the one place a
 * colour is defined; views never write a colour literal.
 */
public final class ThemeColours {
    private static final Pattern DECL = Pattern.compile("(-sw-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;");
    private static volatile ThemeColours theme;

    private final Map<String, Color> colours;

    public final Color bg;
    public final Color bgSubtle;
    public final Color bgInset;
    public final Color fg;
    public final Color fgMuted;
    public final Color fgSubtle;
    public final Color border;
    public final Color borderMuted;
    public final Color accent;
    public final Color accentSubtle;
    public final Color success;
    public final Color warning;
    public final Color danger;
    /** -sw-data-1 … -sw-data-5: spikes, traces, series. */
    private final Color[] data;
    /** -sw-cb-data-1 … -sw-cb-data-6: Okabe–Ito, the colour-blind-safe series colours. */
    private final Color[] colourBlindData;
    /** -sw-viridis-1 … -sw-viridis-9: viridis at 0, 1/8, …, 1. */
    private final Color[] viridis;

    ThemeColours(Map<String, Color> colours) {
        this.colours = Collections.unmodifiableMap(new LinkedHashMap<>(colours));
        bg = need("-sw-bg");
        bgSubtle = need("-sw-bg-subtle");
        bgInset = need("-sw-bg-inset");
        fg = need("-sw-fg");
        fgMuted = need("-sw-fg-muted");
        fgSubtle = need("-sw-fg-subtle");
        border = need("-sw-border");
        borderMuted = need("-sw-border-muted");
        accent = need("-sw-accent");
        accentSubtle = need("-sw-accent-subtle");
        success = need("-sw-success");
        warning = need("-sw-warning");
        danger = need("-sw-danger");
        data = new Color[5];
        for (int i = 0; i < 5; i++) data[i] = need("-sw-data-" + (i + 1));
        colourBlindData = new Color[6];
        for (int i = 0; i < 6; i++) colourBlindData[i] = need("-sw-cb-data-" + (i + 1));
        viridis = new Color[9];
        for (int i = 0; i < 9; i++) viridis[i] = need("-sw-viridis-" + (i + 1));
    }

    /** The palette of the app's stylesheet. */
    public static ThemeColours theme() {
        ThemeColours p = theme;
        if (p == null) {
            p = parse(readStylesheet());
            theme = p;
        }
        return p;
    }

    /** Reads every {@code -sw-name: #hex;} declaration of a stylesheet. */
    static ThemeColours parse(String css) {
        Map<String, Color> m = new LinkedHashMap<>();
        Matcher matcher = DECL.matcher(css);
        while (matcher.find()) m.putIfAbsent(matcher.group(1), Color.web(matcher.group(2)));
        return new ThemeColours(m);
    }

    private static String readStylesheet() {
        try (InputStream in = ThemeColours.class.getResourceAsStream(Theme.STYLESHEET)) {
            if (in == null) throw new IllegalStateException("missing " + Theme.STYLESHEET);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Color need(String name) {
        Color c = colours.get(name);
        if (c == null) throw new IllegalStateException("stylesheet defines no " + name);
        return c;
    }

    /** Data colour {@code i} (0-based) of the chosen {@link DataPalette}, cycling through its colours. */
    public Color data(int i) {
        return data(DataPalette.current(), i);
    }

    /** Data colour {@code i} of {@code palette}: the theme's five, or Okabe–Ito's six. */
    public Color data(DataPalette palette, int i) {
        Color[] c = palette == DataPalette.COLOUR_BLIND_SAFE ? colourBlindData : data;
        return c[Math.floorMod(i, c.length)];
    }

    /** Whether the chosen palette is the colour-blind-safe one (views with colour meaning pick other scales then). */
    public boolean colourBlindSafe() {
        return DataPalette.current() == DataPalette.COLOUR_BLIND_SAFE;
    }

    /** Viridis at {@code f} in [0, 1] (clamped; NaN gives 0), linear between its nine published stops. */
    public Color viridis(double f) {
        double t = Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f)) * (viridis.length - 1);
        int i = Math.min(viridis.length - 2, (int) Math.floor(t));
        return viridis[i].interpolate(viridis[i + 1], t - i);
    }

    /**
     * A signed value's colour, {@code f} in [−1, 1]: blue below zero, white at zero, red above (clamped). Safe for
     * colour-blind readers: blue and red differ in hue for every kind of dichromacy.
     */
    public Color diverging(double f) {
        double t = Double.isNaN(f) ? 0 : Math.max(-1, Math.min(1, f));
        Color zero = need("-sw-diverging-zero");
        return t >= 0 ? mix(zero, need("-sw-diverging-positive"), t) : mix(zero, need("-sw-diverging-negative"), -t);
    }

    /** Any {@code -sw-*} colour by name. */
    public Color colour(String name) {
        return need(name);
    }

    /** Colour as premultiplied ARGB, for pixel buffers. */
    public static int argb(Color c) {
        int a = (int) Math.round(c.getOpacity() * 255);
        int r = (int) Math.round(c.getRed() * c.getOpacity() * 255);
        int g = (int) Math.round(c.getGreen() * c.getOpacity() * 255);
        int b = (int) Math.round(c.getBlue() * c.getOpacity() * 255);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }

    /** Linear mix: 0 gives {@code a}, 1 gives {@code b}. */
    public static Color mix(Color a, Color b, double t) {
        return a.interpolate(b, Math.max(0, Math.min(1, t)));
    }
}
