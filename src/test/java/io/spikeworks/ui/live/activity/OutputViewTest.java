package io.spikeworks.ui.live.activity;

import io.spikeworks.learn.score.ConfusionMatrix;
import io.spikeworks.ui.theme.DataPalette;
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
class OutputViewTest {
    @Test
    void confusionColumnNamesNeverOverlapAndStayUnderTheMatrix() {
        // Fashion-MNIST's names cut to three letters, about 6 px a letter: 10 of them overlapped side by side
        double[] widths = {19, 18, 18, 18, 18, 18, 18, 18, 18, 18};
        for (double cell = 6; cell <= 40; cell += 0.5) {
            double[][] boxes = OutputView.columnLabelBoxes(widths, 100, 300, cell, 13);
            for (int a = 0; a < boxes.length; a++) {
                assertTrue(boxes[a][0] >= 100 + a * cell - 1e-9 && boxes[a][0] + boxes[a][2] <= 100 + (a + 1) * cell + 1e-9,
                        "name " + a + " within its column at cell " + cell);
                assertTrue(boxes[a][3] <= 28, "fits the 28 px under the matrix");
                for (int b = a + 1; b < boxes.length; b++)
                    assertTrue(boxes[a][0] + boxes[a][2] <= boxes[b][0] + 1e-9, "names " + a + " and " + b + " overlap at cell " + cell);
            }
            if (cell >= 21) assertEquals(13, boxes[0][3], "wide columns (widest name + 2): side by side");
            else if (cell >= 13) assertEquals(19, boxes[0][3], "narrow columns: turned, reading downwards");
            else assertEquals(0, boxes.length, "narrower than a line: none");
        }
    }

    @Test
    void theMatrixCaptionGoesUnderTurnedColumnNames() throws Exception {
        // Fashion-MNIST's names, turned under a 540 × 215 card's matrix, ran into "233 samples · rows true, …"
        List<String> fashion = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
                "Sneaker", "Bag", "Ankle boot");
        float[] out = new float[10];
        out[7] = 17;
        ActivitySnapshot s = new ActivitySnapshot(1, 12, 1, 7, 42, 7, 7, fashion, out,
                new SampleImage(28, 28, 1, new float[28 * 28]), List.of(), List.of());
        ConfusionMatrix.Counter counter = new ConfusionMatrix.Counter(10);
        for (int i = 0; i < 10; i++) counter.add(i, i);
        for (boolean testSet : new boolean[]{false, true}) {
            OutputView v = fx(() -> inScene(new OutputView(), 540, 215));
            ConfusionEntry entry = testSet ? ConfusionEntry.testSet(1, 1, counter.matrix())
                    : ConfusionEntry.trainingSamples(1, counter.matrix());
            fxRun(() -> {
                v.show(s);
                v.showConfusion(entry);
            });
            snapshot(v);
            double[] at = fx(v::confusionCaptionAndNames);
            assertTrue(at[1] > 0, "names drawn");
            assertTrue(at[0] >= at[1], (testSet ? "test set" : "training") + ": caption at " + at[0]
                    + ", names reach " + at[1]);
            assertTrue(at[0] + 13 <= 215, "caption inside the card: " + at[0]);
        }
    }

    @Test
    void theHeadingAboveTheBarsShortensRatherThanRunIntoTheMatrixTitle() throws Exception {
        OutputView v = fx(() -> inScene(new OutputView(), 760, 300));
        String[] wide = fx(() -> v.heading("T-shirt/top", "T-shirt/top  ✓", 1000));
        assertEquals("True T-shirt/top · predicted ", wide[0]);
        String[] narrow = fx(() -> v.heading("T-shirt/top", "T-shirt/top  ✓", 150));
        assertEquals("T-shirt/top → ", narrow[0]);
        assertEquals("T-shirt/top  ✓", narrow[1]);
    }

    @Test
    void drawsImageBarsAndMatrixAndExportsThem(@TempDir Path dir) throws Exception {
        OutputView v = fx(() -> inScene(new OutputView(), 760, 300));
        ConfusionMatrix.Counter counter = new ConfusionMatrix.Counter(10);
        for (int i = 0; i < 10; i++) for (int k = 0; k <= i; k++) counter.add(i, i);
        counter.add(3, 5);
        ConfusionMatrix m = counter.matrix();
        ConfusionEntry entry = ConfusionEntry.testSet(1, m.accuracy(), m);
        fxRun(() -> {
            v.show(activity(1, List.of(), List.of()));
            v.showConfusion(entry);
        });
        WritableImage img = snapshot(v);
        double[] box = fx(v::imageBox);
        double cell = box[2] / 28;
        // the sample's stroke at column 14, rows 8..19 is drawn dark (foreground), the corner light
        assertTrue(close(at(img, box[0] + 14.5 * cell, box[1] + 12.5 * cell), ThemeColours.theme().fg), "ink of the digit");
        assertTrue(close(at(img, box[0] + 2 * cell, box[1] + 2 * cell), ThemeColours.theme().bg), "paper of the digit");
        boolean correctBar = false;
        for (int y = 0; y < 300 && !correctBar; y++)
            for (int x = (int) (box[0] + box[2]); x < 500 && !correctBar; x++) correctBar = close(at(img, x, y), v.correctColour());
        assertTrue(correctBar, "predicted = true: the winning bar is green");

        Path csv = dir.resolve("o.csv");
        v.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("section,class,true_class,predicted_class,value,matrix", lines.get(0));
        assertEquals("output,3,3,3,7,", lines.get(4));
        assertTrue(lines.contains("confusion,,3,5,1,\"test set, epoch 1, accuracy 98.2 %\""), lines.toString());
        assertTrue(lines.contains("confusion,,9,9,10,\"test set, epoch 1, accuracy 98.2 %\""));
        assertEquals(1 + 10 + 100, lines.size());

        // the matrix alone, as a table: a row per true class, a column per predicted class, then the row total
        assertEquals("confusion-test-epoch-1", fx(v::confusionExportName));
        Path table = dir.resolve("c.csv");
        fx(() -> {
            v.exportConfusionCsv(table);
            return null;
        });
        List<String> rows = Files.readAllLines(table);
        assertEquals(11, rows.size());
        assertEquals("true \\ predicted,0,1,2,3,4,5,6,7,8,9,total", rows.get(0));
        assertEquals("3,0,0,0,4,0,1,0,0,0,0,5", rows.get(4));
        assertEquals("9,0,0,0,0,0,0,0,0,0,10,10", rows.get(10));
    }

    @Test
    void classNamesAndTheMatrixLabelsAreRedrawnOnlyForAnotherMatrix() throws Exception {
        OutputView v = fx(() -> inScene(new OutputView(), 760, 300));
        ConfusionMatrix.Counter counter = new ConfusionMatrix.Counter(10);
        for (int i = 0; i < 10; i++) counter.add(i, i);
        ConfusionMatrix m = counter.matrix();
        fxRun(() -> {
            v.show(activity(1, List.of(), List.of()));
            v.showConfusion(ConfusionEntry.testSet(1, m.accuracy(), m));
        });
        snapshot(v);
        long chrome = fx(v::chromeRedrawCount);
        long frames = fx(v::redrawCount);
        for (int i = 2; i <= 5; i++) {
            long version = i;
            fxRun(() -> v.show(activity(version, List.of(), List.of())));
        }
        assertEquals(frames + 4, fx(v::redrawCount), "each sample redraws image and bars");
        assertEquals(chrome, fx(v::chromeRedrawCount), "names and matrix kept");
        // a test set's matrix is fixed until the next evaluation: its cells are chrome too, still shown
        assertFalse(close(at(snapshot(v), 545, 40), ThemeColours.theme().bg), "cell (0, 0) of the test set's matrix");
        counter.add(3, 5);
        ConfusionMatrix m2 = counter.matrix();
        fxRun(() -> v.showConfusion(ConfusionEntry.testSet(2, m2.accuracy(), m2)));
        assertEquals(chrome + 1, fx(v::chromeRedrawCount), "a new evaluation redraws the matrix");
        // the running count of training samples: new counts, same title and classes
        fxRun(() -> v.showConfusion(ConfusionEntry.trainingSamples(2, m)));
        long counting = fx(v::chromeRedrawCount);
        assertEquals(chrome + 2, counting, "another matrix, another title");
        WritableImage before = snapshot(v);
        ConfusionMatrix.Counter more = new ConfusionMatrix.Counter(10);
        more.add(0, 9);
        fxRun(() -> v.showConfusion(ConfusionEntry.trainingSamples(2, more.matrix())));
        assertEquals(counting, fx(v::chromeRedrawCount), "a count that changed leaves names and title as drawn");
        WritableImage img = snapshot(v);
        assertNotEquals(at(before, 545, 40), at(img, 545, 40), "but redraws the cells: (0, 0) emptied");
        // the matrix's cell (0, 0), at its top left (x from 534, y from 30 in a 760×300 view), is coloured: the
        // chrome survives the data layer's redraws
        double cmX = 760 - OutputView.PAD - 213.6; // right-aligned matrix, 0.3 of the width less padding
        assertFalse(close(at(img, cmX + 200, 40), ThemeColours.theme().bg), "cell (0, 9) drawn, got " + at(img, cmX + 200, 40));
    }

    @Test
    void colourBlindSafeColoursRedrawTheMatrixInViridis() throws Exception {
        OutputView v = fx(() -> inScene(new OutputView(), 760, 300));
        ConfusionMatrix.Counter counter = new ConfusionMatrix.Counter(10);
        for (int i = 0; i < 10; i++) counter.add(i, i);
        ConfusionMatrix m = counter.matrix();
        fxRun(() -> {
            v.show(activity(1, List.of(), List.of()));
            v.showConfusion(ConfusionEntry.testSet(1, m.accuracy(), m));
        });
        ThemeColours theme = ThemeColours.theme();
        assertTrue(close(at(snapshot(v), 545, 40), theme.data(DataPalette.STANDARD, 0)), "all right: the diagonal's own colour");
        long chrome = fx(v::chromeRedrawCount);
        try {
            fxRun(() -> DataPalette.setCurrent(DataPalette.COLOUR_BLIND_SAFE));
            WritableImage img = snapshot(v);
            assertTrue(fx(v::chromeRedrawCount) > chrome, "the choice redraws the fixed matrix at once");
            assertTrue(close(at(img, 545, 40), theme.viridis(1)), "a full row is viridis' top, got " + at(img, 545, 40));
            assertTrue(close(at(img, 545 + 21.36, 40), theme.viridis(0)), "an empty cell is viridis' bottom");
            assertEquals(Color.web("#009e73"), v.correctColour());
            assertEquals(Color.web("#d55e00"), v.wrongColour());
        } finally {
            fxRun(() -> DataPalette.setCurrent(DataPalette.STANDARD));
        }
    }
}
