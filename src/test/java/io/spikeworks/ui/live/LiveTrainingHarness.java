package io.spikeworks.ui.live;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.session.SessionOptions;
import io.spikeworks.session.SessionState;
import io.spikeworks.session.TrainingSession;
import io.spikeworks.sim.kernel.TensorRuntime;
import io.spikeworks.ui.frame.FrameTimeMonitor;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: the main window in a real window, bound to a real training session on bundled MNIST, for watching
 * frame times in a real rendering pipeline. Prints the frame monitor's figures when training ends.
 *
 * <pre>xvfb-run -a -s "-screen 0 1280x800x24" java -cp target/test-classes:target/classes:$(cat cp.txt) \
 *     io.spikeworks.ui.live.LiveTrainingHarness [limitTrain] [epochs] [tab]</pre>
 */
public final class LiveTrainingHarness {
    public static void main(String[] args) throws Exception {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 2048;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String tab = args.length > 2 ? args[2] : "activity";
        TensorRuntime.ensureConfigured();
        Project p = new ProjectFiles().load(Path.of("sample-projects/mnist-bptt.json"));
        p = p.withDataset(new DatasetSpec("mnist", null, limit, 256))
                .withTraining(p.training().withEpochs(epochs).withBatchSize(32).withLearningRate(2e-3));
        TrainTestSplit data = TrainingData.load(p.dataset(), Path.of("assets"), null, null);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        try (TrainingSession s = new TrainingSession(p, data.train(), data.test(), SessionOptions.defaults())) {
            MainWindow[] w = new MainWindow[1];
            FxBridge.supply(() -> {
                MainViewModel vm = new MainViewModel();
                w[0] = new MainWindow(vm);
                Stage stage = new Stage();
                w[0].attach(stage);
                stage.show();
                w[0].dashboard().bind(new SessionLiveSource(s, data.trainImages()));
                w[0].liveViews().select(tab);
                return null;
            }).get(30, TimeUnit.SECONDS);
            Thread.sleep(1000); // settle after showing
            FxBridge.supply(() -> {
                w[0].dashboard().frameMonitor().reset();
                return null;
            }).get();
            long t0 = System.nanoTime();
            s.start();
            s.awaitState(Duration.ofMinutes(20), SessionState.FINISHED, SessionState.FAILED);
            double secs = (System.nanoTime() - t0) / 1e9;
            String report = FxBridge.supply(() -> {
                LiveDashboard d = w[0].dashboard();
                FrameTimeMonitor m = d.frameMonitor();
                StringBuilder sb = new StringBuilder();
                sb.append(String.format("trained %d batches in %.1f s; %d pulses (%.0f per s)%n", s.status().iteration(), secs,
                        m.pulses(), m.pulses() / secs));
                sb.append(String.format("gaps > 50 ms between frames: %d, worst %.0f ms%n", m.getLongFrames(),
                        m.worstMillisProperty().get()));
                sb.append(String.format("dashboard pulse (pull + draw): worst %.1f ms; pull worst %.1f ms%n",
                        d.worstPulseMillis(), d.worstPullMillis()));
                for (CanvasView v : d.views())
                    sb.append(String.format("  %-16s %4d draws, last %.2f ms, worst %.2f ms%n", v.exportName(), v.redrawCount(),
                            v.lastDrawNanos() / 1e6, v.worstDrawNanos() / 1e6));
                sb.append("long frames: ").append(m.recent());
                return sb.toString();
            }).get(30, TimeUnit.SECONDS);
            System.out.println(report);
        }
        Platform.exit();
    }
}
