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

    /** Data colour {@code i} (0-based), cycling through the five. */
    public Color data(int i) {
        return data[Math.floorMod(i, data.length)];
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
