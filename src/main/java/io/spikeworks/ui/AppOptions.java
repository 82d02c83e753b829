package io.spikeworks.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * GUI-only program arguments (program arguments, because {@code javafx:run} does not forward {@code -D}):
 * <ul>
 *   <li>{@code --snapshot=FILE}: once the window is shown and has rendered, write it to FILE as PNG and exit;</li>
 *   <li>{@code --exit-after=SECONDS}: exit after that long (for runs under Xvfb);</li>
 *   <li>{@code --open=FILE}: project to open at start (the start page is shown otherwise).</li>
 * </ul>
 */
public record AppOptions(Path snapshot, Duration exitAfter, Path open) {
    public static final AppOptions NONE = new AppOptions(null, null, null);

    /** True when the run is scripted (snapshot or timed exit): window preferences are neither read nor written. */
    public boolean automated() {
        return snapshot != null || exitAfter != null;
    }

    /** Parses the raw arguments; throws {@link IllegalArgumentException} with a one-line message on bad input. */
    public static AppOptions parse(List<String> args) {
        Path snapshot = null;
        Duration exitAfter = null;
        Path open = null;
        for (String a : args) {
            if (a.startsWith("--snapshot=")) {
                snapshot = Path.of(value(a));
            } else if (a.startsWith("--exit-after=")) {
                exitAfter = seconds(value(a));
            } else if (a.startsWith("--open=")) {
                open = Path.of(value(a));
            } else {
                throw new IllegalArgumentException("unknown option '" + a
                        + "' (the desktop app takes --snapshot=FILE, --exit-after=SECONDS, --open=FILE)");
            }
        }
        return new AppOptions(snapshot, exitAfter, open);
    }

    private static String value(String arg) {
        String v = arg.substring(arg.indexOf('=') + 1);
        if (v.isBlank()) throw new IllegalArgumentException("missing value in '" + arg + "'");
        return v;
    }

    private static Duration seconds(String s) {
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--exit-after wants seconds, got '" + s + "'");
        }
        if (!(d > 0) || Double.isInfinite(d)) throw new IllegalArgumentException("--exit-after must be > 0, got '" + s + "'");
        return Duration.ofMillis(Math.round(d * 1000));
    }
}
