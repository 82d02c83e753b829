package io.spikeworks.ui.nir;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.ui.builder.FxPrompts;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.PulseSubscription;
import io.spikeworks.ui.frame.SnapshotWriter;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;

/**
 * Writes {@code nir-import.png} (the preview of the golden conv net's import) and {@code nir-export.png} (the loss list
 * of the MNIST sample's export) from the real window (run under Xvfb, not part of the test suite):
 * <pre>xvfb-run -a java -cp target/test-classes:target/classes:CP io.spikeworks.ui.nir.NirScreenshots OUTDIR</pre>
 */
public final class NirScreenshots {
    private static Path out;

    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Application.launch(App.class);
    }

    /** The JavaFX application; the outer class is the launcher. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            MainViewModel vm = new MainViewModel();
            MainWindow window = new MainWindow(vm);
            window.attach(stage, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
            ModelBuilder b = new ModelBuilder(ComponentCatalog.standard(), ChipProfiles.builtInOnly(),
                    new FxPrompts(() -> stage), ModelBuilder.Settings.none());
            b.install(window, stage);
            NirFileActions actions = new NirFileActions(b, () -> stage, vm::setStatusText);
            actions.install(window);
            stage.show();
            b.openFile(Path.of("sample-projects/mnist-bptt.json"));
            Path golden = Path.of("src/test/resources/io/spikeworks/nir/golden/d_conv_avgpool/net.nir");
            after(4, () -> {
                NirImportDialog d = actions.importFile(golden);
                after(6, () -> {
                    shoot(d.getDialogPane().getScene(), "nir-import.png");
                    d.close();
                    NirExportDialog e = actions.exportTo(out.resolve("unused.nir"));
                    after(6, () -> {
                        shoot(e.getDialogPane().getScene(), "nir-export.png");
                        e.close();
                        Platform.exit();
                    });
                });
            });
        }
    }

    private static void shoot(Scene scene, String name) {
        try {
            SnapshotWriter.writeScene(scene, out.resolve(name));
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
