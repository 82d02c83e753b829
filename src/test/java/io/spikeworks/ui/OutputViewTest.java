package io.spikeworks.ui;

import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.spikeworks.ui.ViewFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class OutputViewTest {
    @Test
    void confusionMatrixCounts() {
        ConfusionMatrix m = new ConfusionMatrix(3);
        int[][] pairs = {{0, 0}, {0, 0}, {0, 2}, {1, 1}, {2, 1}, {2, 2}, {2, 2}, {5, 1}};
        for (int[] p : pairs) m.add(p[0], p[1]);
        assertEquals(7, m.total(), "out-of-range class ignored");
        assertEquals(2, m.count(0, 0));
        assertEquals(1, m.count(0, 2));
        assertEquals(1, m.count(2, 1));
        assertEquals(3, m.rowTotal(2));
        assertEquals(5, m.correct());
        assertEquals(5 / 7.0, m.accuracy(), 1e-12);
        ConfusionMatrix c = m.copy().title("test, epoch 1");
        m.add(1, 1);
        assertEquals(1, c.count(1, 1), "a copy is independent");
        assertEquals("test, epoch 1", c.title());
    }

    @Test
    void drawsImageBarsAndMatrixAndExportsThem(@TempDir Path dir) throws Exception {
        OutputView v = fx(() -> inScene(new OutputView(), 760, 300));
        ConfusionMatrix m = new ConfusionMatrix(10).title("test set, epoch 1");
        for (int i = 0; i < 10; i++) for (int k = 0; k <= i; k++) m.add(i, i);
        m.add(3, 5);
        fxRun(() -> {
            v.show(activity(1, List.of(), List.of()));
            v.showConfusion(m);
        });
        WritableImage img = snapshot(v);
        double[] box = fx(v::imageBox);
        double cell = box[2] / 28;
        // the sample's stroke at column 14, rows 8..19 is drawn dark (foreground), the corner light
        assertTrue(close(at(img, box[0] + 14.5 * cell, box[1] + 12.5 * cell), Palette.theme().fg), "ink of the digit");
        assertTrue(close(at(img, box[0] + 2 * cell, box[1] + 2 * cell), Palette.theme().bg), "paper of the digit");
        boolean correctBar = false;
        for (int y = 0; y < 300 && !correctBar; y++)
            for (int x = (int) (box[0] + box[2]); x < 500 && !correctBar; x++) correctBar = close(at(img, x, y), v.correctColour());
        assertTrue(correctBar, "predicted = true: the winning bar is green");

        Path csv = dir.resolve("o.csv");
        v.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("section,class,true_class,predicted_class,value", lines.get(0));
        assertEquals("output,3,3,3,7", lines.get(4));
        assertTrue(lines.contains("confusion,,3,5,1"));
        assertTrue(lines.contains("confusion,,9,9,10"));
        assertEquals(1 + 10 + 100, lines.size());
    }
}
