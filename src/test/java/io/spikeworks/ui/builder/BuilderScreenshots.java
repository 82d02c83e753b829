package io.spikeworks.ui.builder;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.edit.DraftEdits;
import io.spikeworks.model.BuiltInComponents;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.NodePosition;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.PulseSubscription;
import io.spikeworks.ui.frame.SnapshotWriter;
import io.spikeworks.ui.run.RunController;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes the builder's screenshots from the real window (run under Xvfb, not part of the test suite):
 * {@code builder.png} (the sample model, a layer selected) and {@code builder-error.png} (a layer that is not
 * connected, with its badge, the inspector's problem list and Run disabled).
 * <pre>xvfb-run -a java -cp target/test-classes:target/classes:CP io.spikeworks.ui.builder.BuilderScreenshots OUTDIR</pre>
 */
public final class BuilderScreenshots {
    private static Path out;
    private static boolean runCheck;

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        runCheck = args.length > 1 && args[1].equals("--run");
        Application.launch(App.class);
    }

    /** The JavaFX application; the outer class is the launcher (a main class must not extend Application). */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        MainViewModel vm = new MainViewModel();
        MainWindow window = new MainWindow(vm);
        window.attach(stage, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        ModelBuilder b = new ModelBuilder(ComponentCatalog.standard(), ChipProfiles.builtInOnly(), new FxPrompts(() -> stage),
                ModelBuilder.Settings.none());
        b.install(window, stage);
        RunController run = new RunController(vm, b, null, RunController.defaultOutputDirs(b));
        run.install();
        b.setOnRun(p -> run.run());
        stage.setWidth(MainWindow.DEFAULT_WIDTH);
        stage.setHeight(MainWindow.DEFAULT_HEIGHT);
        stage.show();
        b.openFile(Path.of("sample-projects/mnist-bptt.json"));
        if (runCheck) {
            // the sample opened, Run pressed, nothing else: a few seconds later the status bar shows training
            after(4, () -> {
                vm.command(io.spikeworks.ui.shell.StandardAction.RUN).execute();
                javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(12));
                wait.setOnFinished(e -> {
                    shoot(stage, "builder-running.png");
                    System.out.println("status: " + vm.getStatusText());
                    run.dispose();
                    Platform.exit();
                });
                wait.play();
            });
            return;
        }
        after(4, () -> {
            b.fitToView();
            b.select(List.of("hidden1"));
            after(4, () -> {
                shoot(stage, "builder.png");
                b.edit("Add conv1", null, d -> DraftEdits.addLayer(d,
                        DraftEdits.newLayer(ComponentCatalog.standard(), BuiltInComponents.CONV2D, "conv1"),
                        new NodePosition(370, 330)));
                b.edit("Connect", null, d -> DraftEdits.connect(d, "hidden1", "conv1"));
                b.fitToView();
                b.select(List.of("conv1"));
                after(4, () -> {
                    shoot(stage, "builder-error.png");
                    Platform.exit();
                });
            });
        });
    }
    }

    private static void shoot(Stage stage, String name) {
        try {
            SnapshotWriter.writeScene(stage.getScene(), out.resolve(name));
            System.out.println("wrote " + out.resolve(name));
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    private static void after(int pulses, Runnable r) {
        int[] n = {0};
        PulseSubscription[] sub = new PulseSubscription[1];
        sub[0] = FxBridge.everyPulse(now -> {
            if (++n[0] < pulses) return;
            sub[0].close();
            FxBridge.later(r);
        });
    }
}
