package io.spikeworks.ui.live.circuit;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.model.DatasetSpec;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectFiles;
import io.spikeworks.session.SessionOptions;
import io.spikeworks.session.SessionState;
import io.spikeworks.session.TrainingSession;
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
 * The gated-circuit card bound to a real nBP session (the sample project on 1,000 binary MNIST digits, one epoch):
 * it is shown (the symmetry cards are not), the session's rule records its first sample and one more each time the
 * card asks, and the card shows the twelve phases, the gate chain and exact mirrored copies.
 */
@ExtendWith(ApplicationExtension.class)
class GatedCircuitSessionTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(new MainViewModel());
        window.attach(stage, MainWindow.DEFAULT_WIDTH, MainWindow.DEFAULT_HEIGHT);
        stage.show();
    }

    @Test
    void anNbpRunShowsItsGatedCircuitWithExactCopies(@TempDir Path tmp) throws Exception {
        Project p = new ProjectFiles().load(Path.of("sample-projects/mnist-nbp-loihi.json"));
        p = p.withDataset(new DatasetSpec("mnist20-binary", null, 1000, 200)).withTraining(p.training().withEpochs(1));
        TrainTestSplit data = TrainingData.load(p.dataset(), Path.of("assets"), null, null);
        LiveDashboard dash = window.dashboard();
        try (TrainingSession s = new TrainingSession(p, data.train(), data.test(), SessionOptions.defaults())) {
            SessionLiveSource source = new SessionLiveSource(s, data.trainImages());
            fxRun(() -> {
                dash.bind(source);
                window.liveViews().select(LiveViewSlot.GATED_CIRCUIT);
            });
            assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.GATED_CIRCUIT)), "nBP records its circuit");
            for (LiveViewSlot slot : List.of(LiveViewSlot.WEIGHT_ASYMMETRY, LiveViewSlot.ASYMMETRY_CURVES, LiveViewSlot.TRANSPORT_COST))
                assertTrue(fx(() -> window.liveViews().isHidden(slot)), slot + ": nBP has no drifting feedback weights");
            for (LiveViewSlot slot : List.of(LiveViewSlot.SPIKE_RASTER, LiveViewSlot.MEMBRANE_TRACES))
                assertTrue(fx(() -> window.liveViews().isHidden(slot)), slot + ": nBP never runs the network; the circuit card shows its activity");
            for (LiveViewSlot slot : List.of(LiveViewSlot.OUTPUT, LiveViewSlot.WEIGHTS, LiveViewSlot.LEARNING_CURVES))
                assertFalse(fx(() -> window.liveViews().isHidden(slot)), slot.id());
            assertNull(fx(() -> dash.view(GatedCircuitView.class).data()), "nothing before training");

            assertTrue(s.start());
            assertTrue(s.awaitState(Duration.ofSeconds(120), SessionState.FINISHED), "trained 10 batches");
            // the first batch's recording at least; asking for one more is answered by no one after the run
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> {
                dash.refreshNow();
                return dash.view(GatedCircuitView.class).data() != null;
            }));
            CircuitData d = fx(() -> dash.view(GatedCircuitView.class).data());
            assertEquals(12, d.steps());
            // the learning curves carry the membrane and exact-match read-outs beside the spike accuracy
            var curves = fx(source::learning);
            var row = s.telemetry().evaluations().get(0);
            assertEquals(List.of("test_membrane_accuracy", "test_exact_accuracy"),
                    curves.otherTests().stream().map(t -> t.column()).toList());
            assertEquals(row.extras().get("test_membrane_accuracy"), curves.otherTests().get(0).values()[0]);
            assertEquals(row.extras().get("test_exact_accuracy"), curves.otherTests().get(1).values()[0]);
            assertEquals(row.testAccuracy(), curves.testAccuracy()[0], "the headline stays the spike read-out");
            assertEquals("0 clear outputs", d.phases().get(0));
            assertEquals("11 W1 depression", d.phases().get(11));
            for (int k = 0; k < 12; k++) assertEquals(List.of(Math.floorMod(k - 1, 12)), d.gateSteps(k), "gate " + k);
            assertTrue(d.exact(), "copies and engine agree: " + d.checkLines());
            assertTrue(d.checks() >= 1);
            assertEquals(0, d.worstEver());
            assertTrue(d.samplesTrained() < 1000 && d.samplesTrained() % 100 == 0, "a batch's first sample: " + d.samplesTrained());

            // the output card shows the batch's first sample and the rule's spike read-out, though nBP never runs the
            // network (so there are no layer rasters): before, it showed the confusion matrix beside a blank space
            var a = fx(source::activity);
            assertNotNull(a, "a sample for the output card");
            assertTrue(a.layers().isEmpty(), "no network rasters from nBP");
            assertTrue(a.sampleIndex() >= 0 && a.sampleIndex() < 1000, "a training sample: " + a.sampleIndex());
            assertEquals(data.train().label(a.sampleIndex()), a.label());
            assertEquals(10, a.outputs().length);
            int firstSpike = 0;
            for (int k = a.outputs().length - 1; k >= 0; k--) {
                assertTrue(a.outputs()[k] == 0 || a.outputs()[k] == 1, "binary output spikes");
                if (a.outputs()[k] == 1) firstSpike = k;
            }
            assertEquals(firstSpike, a.predicted(), "the spike read-out: the first unit that spiked, else class 0");
            assertNotNull(a.image(), "the binary 20×20 digit");
            assertEquals(20, a.image().width());
            assertEquals(20, a.image().height());

            // drawn: a band per population across the raster, inside the view
            WaitForAsyncUtils.waitForFxEvents();
            double[][] boxes = fx(() -> dash.view(GatedCircuitView.class).bandBoxes());
            assertEquals(d.bands().size(), boxes.length);
            double width = fx(() -> dash.view(GatedCircuitView.class).getWidth());
            for (int i = 1; i < boxes.length; i++) assertTrue(boxes[i][0] >= boxes[i - 1][0] + boxes[i - 1][1], "bands side by side");
            assertTrue(boxes[boxes.length - 1][0] + boxes[boxes.length - 1][1] <= width, "inside the view");

            // hovering names what is under the pointer: gate g01 fires at step 0 (v = the chain weight 9280); boxes,
            // row and description in one FX call, so a layout pass between them (a scroll bar coming) cannot move them
            assertEquals("g01 · step 0 clear outputs · spiked · v = 9280", fx(() -> {
                GatedCircuitView v = dash.view(GatedCircuitView.class);
                double[][] now = v.bandBoxes();
                return v.describe(now[0][0] + 1.5 * now[0][1] / 12, v.rowCentre(0));
            }));
            assertNull(fx(() -> dash.view(GatedCircuitView.class).describe(2, 2)), "nothing above the rows");

            // CSV: a row per neuron per step
            Path csv = tmp.resolve("gated-circuit.csv");
            fx(() -> dash.view(GatedCircuitView.class)).exportCsv(csv);
            List<String> lines = Files.readAllLines(csv);
            int neurons = d.bands().stream().mapToInt(CircuitData.Band::size).sum();
            assertEquals(1 + 12 * neurons, lines.size());
            assertEquals("step,phase,population,neuron,spike,membrane", lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("0,0 clear outputs,g01,0,1,")), "g01 fires at step 0");
            assertTrue(lines.contains("1,1 input x,g01,0,0,0"), "and is silent (v = 0) at step 1");
            screenshot(tmp);
            fxRun(dash::unbind);
        }
    }

    /** With -Dspikeworks.screenshots=DIR, the window with the circuit card, for a look. */
    private void screenshot(Path tmp) throws Exception {
        String dir = System.getProperty("spikeworks.screenshots");
        if (dir == null || dir.isBlank()) return;
        fxRun(() -> {
            try {
                io.spikeworks.ui.frame.SnapshotWriter.writeScene(window.getRoot().getScene(), Path.of(dir).resolve("nbp-circuit-test.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
