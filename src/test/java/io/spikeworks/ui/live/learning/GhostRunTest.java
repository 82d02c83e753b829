package io.spikeworks.ui.live.learning;

import io.spikeworks.ui.live.LiveCardContext;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.spikeworks.ui.live.ViewFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** A finished run pinned as a dashed ghost behind the live learning curves, on the same axes. */
@ExtendWith(ApplicationExtension.class)
class GhostRunTest {
    @TempDir
    Path dir;

    private static boolean ghostInLossPanel(LearningCurveView v, WritableImage img, double h) {
        double lossH = (h - LearningCurveView.TOP - LearningCurveView.BOTTOM - 2 * LearningCurveView.GAP
                - 3 * LearningCurveView.HEAD) * 0.4;
        int top = (int) (LearningCurveView.TOP + LearningCurveView.HEAD) + 1;
        for (int y = top; y < top + lossH - 2; y++)
            for (int x = (int) LearningCurveView.LEFT + 4; x < img.getWidth() - LearningCurveView.RIGHT - 4; x++)
                if (close(at(img, x, y), v.ghostColour())) return true;
        return false;
    }

    @Test
    void aPinnedRunIsDrawnDashedAndWidensTheAxes() throws Exception {
        LearningCurveView v = fx(() -> inScene(new LearningCurveView(), 500, 360));
        fxRun(() -> v.show(LearningCurveViewTest.curves(200)));
        assertFalse(ghostInLossPanel(v, snapshot(v), 360));
        // a ghost that ran twice as long with a higher loss: both axes must take it in
        GhostRun g = new GhostRun("run 1", new double[]{3200, 6400, 12800}, new double[]{4.0, 3.0, 2.0},
                new double[]{0.5, 0.6, 0.7});
        fxRun(() -> v.setGhost(g));
        assertTrue(ghostInLossPanel(v, snapshot(v), 360), "the ghost's test loss is drawn in the loss panel");
        fxRun(() -> v.setGhost(null));
        assertFalse(ghostInLossPanel(v, snapshot(v), 360), "cleared");
    }

    @Test
    void readsAFinishedRunsMetricsAndSaysWhatIsWrong() throws Exception {
        Path run = Files.createDirectories(dir.resolve("mnist-20261206"));
        Files.writeString(run.resolve("metrics.csv"), """
                epoch,samples_seen,train_loss,train_accuracy,test_loss,test_accuracy,samples_per_s,learning_rate,iteration
                1,60000,0.5,0.85,0.45,0.87,1000,0.001,469
                2,120000,0.3,0.91,0.31,0.9,1000,0.001,938
                """);
        GhostRun g = GhostRun.read(run);
        assertEquals("mnist-20261206", g.label());
        assertArrayEquals(new double[]{60000, 120000}, g.samples());
        assertArrayEquals(new double[]{0.45, 0.31}, g.testLoss());
        assertArrayEquals(new double[]{0.87, 0.9}, g.testScore());

        Files.writeString(run.resolve("metrics.csv"), "epoch,samples_seen,test_accuracy\n1,10,0.5\n");
        IOException e = assertThrows(IOException.class, () -> GhostRun.read(run));
        assertTrue(e.getMessage().endsWith("metrics.csv line 1: the header has no test_loss column"), e.getMessage());
        Files.writeString(run.resolve("metrics.csv"), "samples_seen,test_loss,test_accuracy\n10,x,0.5\n");
        e = assertThrows(IOException.class, () -> GhostRun.read(run));
        assertTrue(e.getMessage().endsWith("metrics.csv line 2, column 4 (test_loss): 'x' is not a number"), e.getMessage());
        Files.writeString(run.resolve("metrics.csv"), "samples_seen,test_loss,test_accuracy\n10,0.5,0.5\n\n20,0.4\n");
        e = assertThrows(IOException.class, () -> GhostRun.read(run));
        assertTrue(e.getMessage().endsWith("metrics.csv line 4: 2 fields, the header has 3"), e.getMessage());
        Files.writeString(run.resolve("metrics.csv"), "samples_seen,test_loss,test_accuracy\n-5,0.5,0.5\n");
        e = assertThrows(IOException.class, () -> GhostRun.read(run));
        assertTrue(e.getMessage().endsWith("line 2, column 1 (samples_seen): -5 is not a count of samples"), e.getMessage());
        Files.writeString(run.resolve("metrics.csv"), "samples_seen,test_loss,test_accuracy\n");
        e = assertThrows(IOException.class, () -> GhostRun.read(run));
        assertTrue(e.getMessage().endsWith("has no evaluations yet (only its header): nothing to draw"), e.getMessage());
        Files.write(run.resolve("metrics.csv"), new byte[]{(byte) 0xff, (byte) 0xfe, 'a'});
        e = assertThrows(IOException.class, () -> GhostRun.read(run));
        assertTrue(e.getMessage().endsWith("not UTF-8 text, so not a metrics.csv Spikeworks wrote"), e.getMessage());
        assertThrows(IOException.class, () -> GhostRun.read(dir));
    }

    @Test
    void theCardPinsTheCurvesShownAndKeepsThemForTheNextRun() throws Exception {
        List<String> status = new ArrayList<>();
        LearningCurvesCard card = fx(() -> new LearningCurvesCard(new LiveCardContext(status::add, () -> null, c -> Optional.empty())));
        assertFalse(fx(card::pin), "nothing evaluated yet");
        assertTrue(status.get(0).startsWith("Nothing to pin yet"));
        fxRun(() -> card.view().show(LearningCurveViewTest.curves(100)));
        assertTrue(fx(card::pin));
        GhostRun g = card.view().ghost();
        assertEquals("run 1", g.label());
        assertArrayEquals(LearningCurveViewTest.curves(100).testLoss(), g.testLoss());
        fxRun(() -> card.bound(null));
        assertSame(g, card.view().ghost(), "a new run keeps the ghost to compare with");
        fxRun(card::clearGhost);
        assertNull(card.view().ghost());
    }

    /** A run that has only a project: enough for the card, which reads curves from its view. */
    private static io.spikeworks.ui.live.LiveSource projectOnly(String json) {
        return new io.spikeworks.ui.live.LiveSource() {
            @Override public long version() { return 0; }
            @Override public io.spikeworks.ui.live.activity.ActivitySnapshot activity() { return null; }
            @Override public LearningData learning() { return null; }
            @Override public io.spikeworks.ui.live.cost.CostData costs() { return null; }
            @Override public WeightData weights() { return null; }
            @Override public io.spikeworks.ui.live.activity.ConfusionData confusion() { return null; }
            @Override public String projectJson() { return json; }
        };
    }

    @Test
    void pinTakesTheBoundRunsCurvesEvenWhenTheCardWasNotDrawn() throws Exception {
        // off screen (another tab, a view shown alone) the card draws nothing, but the run has its evaluations
        io.spikeworks.ui.live.LiveSource run = new io.spikeworks.ui.live.LiveSource() {
            @Override public long version() { return 1; }
            @Override public io.spikeworks.ui.live.activity.ActivitySnapshot activity() { return null; }
            @Override public LearningData learning() { return LearningCurveViewTest.curves(100); }
            @Override public io.spikeworks.ui.live.cost.CostData costs() { return null; }
            @Override public WeightData weights() { return null; }
            @Override public io.spikeworks.ui.live.activity.ConfusionData confusion() { return null; }
            @Override public String projectJson() { return null; }
        };
        LearningCurvesCard card = fx(() -> new LearningCurvesCard(new LiveCardContext(s -> {}, () -> run, c -> Optional.empty())));
        assertEquals(0, card.view().data().evaluations(), "nothing drawn");
        assertTrue(fx(card::pin));
        assertArrayEquals(LearningCurveViewTest.curves(100).testLoss(), card.view().ghost().testLoss());
    }

    @Test
    void loadRunTakesARunFolderAsTheGhostAndABadFileChangesNothing(@TempDir Path dir) throws Exception {
        String sample = Files.readString(Path.of("sample-projects/antiderivative-bptt.json"));
        String faster = sample.replace("\"learningRate\": 0.002", "\"learningRate\": 0.004");
        Path good = Files.createDirectories(dir.resolve("antiderivative-20261207"));
        Files.writeString(good.resolve("metrics.csv"), "epoch,samples_seen,test_loss,test_accuracy\n1,100,0.5,0.6\n2,200,0.4,0.7\n");
        Files.writeString(good.resolve("project.json"), sample);
        Path bad = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(bad.resolve("metrics.csv"), "epoch,samples_seen,test_loss,test_accuracy\n1,100,0.5,0.6\n2,200,lots,0.7\n");

        List<String> status = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        io.spikeworks.ui.live.LiveSource live = projectOnly(faster);
        LearningCurvesCard card = fx(() -> new LearningCurvesCard(new LiveCardContext(status::add, () -> live, c -> Optional.empty())));
        Path[] chosen = {good};
        fxRun(() -> {
            card.setErrorDialog((title, message) -> errors.add(message));
            card.setRunFolderChooser(() -> chosen[0]);
        });
        javafx.scene.control.MenuItem load = card.ghostMenu().getItems().stream()
                .filter(n -> "loadGhostItem".equals(n.getId())).findFirst().orElseThrow();
        fxRun(load::fire);
        GhostRun g = card.view().ghost();
        assertArrayEquals(new double[]{100, 200}, g.samples());
        assertEquals("antiderivative-20261207 (lr 0.002 → 0.004)", g.label(), "named after its folder and what differs from the run bound now");
        assertTrue(errors.isEmpty(), errors.toString());

        chosen[0] = bad;
        fxRun(load::fire);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).endsWith("broken/metrics.csv line 3, column 7 (test_loss): 'lots' is not a number"), errors.get(0));
        assertSame(g, card.view().ghost(), "the ghost shown before stays");

        chosen[0] = null; // cancelled
        fxRun(load::fire);
        assertSame(g, card.view().ghost());
        assertEquals(1, errors.size());
    }

    @Test
    void theGhostsLegendNamesTheSettingThatDiffersFromTheNextRun() throws Exception {
        String sample = java.nio.file.Files.readString(Path.of("sample-projects/antiderivative-bptt.json"));
        String faster = sample.replace("\"learningRate\": 0.002", "\"learningRate\": 0.004");
        assertNotEquals(sample, faster, "the sample's learning rate is where the test expects it");
        io.spikeworks.ui.live.LiveSource[] bound = {projectOnly(sample)};
        List<String> status = new ArrayList<>();
        LearningCurvesCard card = fx(() -> new LearningCurvesCard(new LiveCardContext(status::add, () -> bound[0], c -> Optional.empty())));
        fxRun(() -> card.view().show(LearningCurveViewTest.curves(100)));
        assertTrue(fx(card::pin));
        assertEquals("run 1", card.view().ghost().label(), "nothing to compare with yet");
        bound[0] = projectOnly(faster);
        fxRun(() -> card.bound(bound[0]));
        assertEquals("run 1 (lr 0.002 → 0.004)", card.view().ghost().label());
        assertEquals(1, card.ghostDifference().size());
        // the same project again: the legend says so rather than suggest a change
        fxRun(() -> card.bound(projectOnly(sample)));
        assertEquals("run 1 (same settings)", card.view().ghost().label());
        // a run whose source knows no project leaves the label as it was
        fxRun(() -> card.bound(projectOnly(null)));
        assertEquals("run 1 (same settings)", card.view().ghost().label());
        assertTrue(status.stream().noneMatch(s -> s.startsWith("Could not")), status.toString());
    }
}
