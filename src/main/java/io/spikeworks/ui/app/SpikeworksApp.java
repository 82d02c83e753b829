package io.spikeworks.ui.app;

import io.spikeworks.sim.kernel.TensorRuntime;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.PulseSubscription;
import io.spikeworks.ui.frame.SnapshotWriter;
import io.spikeworks.ui.frame.UiC1Only;
import io.spikeworks.ui.live.LiveViewLayout;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import io.spikeworks.ui.theme.DataPalette;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.prefs.Preferences;

/**
 * The desktop application: one {@link MainWindow} bound to a {@link MainViewModel}.
 * Started by {@code io.spikeworks.Main} through {@link #launchApp(String[])}; see {@link AppOptions} for the
 * GUI-only arguments.
 */
public final class SpikeworksApp extends Application {
    /** Pulses to wait after showing before a {@code --snapshot} is taken, so CSS, layout and fonts have settled. */
    static final int SNAPSHOT_PULSES = 3;

    private static volatile int exitCode;

    private MainWindow window;
    private io.spikeworks.ui.builder.ModelBuilder builder;

    /** Starts the app and blocks until it exits. A failed {@code --snapshot} or a bad option exits non-zero. */
    public static void launchApp(String[] args) {
        try {
            AppOptions.parse(Arrays.asList(args)); // fail fast, before a window or toolkit exists
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        exitCode = 0;
        UiC1Only.apply().ifPresent(why -> System.getLogger(SpikeworksApp.class.getName())
                .log(System.Logger.Level.DEBUG, "the UI's code may be compiled by C2: " + why));
        // ND4J's native libraries load here, before any JavaFX thread exists (0.35–0.45 s). Loaded later by the engine
        // warm-up, JavaCPP's loader (dlclose inside a dl_iterate_phdr callback) deadlocked in glibc's loader locks
        // against JavaFX's renderer opening libdecora_sse.so: the window froze for good (gdb, 1 start in 2 once).
        TensorRuntime.ensureConfigured();
        try {
            Application.launch(SpikeworksApp.class, args);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            System.err.println("error: cannot open the desktop app: " + root.getMessage()
                    + ". It needs a display (on a server use xvfb-run -a, or the command-line interface: --help).");
            System.exit(1);
        }
        if (exitCode != 0) System.exit(exitCode);
    }

    @Override
    public void start(Stage stage) {
        AppOptions options;
        try {
            options = AppOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            exitCode = 2;
            Platform.exit();
            return;
        }

        Preferences prefs = options.automated() ? null : WindowState.defaultNode();
        WindowState state = WindowPlacement.fitToScreen(prefs != null ? WindowState.load(prefs) : WindowState.DEFAULT);

        if (prefs != null) { // before the views exist, so they draw in the remembered colours from the start
            DataPalette.setCurrent(DataPalette.load(prefs));
            DataPalette.currentProperty().addListener((o, was, is) -> is.save(prefs));
        }
        MainViewModel vm = new MainViewModel();
        window = new MainWindow(vm);
        window.attach(stage, state.width(), state.height());
        setIcons(stage);
        WindowPlacement.restore(stage, window, state);
        builder = BuilderSetup.install(window, stage, options, prefs != null);
        if (prefs != null) {
            window.liveViews().applyLayout(LiveViewLayout.load(prefs));
            stage.setOnHiding(e -> {
                WindowPlacement.capture(stage, window, state).save(prefs);
                window.liveViews().currentLayout().save(prefs);
            });
        }
        stage.show();

        if (options.snapshot() != null) snapshotAndExit(stage, options.snapshot());
        if (options.exitAfter() != null) {
            FxBridge.after(options.exitAfter(), Platform::exit); // not a PauseTransition: 60 pulses a second all along
        }
    }

    private static void setIcons(Stage stage) {
        for (int size : new int[]{16, 32, 48, 64, 128, 256}) {
            try (InputStream in = SpikeworksApp.class.getResourceAsStream("/io/spikeworks/ui/icons/spikeworks-" + size + ".png")) {
                if (in != null) stage.getIcons().add(new Image(in));
            } catch (IOException ignored) {
                // an icon is cosmetic
            }
        }
    }

    private void snapshotAndExit(Stage stage, Path file) {
        int[] pulses = {0};
        PulseSubscription[] sub = new PulseSubscription[1];
        sub[0] = FxBridge.everyPulse(now -> {
            if (++pulses[0] < SNAPSHOT_PULSES) return;
            sub[0].close();
            // Runs after this pulse's layout and render, so the snapshot shows what is on screen.
            FxBridge.later(() -> {
                try {
                    SnapshotWriter.writeScene(stage.getScene(), file);
                    System.out.println("snapshot written: " + file.toAbsolutePath());
                } catch (IOException | RuntimeException e) {
                    System.err.println("error: snapshot failed: " + e.getMessage());
                    exitCode = 1;
                }
                Platform.exit();
            });
        });
    }

    /** The model builder, once started; for tests. */
    io.spikeworks.ui.builder.ModelBuilder builder() {
        return builder;
    }

    /** The window, once started; for tests. */
    MainWindow window() {
        return window;
    }
}
