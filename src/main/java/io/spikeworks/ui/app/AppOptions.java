package io.spikeworks.ui.app;

import io.spikeworks.ui.frame.FrameRateAb;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * GUI-only program arguments (program arguments, because {@code javafx:run} does not forward {@code -D}):
 * <ul>
 *   <li>{@code --snapshot=FILE}: once the window is shown and has rendered, write it to FILE as PNG and exit;</li>
 *   <li>{@code --exit-after=SECONDS}: exit after that long (for runs under Xvfb);</li>
 *   <li>{@code --open=FILE}: project to open at start (the start page is shown otherwise);</li>
 *   <li>{@code --frame-rate-ab=SECONDS}: during a run, switch the live frame rate between the chosen rate and 1 every
 *   that many seconds and print at exit what the views cost training ({@link FrameRateAb}).</li>
 * </ul>
 */
public record AppOptions(Path snapshot, Duration exitAfter, Path open, Duration frameRateAb) {
    public static final AppOptions NONE = new AppOptions(null, null, null, null);

    /** The options' names; an argument starting with one goes to the app rather than the command line. */
    static final List<String> NAMES = List.of("--snapshot", "--exit-after", "--open", "--frame-rate-ab");

    /** Whether {@code arg} is one of the app's options (not a CLI subcommand). */
    public static boolean isAppOption(String arg) {
        for (String n : NAMES) if (arg.startsWith(n)) return true;
        return false;
    }

    /** True when the run is scripted (snapshot or timed exit): window preferences are neither read nor written. */
    public boolean automated() {
        return snapshot != null || exitAfter != null;
    }

    /** Parses the raw arguments; throws {@link IllegalArgumentException} with a one-line message on bad input. */
    public static AppOptions parse(List<String> args) {
        Path snapshot = null;
        Duration exitAfter = null;
        Path open = null;
        Duration frameRateAb = null;
        for (String a : args) {
            if (a.startsWith("--snapshot=")) {
                snapshot = Path.of(value(a));
            } else if (a.startsWith("--exit-after=")) {
                exitAfter = seconds("--exit-after", value(a));
            } else if (a.startsWith("--open=")) {
                open = Path.of(value(a));
            } else if (a.startsWith("--frame-rate-ab=")) {
                frameRateAb = seconds("--frame-rate-ab", value(a));
            } else {
                throw new IllegalArgumentException("unknown option '" + a + "' (the desktop app takes --snapshot=FILE, "
                        + "--exit-after=SECONDS, --open=FILE, --frame-rate-ab=SECONDS)");
            }
        }
        return new AppOptions(snapshot, exitAfter, open, frameRateAb);
    }

    private static String value(String arg) {
        String v = arg.substring(arg.indexOf('=') + 1);
        if (v.isBlank()) throw new IllegalArgumentException("missing value in '" + arg + "'");
        return v;
    }

    private static Duration seconds(String option, String s) {
        double d;
        try {
            d = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " wants seconds, got '" + s + "'");
        }
        if (!(d > 0) || Double.isInfinite(d)) throw new IllegalArgumentException(option + " must be > 0, got '" + s + "'");
        return Duration.ofMillis(Math.round(d * 1000));
    }
}
