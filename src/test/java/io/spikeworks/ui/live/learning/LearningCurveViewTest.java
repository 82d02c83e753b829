package io.spikeworks.ui.live.learning;

import io.spikeworks.ui.theme.ThemeColours;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.spikeworks.ui.live.ViewFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
public class LearningCurveViewTest {
    public static LearningData curves(int batches) {
        double[] x = new double[batches];
        double[] loss = new double[batches];
        double[] acc = new double[batches];
        double[] sps = new double[batches];
        for (int i = 0; i < batches; i++) {
            x[i] = (i + 1) * 32.0;
            loss[i] = 2.3 * Math.exp(-i / (batches / 4.0)) + 0.1;
            acc[i] = 1 - loss[i] / 2.5;
            sps[i] = 900 + (i % 7) * 10;
        }
        return new LearningData(batches, x, loss, acc, sps, new int[]{1, 2}, new double[]{x[batches / 2], x[batches - 1]},
                new double[]{0.9, 0.4}, new double[]{0.7, 0.88}, new double[]{0.8, 0.45}, new double[]{0.75, 0.86});
    }

    @Test
    void shortPanelsLabelFewerGridLinesSoLabelsDoNotOverprint() {
        double line = 13.2;
        assertEquals(4, LearningCurveView.tickIntervals(120, line));
        assertEquals(2, LearningCurveView.tickIntervals(60, line));
        assertEquals(1, LearningCurveView.tickIntervals(20, line));
        for (double h = 14; h < 200; h += 3) {
            int n = LearningCurveView.tickIntervals(h, line);
            assertTrue(h / n >= line, "labels " + h / n + " px apart in a " + h + " px panel");
        }
    }

    @Test
    void tenThousandBatchesDecimateToAtMostOnePairPerPixelColumn() throws Exception {
        LearningCurveView v = fx(() -> inScene(new LearningCurveView(), 500, 360));
        fxRun(() -> v.show(curves(10_000)));
        WritableImage img = snapshot(v);
        int cols = fx(v::lastColumns);
        assertTrue(cols > 100 && cols <= 500, "columns drawn: " + cols);
        // the loss curve shows: its colour appears in the loss panel
        boolean loss = false;
        for (int y = 10; y < 130 && !loss; y++)
            for (int x = 60; x < 480 && !loss; x++) loss = close(at(img, x, y), v.lossColour());
        assertTrue(loss);
        boolean test = false;
        for (int y = 0; y < 360 && !test; y++)
            for (int x = 60; x < 500 && !test; x++) test = close(at(img, x, y), v.testColour());
        assertTrue(test, "test accuracy drawn");
    }

    @Test
    void furtherTestReadOutsAreDrawnBesideTheTestAccuracyAndExported(@TempDir Path tmp) throws Exception {
        LearningData base = curves(2000);
        LearningData d = new LearningData(9, base.batchSamples(), base.batchLoss(), base.batchAccuracy(),
                base.batchSamplesPerSecond(), base.epoch(), base.epochSamples(), base.trainLoss(), base.trainAccuracy(),
                base.testLoss(), base.testAccuracy(), LearningData.ACCURACY, true,
                List.of(new LearningData.TestSeries("test_membrane_accuracy", new double[]{0.92, 0.97}),
                        new LearningData.TestSeries("test_exact_accuracy", new double[]{Double.NaN, 0.5})));
        assertEquals("membrane", d.otherTests().get(0).label());
        assertEquals("held out", new LearningData.TestSeries("validation_accuracy", new double[0]).label());
        for (String c : List.of("test_membrane_accuracy", "test_exact_accuracy", "validation_accuracy"))
            assertTrue(io.spikeworks.learn.TrainingRun.drawnBesideTestAccuracy(c), c);
        for (String c : List.of("test_accuracy", "train_accuracy", "validation_loss", "test_rel_l2"))
            assertFalse(io.spikeworks.learn.TrainingRun.drawnBesideTestAccuracy(c), c);
        LearningCurveView v = fx(() -> inScene(new LearningCurveView(), 500, 360));
        fxRun(() -> v.show(d));
        WritableImage img = snapshot(v);
        // inside the accuracy panel (below its legend strip), where only curves are drawn
        int top = (int) (LearningCurveView.TOP + 2 * LearningCurveView.HEAD + LearningCurveView.GAP + 100 + 2);
        for (int i = 0; i < 2; i++) {
            int series = i;
            Color want = fx(() -> v.otherTestColour(series));
            boolean seen = false;
            for (int y = top; y < top + 98 && !seen; y++)
                for (int x = 60; x < 500 && !seen; x++) seen = close(at(img, x, y), want);
            assertTrue(seen, "read-out " + i + " drawn in its colour");
        }
        Path csv = tmp.resolve("curves.csv");
        v.exportCsv(csv);
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertEquals("kind,epoch,samples_seen,train_loss,train_accuracy,test_loss,test_accuracy,samples_per_s,"
                + "test_membrane_accuracy,test_exact_accuracy", lines.get(0));
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("epoch,2,") && last.endsWith(",0.97,0.5"), last);
        assertTrue(lines.get(1).split(",", -1).length == 10, "batch rows keep the columns: " + lines.get(1));
    }

    @Test
    void theCheckpointTheHeldOutSamplesChoseIsMarkedAndNamed() throws Exception {
        LearningData base = curves(2000);
        LearningData d = new LearningData(9, base.batchSamples(), base.batchLoss(), base.batchAccuracy(),
                base.batchSamplesPerSecond(), base.epoch(), base.epochSamples(), base.trainLoss(), base.trainAccuracy(),
                base.testLoss(), base.testAccuracy(), LearningData.ACCURACY, true,
                List.of(new LearningData.TestSeries("test_membrane_accuracy", new double[]{0.99, 0.2}),
                        new LearningData.TestSeries("validation_accuracy", new double[]{0.93, 0.93})));
        assertEquals(0, d.chosenByHeldOut(), "the earliest among equals, as the run files choose");
        assertEquals(1, new LearningData(9, base.batchSamples(), base.batchLoss(), base.batchAccuracy(),
                base.batchSamplesPerSecond(), base.epoch(), base.epochSamples(), base.trainLoss(), base.trainAccuracy(),
                base.testLoss(), base.testAccuracy(), LearningData.ACCURACY, true,
                List.of(new LearningData.TestSeries("validation_accuracy", new double[]{0.91, 0.92}))).chosenByHeldOut());
        assertEquals(-1, base.chosenByHeldOut(), "no held-out samples, no choice");
        LearningCurveView v = fx(() -> inScene(new LearningCurveView(), 900, 360));
        fxRun(() -> v.show(d));
        WritableImage img = snapshot(v);
        // the guide at the chosen epoch (epoch 1, at half the x range), in the held-out curve's colour
        Color want = fx(() -> v.otherTestColour(1));
        int top = (int) (LearningCurveView.TOP + 2 * LearningCurveView.HEAD + LearningCurveView.GAP + 100 + 2);
        boolean guide = false;
        for (int x = 60; x < 900 && !guide; x++) {
            int hits = 0;
            for (int y = top; y < top + 90; y++) if (close(at(img, x, y), want)) hits++;
            guide = hits >= 20; // a dashed vertical line: many rows of one column
        }
        assertTrue(guide, "a vertical guide at the chosen epoch");
    }

    @Test
    void anOutlierBatchStaysVisible() throws Exception {
        LearningData base = curves(5000);
        double[] loss = base.batchLoss().clone();
        loss[2500] = 9.0; // one diverging batch among thousands
        LearningData d = new LearningData(7, base.batchSamples(), loss, base.batchAccuracy(), base.batchSamplesPerSecond(),
                new int[0], new double[0], new double[0], new double[0], new double[0], new double[0]);
        LearningCurveView v = fx(() -> inScene(new LearningCurveView(), 500, 360));
        fxRun(() -> v.show(d));
        WritableImage img = snapshot(v);
        // the top of the loss panel (where only the outlier reaches) holds the loss colour
        boolean top = false;
        double plotTop = LearningCurveView.TOP + LearningCurveView.HEAD;
        for (int y = (int) plotTop; y < plotTop + 8 && !top; y++)
            for (int x = 200; x < 360 && !top; x++) top = close(at(img, x, y), v.lossColour());
        assertTrue(top, "the spike in the loss is drawn");
        // the strip above the panel holds its title and legend, never the curve
        for (int y = (int) LearningCurveView.TOP; y < plotTop - 2; y++)
            for (int x = (int) LearningCurveView.LEFT + 50; x < 200; x++)
                assertFalse(close(at(img, x, y), v.lossColour()), "curve in the legend strip at " + x + "," + y);
    }

    @Test
    void exportsBatchesAndEpochs(@TempDir Path dir) throws Exception {
        LearningCurveView v = fx(() -> inScene(new LearningCurveView(), 400, 300));
        fxRun(() -> v.show(curves(4)));
        Path csv = dir.resolve("c.csv");
        v.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("kind,epoch,samples_seen,train_loss,train_accuracy,test_loss,test_accuracy,samples_per_s", lines.get(0));
        assertEquals(1 + 4 + 2, lines.size());
        assertTrue(lines.get(1).startsWith("batch,,32,2.4,"), lines.get(1));
        assertEquals("epoch,2,128,0.4,0.88,0.45,0.86,", lines.get(6));
    }

    @Test
    void gridLabelsTitlesAndTheXAxisAreRedrawnOnlyWhenARangeMovesOn() throws Exception {
        LearningCurveView v = fx(() -> inScene(new LearningCurveView(), 500, 360));
        fxRun(() -> v.show(curves(1000))); // 32,000 samples: the x axis runs to 40,000
        snapshot(v);
        long chrome = fx(v::chromeRedrawCount);
        long frames = fx(v::redrawCount);
        fxRun(() -> v.show(curves(1010)));
        assertEquals(frames + 1, fx(v::redrawCount), "the curves follow every batch");
        assertEquals(chrome, fx(v::chromeRedrawCount), "same ranges: labels kept");
        fxRun(() -> v.show(curves(1300))); // 41,600 samples: past the axis' end
        assertEquals(chrome + 1, fx(v::chromeRedrawCount), "the x axis moved on");
        // the loss panel's title is on screen (chrome over the data)
        WritableImage img = snapshot(v);
        boolean title = false;
        for (int y = (int) LearningCurveView.TOP; y < LearningCurveView.TOP + 16 && !title; y++)
            for (int x = (int) LearningCurveView.LEFT + 4; x < LearningCurveView.LEFT + 40 && !title; x++)
                title = close(at(img, x, y), ThemeColours.theme().fg);
        assertTrue(title, "\"Loss\" drawn");
    }

    @Test
    void aSeriesTopIsItsSettledHighUnlessOutliersAreWanted() {
        int n = 1000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = i < 20 ? 100 - i : 0.5 + (i % 10) * 0.01; // twenty early batches far above the settled 0.5–0.59
        }
        assertEquals(100, new BatchColumns(x, y, n, 400).top(false), 1e-12);
        double settled = new BatchColumns(x, y, n, 400).top(true);
        assertTrue(settled >= 0.59 - 1e-12 && settled < 1, "settled top " + settled);
        // the spike is a few per cent of the x axis whatever the number of columns; a series too short to tell keeps its max
        assertTrue(new BatchColumns(x, y, n, 50).top(true) < 1);
        assertEquals(100, new BatchColumns(x, y, n, BatchColumns.MIN_COLUMNS_FOR_OUTLIERS - 1).top(true), 1e-12);
        // NaN and ∞ batches (a diverged run) are skipped, not chosen
        y[500] = Double.NaN;
        y[501] = Double.POSITIVE_INFINITY;
        assertEquals(settled, new BatchColumns(x, y, n, 400).top(true), 1e-12);
    }

    @Test
    void theFirstBatchesNoLongerSquashTheLossPanelAndTheToggleBringsThemBack() throws Exception {
        LearningData base = curves(2000);
        double[] loss = base.batchLoss().clone();
        for (int i = 0; i < 40; i++) loss[i] = 50; // a loss 20 times the rest's highest
        LearningData d = new LearningData(5, base.batchSamples(), loss, base.batchAccuracy(), base.batchSamplesPerSecond(),
                base.epoch(), base.epochSamples(), base.trainLoss(), base.trainAccuracy(), base.testLoss(),
                base.testAccuracy());
        LearningCurveView v = fx(() -> inScene(new LearningCurveView(), 500, 360));
        fxRun(() -> v.show(d));
        snapshot(v);
        assertTrue(fx(v::lastLossTop) < 3, "top " + fx(v::lastLossTop));
        fxRun(() -> v.setIgnoreOutliers(false));
        snapshot(v);
        assertTrue(fx(v::lastLossTop) >= 50, "top " + fx(v::lastLossTop));

        // the card's header toggle drives its view, on by default
        LearningCurvesCard card = fx(() -> new LearningCurvesCard(new io.spikeworks.ui.live.LiveCardContext(s -> {},
                () -> null, c -> java.util.Optional.empty())));
        assertTrue(fx(() -> card.ignoreOutliersToggle().isSelected() && card.view().ignoresOutliers()));
        fxRun(() -> card.ignoreOutliersToggle().fire());
        assertFalse(fx(() -> card.view().ignoresOutliers()));
        assertTrue(fx(() -> card.headerTools().contains(card.ignoreOutliersToggle())));
    }

    @Test
    void lossGridValuesAreDistinctForSmallLosses() {
        // an nBP run's loss stays under 0.03: its four grid steps printed 0.03, 0.02, 0.02, 0.01, 0.00
        for (double top : new double[]{0.031, 0.0123, 0.52, 1.2, 250}) {
            String fmt = LearningCurveView.lossFormat(top, 4);
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (int i = 0; i <= 4; i++) shown.add(String.format(java.util.Locale.ROOT, fmt, top * i / 4));
            assertEquals(5, shown.size(), top + " with " + fmt + ": " + shown);
        }
        assertEquals("%.2f", LearningCurveView.lossFormat(0.52, 4)); // larger losses keep their two decimals
        assertEquals("%.2f", LearningCurveView.lossFormat(1.2, 2));
    }

    @Test
    void rangesRoundUpToTwoSignificantDigits() {
        assertEquals(2.5, LearningCurveView.roundUp(2.43), 1e-12);
        assertEquals(18_000, LearningCurveView.roundUp(17_849), 1e-9);
        assertEquals(0.013, LearningCurveView.roundUp(0.0123), 1e-12);
        assertEquals(1.2, LearningCurveView.roundUp(1.2), 1e-12);
        assertEquals(1, LearningCurveView.roundUp(0));
    }
}
