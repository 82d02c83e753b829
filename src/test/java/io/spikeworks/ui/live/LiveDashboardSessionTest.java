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
import io.spikeworks.ui.frame.SnapshotWriter;
import io.spikeworks.ui.live.activity.ActivitySnapshot;
import io.spikeworks.ui.live.activity.ConfusionEntry;
import io.spikeworks.ui.live.activity.MembraneTraceView;
import io.spikeworks.ui.live.activity.NeuronRef;
import io.spikeworks.ui.live.activity.OutputCard;
import io.spikeworks.ui.live.activity.OutputView;
import io.spikeworks.ui.live.activity.RasterData;
import io.spikeworks.ui.live.activity.SpikeRasterView;
import io.spikeworks.ui.live.cost.CostData;
import io.spikeworks.ui.live.cost.CostMetersView;
import io.spikeworks.ui.live.learning.LearningCurveView;
import io.spikeworks.ui.live.learning.LearningData;
import io.spikeworks.ui.live.learning.WeightData;
import io.spikeworks.ui.live.learning.WeightView;
import io.spikeworks.ui.live.symmetry.AsymmetryCurvesView;
import io.spikeworks.ui.live.symmetry.WeightAsymmetryView;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.spikeworks.ui.live.ViewFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The dashboard bound to a real training session (bundled MNIST, 1,024 digits, 784-256-10 LIF, T = 25): the views
 * follow it through the pulse-rate pull, a raster click makes the engine trace that neuron, and everything ends up
 * on screen. With {@code -Dspikeworks.screenshots=<dir>} it also writes dashboard.png, learning.png and
 * chip-cost.png of the main window there.
 */
@ExtendWith(ApplicationExtension.class)
class LiveDashboardSessionTest {
    static final int WIDTH = (int) MainWindow.DEFAULT_WIDTH; // the headless screen is 1280 × 800
    static final int HEIGHT = (int) MainWindow.DEFAULT_HEIGHT;
    private MainWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel();
        window = new MainWindow(vm);
        window.attach(stage, WIDTH, HEIGHT);
        vm.setProjectName("MNIST · BPTT · 784-256-10 LIF");
        stage.show();
    }

    static Project project() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/mnist-bptt.json"));
        return p.withDataset(new DatasetSpec("mnist", null, 1024, 256))
                .withTraining(p.training().withEpochs(2).withBatchSize(32).withLearningRate(2e-3));
    }

    @Test
    void followsARealTrainingSession(FxRobot robot, @TempDir Path tmp) throws Exception {
        TensorRuntime.ensureConfigured();
        Project p = project();
        TrainTestSplit data = TrainingData.load(p.dataset(), Path.of("assets"), null, null);
        LiveDashboard dash = window.dashboard();
        try (TrainingSession s = new TrainingSession(p, data.train(), data.test(), SessionOptions.defaults())) {
            SessionLiveSource source = new SessionLiveSource(s, data.trainImages());
            fxRun(() -> {
                window.dashboard().bind(source);
                window.liveViews().select(LiveViewSlot.SPIKE_RASTER);
            });
            assertFalse(fx(() -> window.liveViews().isPlaceholder(LiveViewSlot.SPIKE_RASTER)));
            for (LiveViewSlot slot : List.of(LiveViewSlot.WEIGHT_ASYMMETRY, LiveViewSlot.ASYMMETRY_CURVES, LiveViewSlot.TRANSPORT_COST))
                assertTrue(fx(() -> window.liveViews().isHidden(slot)), slot + ": BPTT has no feedback weights");
            assertTrue(fx(() -> window.liveViews().isHidden(LiveViewSlot.TRUNCATION_COST)), "BPTT truncates nothing");
            assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.WEIGHTS)));
            assertTrue(fx(() -> window.liveViews().isHidden(LiveViewSlot.GATED_CIRCUIT)), "BPTT records no gated circuit");
            assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.MEMBRANE_TRACES)), "but runs the network");

            // one batch, then the pulse pull brings its raster to the screen
            assertTrue(s.stepBatch());
            assertTrue(s.awaitState(Duration.ofSeconds(60), SessionState.PAUSED));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dash.view(SpikeRasterView.class).data() != null);
            ActivitySnapshot first = fx(() -> dash.view(SpikeRasterView.class).data());
            assertEquals(List.of("input", "hidden1", "out"), first.layers().stream().map(RasterData::layer).toList());
            assertEquals(784, first.layers().get(0).neurons());
            assertEquals(25, first.steps());
            assertTrue(first.layers().get(0).spikeCount() > 0, "Poisson input spikes");

            // click the row of the busiest hidden neuron shown (a band too low for a row each shows every k-th):
            // the membrane view adds it, the engine traces it
            RasterData hidden = first.layers().get(1);
            int stride = fx(() -> dash.view(SpikeRasterView.class).stride(1));
            int busiest = 0;
            for (int n = stride; n < hidden.neurons(); n += stride) if (hidden.spikeCount(n) > hidden.spikeCount(busiest)) busiest = n;
            int pick = busiest;
            int step = 0;
            while (!hidden.spike(step, pick)) step++;
            int t = step;
            double[] c = fx(() -> dash.view(SpikeRasterView.class).cellCentre(1, pick, t));
            Point2D screen = fx(() -> dash.view(SpikeRasterView.class).canvas().localToScreen(c[0], c[1]));
            robot.clickOn(screen);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(new NeuronRef("hidden1", pick)), fx(() -> dash.view(MembraneTraceView.class).chosenNeurons()));
            // train into the second epoch, pause at a fixed batch (so the sample shown, and its busy rows, do not
            // depend on timing), and pick two of the busiest neurons of the sample shown then
            s.pauseAtBatch(40);
            assertTrue(s.start());
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                    () -> s.status().state() == SessionState.PAUSED && s.status().iteration() == 40);
            // the raster is on screen: the pulse brings the paused batch
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> fx(() -> dash.view(SpikeRasterView.class).data().iteration() == s.status().iteration()));
            RasterData now = fx(() -> dash.view(SpikeRasterView.class).data()).layers().get(1);
            int strideNow = fx(() -> dash.view(SpikeRasterView.class).stride(1));
            for (int n : busiest(now, pick, strideNow)) {
                int st = 0;
                while (!now.spike(st, n)) st++;
                int ts = st;
                double[] cc = fx(() -> dash.view(SpikeRasterView.class).cellCentre(1, n, ts));
                robot.clickOn(fx(() -> dash.view(SpikeRasterView.class).canvas().localToScreen(cc[0], cc[1])));
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(3, fx(() -> dash.view(MembraneTraceView.class).chosenNeurons()).size(),
                    "chosen: " + fx(() -> dash.view(MembraneTraceView.class).chosenNeurons()));

            assertTrue(s.start());
            assertTrue(s.awaitState(Duration.ofSeconds(300), SessionState.FINISHED), "trained to the end");
            // the curves sit on another tab, so the pulse leaves them alone; refresh pulls for hidden views too
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> source.learning().evaluations() == 2));
            fxRun(dash::refreshNow);
            assertEquals(64, fx(() -> dash.view(LearningCurveView.class).data().batches()));

            ActivitySnapshot last = fx(() -> dash.view(MembraneTraceView.class).shown().isEmpty() ? null : dash.view(SpikeRasterView.class).data());
            assertNotNull(last);
            MembraneTraceView.Shown shown = fx(() -> dash.view(MembraneTraceView.class).shown().get(0));
            assertEquals(new NeuronRef("hidden1", pick), shown.ref());
            assertEquals(3, fx(() -> dash.view(MembraneTraceView.class).shown().size()));
            assertTrue(shown.column() >= 0, "the engine traced the picked neuron since");
            assertEquals(1.0, shown.traces().threshold());

            LearningData curves = fx(() -> dash.view(LearningCurveView.class).data());
            assertEquals(2048, curves.batchSamples()[63]);
            assertTrue(curves.testAccuracy()[1] > 0.5, "it learned: " + curves.testAccuracy()[1]);
            CostData cost = fx(() -> dash.view(CostMetersView.class).data());
            assertTrue(cost.synapticOps() > 0 && cost.backwardBytes() > 0);
            assertEquals(1.0, cost.fractionDone(), 1e-9);
            // the output view shows the test set's matrix of the latest evaluation; the chooser offers the earlier one
            // and the training samples shown
            ConfusionEntry m = fx(() -> dash.view(OutputView.class).confusion());
            assertNotNull(m);
            assertEquals("test:2", m.key());
            assertEquals(256, m.matrix().total(), "every test sample");
            assertEquals(curves.testAccuracy()[1], m.matrix().accuracy(), 1e-12);
            assertEquals(String.format(java.util.Locale.ROOT, "test set, epoch 2, accuracy %.1f %%",
                    100 * curves.testAccuracy()[1]), m.label());
            List<String> choices = fx(() -> List.copyOf(dash.card(OutputCard.class).confusionChooser().getItems()));
            assertEquals(3, choices.size(), "" + choices);
            assertTrue(choices.get(1).startsWith("test set, epoch 1,"), choices.get(1));
            assertEquals("training samples shown, epoch 2", choices.get(2));
            fxRun(() -> dash.card(OutputCard.class).confusionChooser().setValue(choices.get(2)));
            ConfusionEntry training = fx(() -> dash.view(OutputView.class).confusion());
            assertEquals(ConfusionEntry.TRAINING_KEY, training.key());
            assertTrue(training.matrix().total() > 0 && training.matrix().total() <= 32,
                    "captured samples of the last epoch: " + training.matrix().total());
            fxRun(() -> dash.card(OutputCard.class).confusionChooser().setValue(choices.get(0)));
            assertEquals("test:2", fx(() -> dash.view(OutputView.class).confusion()).key());
            WeightData w = fx(() -> dash.view(WeightView.class).data());
            assertEquals(List.of("hidden1.weight", "hidden1.bias", "out.weight", "out.bias"),
                    w.tensors().stream().map(WeightData.Tensor::name).toList());

            // every view exports; BPTT has no feedback weights, so the asymmetry views have only their header, and
            // no gated circuit, no truncation, and (classification) no test functions or estimated gradient
            List<CanvasView> noB = fx(() -> List.of(dash.view(WeightAsymmetryView.class), dash.view(AsymmetryCurvesView.class),
                    dash.view(io.spikeworks.ui.live.circuit.GatedCircuitView.class),
                    dash.view(io.spikeworks.ui.live.cost.TruncationCostView.class),
                    dash.view(io.spikeworks.ui.live.regression.PredictionView.class),
                    dash.view(io.spikeworks.ui.live.regression.GradientQualityView.class)));
            for (CanvasView v : fx(dash::views)) {
                Path csv = tmp.resolve(v.exportName() + ".csv");
                v.exportCsv(csv);
                if (noB.contains(v)) assertEquals(1, Files.readAllLines(csv).size(), v.exportName() + " has no rows");
                else assertTrue(Files.readAllLines(csv).size() > 1, v.exportName() + " has data rows");
            }
            for (CanvasView v : fx(dash::views))
                System.out.printf("draw %-16s last %.2f ms, worst %.2f ms, %d draws%n", v.exportName(),
                        fx(v::lastDrawNanos) / 1e6, fx(v::worstDrawNanos) / 1e6, fx(v::redrawCount));
            System.out.printf("dashboard: %d pulses, worst pulse (pull + draw) %.1f ms, worst pull %.1f ms; %d gaps > 50 ms between frames%n",
                    fx(dash::pulses), fx(dash::worstPulseMillis), fx(dash::worstPullMillis), fx(() -> dash.frameMonitor().getLongFrames()));
            fxRun(() -> vm.setStatusText(String.format("Finished · 2 epochs · test accuracy %.1f %%",
                    100 * curves.testAccuracy()[1])));
            fxRun(() -> vm.setEngineStatus("Simulator · bundled MNIST, 1,024 digits · T = 25"));
            screenshots(dash);
            fxRun(dash::unbind);
        }
    }

    /** The two most active hidden neurons other than {@code except}, of those the raster shows (every stride-th). */
    static int[] busiest(RasterData r, int except, int stride) {
        int a = -1, b = -1;
        for (int n = 0; n < r.neurons(); n += stride) {
            if (n == except || r.spikeCount(n) == 0) continue;
            if (a < 0 || r.spikeCount(n) > r.spikeCount(a)) {
                b = a;
                a = n;
            } else if (b < 0 || r.spikeCount(n) > r.spikeCount(b)) b = n;
        }
        return java.util.stream.IntStream.of(a, b).filter(x -> x >= 0).toArray();
    }

    /** Writes the main window per tab when asked to (look at it: assets/screenshots). */
    private void screenshots(LiveDashboard dash) throws Exception {
        String dir = System.getProperty("spikeworks.screenshots");
        if (dir == null || dir.isBlank()) return;
        Path out = Path.of(dir);
        fxRun(() -> vm.inspectorVisibleProperty().set(false)); // the views get the room
        String[][] tabs = {{"activity", "dashboard.png"}, {"learning", "learning.png"}, {"chipCost", "chip-cost.png"}};
        for (String[] tab : tabs) {
            fxRun(() -> window.liveViews().select(tab[0]));
            WaitForAsyncUtils.waitForFxEvents();
            fxRun(dash::refreshNow);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !dash.view(WeightView.class).isVisible() || !LiveDashboard.showing(dash.view(WeightView.class))
                    || dash.view(WeightView.class).upToDate()));
            WaitForAsyncUtils.waitForFxEvents();
            fxRun(() -> {
                try {
                    SnapshotWriter.writeScene(window.getRoot().getScene(), out.resolve(tab[1]));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
