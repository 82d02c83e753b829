package io.spikeworks.ui.live.symmetry;

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
import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveDashboard;
import io.spikeworks.ui.live.LiveViewSlot;
import io.spikeworks.ui.live.SessionLiveSource;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.spikeworks.ui.live.ViewFixtures.fx;
import static io.spikeworks.ui.live.ViewFixtures.fxRun;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The weight-symmetry views bound to a real fBP session (bundled Fashion-MNIST, 256 images, 784-256-128-10 LIF,
 * Φ = 3, full transport, 8 batches): the heatmap shows W − Bᵀ of both feedback layers, the transport chart one
 * point per batch with the transports at 3 and 6, the curves asymmetry and gradient alignment; a finished run
 * overlays, an old metrics.csv is refused with its reason; every view exports. With
 * {@code -Dspikeworks.screenshots=<dir>} it writes weight-symmetry.png and transport-cost.png there.
 */
@ExtendWith(ApplicationExtension.class)
class SymmetryViewsSessionTest {
    private MainWindow window;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel();
        window = new MainWindow(vm);
        window.attach(stage, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        stage.show();
    }

    static Project project() throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/fashion-fbp.json"));
        return p.withDataset(new DatasetSpec("fashion-mnist", null, 256, 64))
                .withAlgorithm(p.algorithm().with("phi", 3).with("alignmentEvery", 2))
                .withTraining(p.training().withEpochs(1).withBatchSize(32).withTimeSteps(10).withLearningRate(2e-3));
    }

    @Test
    void showTheFeedbackDriftTransportAndAlignmentOfAnFbpRun(@TempDir Path tmp) throws Exception {
        TensorRuntime.ensureConfigured();
        Project p = project();
        TrainTestSplit data = TrainingData.load(p.dataset(), Path.of("assets"), null, null);
        LiveDashboard dash = window.dashboard();
        Path out = tmp.resolve("runs").resolve("fbp-phi3");
        try (TrainingSession s = new TrainingSession(p, data.train(), data.test(), SessionOptions.defaults().withOutputDir(out))) {
            SessionLiveSource source = new SessionLiveSource(s, data.trainImages());
            fxRun(() -> {
                dash.bind(source);
                window.liveViews().select(LiveViewSlot.WEIGHT_ASYMMETRY);
            });
            for (LiveViewSlot slot : List.of(LiveViewSlot.WEIGHT_ASYMMETRY, LiveViewSlot.ASYMMETRY_CURVES, LiveViewSlot.TRANSPORT_COST))
                assertFalse(fx(() -> window.liveViews().isHidden(slot)), slot + ": fBP offers feedback weights");
            assertTrue(s.start());
            assertTrue(s.awaitState(Duration.ofSeconds(120), SessionState.FINISHED), "trained 8 batches");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> source.transportCost().batches() == 8));
            fxRun(dash::refreshNow);

            // heatmap: W − Bᵀ of both feedback layers, two batches after the last transport
            DivergenceMapData map = fx(() -> dash.view(WeightAsymmetryView.class).data());
            assertEquals(List.of("hidden2", "out"), map.layers().stream().map(DivergenceMapData.Layer::name).toList());
            assertEquals(8, map.iteration());
            assertEquals(6, map.lastTransportIteration());
            DivergenceMapData.Layer hidden2 = map.layer("hidden2");
            assertEquals(256, hidden2.rows());
            assertEquals(128, hidden2.columns());
            assertTrue(hidden2.maxAbs() > 0, "W moved since the transport");
            assertTrue(hidden2.colourScale() >= hidden2.maxAbs());
            int nonZero = 0;
            for (float c : hidden2.cells()) if (c != 0) nonZero++;
            assertTrue(nonZero > hidden2.cells().length / 2, "most weights drifted: " + nonZero);
            WaitForAsyncUtils.waitForFxEvents();
            int[] box = fx(() -> dash.view(WeightAsymmetryView.class).heatmapBox());
            assertTrue(box[2] > 50 && box[3] > 20, "the heatmap was drawn: " + java.util.Arrays.toString(box));
            fxRun(() -> dash.view(WeightAsymmetryView.class).setLayer("out"));
            assertEquals("out", fx(() -> dash.view(WeightAsymmetryView.class).layer().name()));

            // curves: asymmetry per layer at its sample points, alignment every 2 batches
            AsymmetryCurveData curves = fx(() -> dash.view(AsymmetryCurvesView.class).data());
            assertTrue(curves.samples() >= 1);
            assertEquals(List.of(4.0, 8.0), List.of(curves.alignmentIterations()[1], curves.alignmentIterations()[3]));
            assertEquals(List.of("hidden1", "hidden2"), curves.alignmentLayers());
            assertArrayEquals(new double[]{3, 6}, curves.transportIterations());
            double lastAngle = curves.angle()[0][curves.samples() - 1];
            assertTrue(lastAngle > 0 && lastAngle < 90, "W and Bᵀ drifted apart a little: " + lastAngle);
            fxRun(() -> window.liveViews().select(LiveViewSlot.ASYMMETRY_CURVES));
            WaitForAsyncUtils.waitForFxEvents();
            fxRun(dash::refreshNow);
            assertTrue(fx(() -> dash.view(AsymmetryCurvesView.class).pointsDrawn()) > 4);

            // transport: a point per batch; 2 full transports of 256·128 + 128·10 weights
            fxRun(() -> window.liveViews().select(LiveViewSlot.TRANSPORT_COST));
            WaitForAsyncUtils.waitForFxEvents();
            fxRun(dash::refreshNow);
            TransportCostData t = fx(() -> dash.view(TransportCostView.class).data());
            assertEquals(8, t.batches());
            assertEquals(2 * (256 * 128 + 128 * 10), t.weights()[7]);
            assertEquals(8.0 * (256 * 128 + 128 * 10), t.bpWeights()[7], "BP copies every weight after every update");
            assertEquals(2, t.transports());
            assertEquals(1, t.testAccuracy().length);
            assertTrue(fx(() -> dash.view(TransportCostView.class).livePoints()) >= 2, "the cumulative curve from the first transport on");
            assertNotNull(fx(() -> dash.view(TransportCostView.class).lastAxis()));

            // compare: this run read back from its folder; an old metrics.csv is refused with the reason
            Path old = Files.createDirectories(tmp.resolve("runs").resolve("old"));
            Files.writeString(old.resolve("metrics.csv"), "epoch,samples_seen,test_accuracy\n1,256,0.5\n");
            List<ComparedRun> runs = fx(() -> dash.card(TransportCostCard.class).compareWith(List.of(out, old)));
            assertEquals(1, runs.size());
            assertEquals("fbp · fbp-phi3", runs.get(0).label());
            assertArrayEquals(new double[]{8}, runs.get(0).iterations());
            assertEquals(t.weights()[7], runs.get(0).weights()[0], "metrics.csv holds the same count");
            assertTrue(fx(vm::getStatusText).contains("old/metrics.csv has no iteration column"), fx(vm::getStatusText));
            assertEquals(1, fx(() -> dash.view(TransportCostView.class).comparedRuns().size()));
            fxRun(() -> dash.view(TransportCostView.class).setQuantity(TransportQuantity.WEIGHTS));
            assertTrue(fx(() -> dash.view(TransportCostView.class).livePoints()) >= 2);

            for (CanvasView v : fx(() -> List.of(dash.view(WeightAsymmetryView.class), dash.view(AsymmetryCurvesView.class), dash.view(TransportCostView.class)))) {
                Path csv = tmp.resolve(v.exportName() + ".csv");
                v.exportCsv(csv);
                assertTrue(Files.readAllLines(csv).size() > 8, v.exportName() + " has data rows");
                Path png = tmp.resolve(v.exportName() + ".png");
                fxRun(() -> {
                    try {
                        v.exportPng(png);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                assertTrue(Files.size(png) > 1000, v.exportName() + ".png written");
            }
            screenshots(dash);
            fxRun(dash::unbind);
        }
    }

    private void screenshots(LiveDashboard dash) throws Exception {
        String dir = System.getProperty("spikeworks.screenshots");
        if (dir == null || dir.isBlank()) return;
        Path out = Path.of(dir);
        fxRun(() -> vm.inspectorVisibleProperty().set(false));
        for (String[] tab : new String[][]{{"learning", "weight-symmetry.png"}, {"chipCost", "transport-cost.png"}}) {
            fxRun(() -> window.liveViews().select(tab[0]));
            WaitForAsyncUtils.waitForFxEvents();
            fxRun(dash::refreshNow);
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
