package io.spikeworks.ui.live.regression;

import io.spikeworks.data.ScientificRegression;
import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.perturbation.WeightPerturbation;
import io.spikeworks.learn.score.TestPredictions;
import io.spikeworks.model.Component;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.ComponentFamily;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.session.SessionOptions;
import io.spikeworks.session.SessionState;
import io.spikeworks.session.TrainingSession;
import io.spikeworks.sim.kernel.TensorRuntime;
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

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.spikeworks.ui.live.ViewFixtures.fx;
import static io.spikeworks.ui.live.ViewFixtures.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real Poisson session (one short epoch) in the main window: the predicted-vs-reference card shows once the
 * evaluation ran, follows the test-function chooser and exports the chosen function; the gradient-quality card shows
 * for weight perturbation and only then. A classification session hides both (see LiveViewRegistryTest).
 */
@ExtendWith(ApplicationExtension.class)
class PredictionSessionTest {
    private MainWindow window;
    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new MainViewModel());
        window.attach(stage, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        stage.show();
    }

    @Test
    void aPoissonSessionShowsTestFunctionsPredictedAgainstReference() throws Exception {
        TensorRuntime.ensureConfigured();
        Project p = new ProjectFiles().load(Path.of("sample-projects/poisson1d-bptt.json"));
        p = p.withTraining(p.training().withEpochs(1));
        TrainTestSplit data = ScientificRegression.poisson1d();
        LiveDashboard dash = window.dashboard();
        try (TrainingSession s = new TrainingSession(p, data.train().limit(320), data.test().limit(51 * 8),
                SessionOptions.defaults())) {
            SessionLiveSource source = new SessionLiveSource(s, null);
            fxRun(() -> dash.bind(source));
            assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.PREDICTIONS)), "a regression run offers its predictions");
            assertTrue(fx(() -> window.liveViews().isHidden(LiveViewSlot.GRADIENT_QUALITY)), "BPTT estimates no gradient");
            fxRun(() -> window.liveViews().select(LiveViewSlot.PREDICTIONS));
            s.start();
            assertTrue(s.awaitTermination(Duration.ofSeconds(120)));
            assertEquals(SessionState.FINISHED, s.state());
            PredictionView view = dash.view(PredictionView.class);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> view.data() != null));
            PredictionData d = fx(view::data);
            assertEquals(8, d.functions());
            assertEquals(1, d.epoch());
            TestPredictions tp = s.telemetry().predictions();
            assertEquals(tp.value(51 * 3 + 7, 0), d.function(3).prediction()[7], "the card shows the session's predictions");

            PredictionCard card = dash.card(PredictionCard.class);
            assertTrue(fx(() -> card.chooser().isVisible()), "eight functions to choose from");
            fxRun(() -> card.chooser().getValueFactory().setValue(5));
            assertEquals(5, fx(view::function));
            fxRun(() -> card.chooser().getValueFactory().setValue(99));
            assertEquals(7, fx(view::function), "the chooser stops at the last function");
            fxRun(() -> card.chooser().getValueFactory().setValue(5));
            StringWriter csv = new StringWriter();
            fxRun(() -> {
                try {
                    view.writeCsv(csv);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String[] lines = csv.toString().split("\n");
            assertEquals("function,x,reference,prediction,abs_error", lines[0]);
            assertEquals(52, lines.length);
            float[] y = new float[1];
            data.test().copyTarget(51 * 5 + 50, y, 0);
            assertEquals(y[0], Float.parseFloat(lines[51].split(",")[2]), "last point of function 5: x = 1");
            Path png = tmp.resolve("predictions.png");
            fxRun(() -> {
                try {
                    view.exportPng(png);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(Files.size(png) > 1000);
            fxRun(() -> dash.unbind());
        }
    }

    @Test
    void aWeightPerturbationSessionShowsItsAlignmentAsCosines() throws Exception {
        TensorRuntime.ensureConfigured();
        Project p = new ProjectFiles().load(Path.of("sample-projects/sine-bptt.json"));
        Component wp = Component.of(ComponentCatalog.standard().require(ComponentFamily.ALGORITHM, WeightPerturbation.ID),
                "directions", 2, "alignmentEvery", 1);
        p = p.withAlgorithm(wp).withTraining(p.training().withEpochs(1));
        TrainTestSplit data = ScientificRegression.sine1d();
        LiveDashboard dash = window.dashboard();
        try (TrainingSession s = new TrainingSession(p, data.train().limit(4 * p.training().batchSize()), data.test(),
                SessionOptions.defaults())) {
            fxRun(() -> dash.bind(new SessionLiveSource(s, null)));
            assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.GRADIENT_QUALITY)));
            assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.PREDICTIONS)), "sine's grid is one test function");
            fxRun(() -> window.liveViews().select(LiveViewSlot.GRADIENT_QUALITY));
            s.start();
            assertTrue(s.awaitTermination(Duration.ofSeconds(120)));
            GradientQualityView view = dash.view(GradientQualityView.class);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> view.data() != null && view.data().measurements() == 4));
            GradientQualityData d = fx(view::data);
            double angle = s.telemetry().evaluations().get(0).extras().get("grad_angle_deg");
            assertEquals(Math.cos(Math.toRadians(angle)), d.lastCosine(), 1e-12);
            assertEquals(1, d.every());
            assertFalse(fx(() -> dash.card(PredictionCard.class).chooser().isVisible()), "nothing to choose with one function");
            fxRun(() -> dash.unbind());
        }
    }
}
