package io.spikeworks.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's stylesheet with every px size multiplied by a factor: text, icons and fixed row heights grow together
 * and nothing else changes (unitless widths, radii, colours). Served as a {@code data:} URL, which JavaFX 17+ loads
 * like a file. Why not em: JavaFX resolves a font size in em against the parent's, so nested rules compound.
 */
public final class ScaledStylesheet {
    private static final Pattern PX = Pattern.compile("(\\d+(?:\\.\\d+)?)px\\b");
    private static final String PREFIX = "data:text/css;base64,";
    /** Marks our data URLs apart from any other data URL a dialog might add. */
    private static final String MARK = "/* spikeworks scaled ";
    private static final Map<Double, String> URLS = new ConcurrentHashMap<>();

    private ScaledStylesheet() {}

    /** {@code css} with each {@code Npx} replaced by {@code N×factor px} (two decimals). */
    public static String scale(String css, double factor) {
        if (!(factor > 0)) throw new IllegalArgumentException("scale factor must be > 0, got " + factor);
        Matcher m = PX.matcher(css);
        StringBuilder out = new StringBuilder(css.length() + 64);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1)) * factor;
            m.appendReplacement(out, String.format(Locale.ROOT, "%.2fpx", v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The data URL of the app's stylesheet at {@code factor}; made once per factor. */
    public static String dataUrl(double factor) {
        return URLS.computeIfAbsent(factor, f -> {
            String css = MARK + f + " */\n" + scale(read(), f);
            return PREFIX + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
        });
    }

    static boolean isScaled(String url) {
        return URLS.containsValue(url);
    }

    private static String read() {
        try (InputStream in = ScaledStylesheet.class.getResourceAsStream(Theme.STYLESHEET)) {
            if (in == null) throw new IllegalStateException("missing " + Theme.STYLESHEET);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
