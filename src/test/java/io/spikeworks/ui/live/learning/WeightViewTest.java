package io.spikeworks.ui.live.learning;

import javafx.scene.image.WritableImage;
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
class WeightViewTest {
    @Test
    void histogramBinsSymmetricAroundZero() {
        long[] h = WeightView.histogram(new float[]{-1f, -0.99f, 0f, 0.01f, 1f, Float.NaN}, 1);
        assertEquals(WeightView.BINS, h.length);
        assertEquals(2, h[0]);
        assertEquals(2, h[WeightView.BINS / 2]);
        assertEquals(1, h[WeightView.BINS - 1]);
        assertEquals(5, java.util.Arrays.stream(h).sum(), "NaN not counted");
    }

    @Test
    void chipIntegerWeightsAreBinnedOnTheirEightBitGrid() {
        assertTrue(WeightView.onEightBitGrid(new float[]{-254, 0, 2, 254, Float.NaN}));
        assertFalse(WeightView.onEightBitGrid(new float[]{-254, 0.5f}), "not an integer");
        assertFalse(WeightView.onEightBitGrid(new float[]{-254, 3}), "odd: not on the step-2 grid");
        assertFalse(WeightView.onEightBitGrid(new float[]{258}), "beyond 8 bits");
        assertFalse(WeightView.onEightBitGrid(new float[]{0, 0}), "all zero says nothing");
        long[] h = WeightView.gridHistogram(new float[]{-256, -254, -250, -248, -2, 0, 6, 8, 254});
        assertEquals(WeightView.GRID_BINS, h.length);
        assertEquals(3, h[0], "−256, −254, −250: bin [−256, −248)");
        assertEquals(1, h[1]);
        assertEquals(1, h[31], "−2 just below zero");
        assertEquals(2, h[32], "0 and 6: bin [0, 8)");
        assertEquals(1, h[33]);
        assertEquals(1, h[63], "254, the largest weight");

        // an nBP layer's weights reduce to the grid histogram; a float layer's to bins fitted to its largest weight
        float[] chip = new float[400 * 10];
        float[] floats = new float[400 * 10];
        for (int i = 0; i < chip.length; i++) {
            chip[i] = 2 * ((i * 37) % 255) - 254;
            floats[i] = chip[i] / 1024f;
        }
        var grid = WeightView.reduce(new WeightView.Key(1, "out.weight", 200, 100),
                new WeightData.Tensor("out.weight", new int[]{400, 10}, chip), 200, 100);
        assertTrue(grid.eightBitGrid());
        assertEquals(WeightView.GRID_BINS, grid.histogram().length);
        assertEquals(chip.length, java.util.Arrays.stream(grid.histogram()).sum());
        var plain = WeightView.reduce(new WeightView.Key(1, "out.weight", 200, 100),
                new WeightData.Tensor("out.weight", new int[]{400, 10}, floats), 200, 100);
        assertFalse(plain.eightBitGrid());
        assertEquals(WeightView.BINS, plain.histogram().length);
    }

    @Test
    void theHistogramsStatisticsStayWithinItsWidth() throws Exception {
        // a 784×256 layer in a card 540 wide (the Learning tab at 1280×720): mean, sd and the count ran off the card
        int rows = 784;
        int cols = 256;
        float[] w = new float[rows * cols];
        for (int i = 0; i < w.length; i++) w[i] = -0.0123f * ((i % 13) - 6);
        WeightData d = new WeightData(1, 5, List.of(new WeightData.Tensor("hidden1.weight", new int[]{rows, cols}, w)));
        WeightView v = fx(() -> inScene(new WeightView(), 540, 220));
        fxRun(() -> v.show(d));
        snapshot(v);
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> fx(v::upToDate));
        snapshot(v);
        List<String> lines = fx(v::statsLines);
        assertFalse(lines.isEmpty());
        assertTrue(String.join(" · ", lines).contains(rows * cols + " values"), "nothing dropped: " + lines);
        double room = WeightView.histogramWidth(540);
        for (String line : lines) {
            double width = fx(() -> {
                javafx.scene.text.Text text = new javafx.scene.text.Text(line);
                text.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 11));
                return text.getLayoutBounds().getWidth();
            });
            assertTrue(width <= room, "'" + line + "' is " + width + " wide, the histogram " + room);
        }
    }

    @Test
    void aStrongWeightShowsThroughDecimationAndTheChoiceOfTensorHolds(@TempDir Path dir) throws Exception {
        int rows = 784;
        int cols = 256;
        float[] w = new float[rows * cols];
        for (int i = 0; i < w.length; i++) w[i] = 0.001f * ((i % 13) - 6);
        w[400 * cols + 100] = 0.9f;
        WeightData d = new WeightData(1, 5, List.of(
                new WeightData.Tensor("hidden.weight", new int[]{rows, cols}, w),
                new WeightData.Tensor("hidden.bias", new int[]{cols}, new float[cols])));
        WeightView v = fx(() -> inScene(new WeightView(), 600, 320));
        fxRun(() -> v.show(d));
        snapshot(v); // lays out: the reduction of 200,704 weights starts in the background
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> fx(v::upToDate));
        WritableImage img = snapshot(v);
        int[] box = fx(v::heatmapBox);
        assertTrue(fx(v::transposed), "784 inputs run along the wide side");
        assertTrue(box[2] < rows, "more inputs than pixels");
        double x = box[0] + (400 + 0.5) * box[2] / rows;
        double y = box[1] + (100 + 0.5) * box[3] / cols;
        assertTrue(near(img, x, y, 1, v.positiveColour()), "strongest weight in full positive colour");
        assertEquals("hidden.weight", fx(() -> v.tensor().name()));
        fxRun(() -> v.setTensor("hidden.bias"));
        assertEquals("hidden.bias", fx(() -> v.tensor().name()));
        Path csv = dir.resolve("w.csv");
        v.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("tensor,row,column,value", lines.get(0));
        assertEquals(1 + cols, lines.size());
        assertEquals("hidden.bias,0,0,0", lines.get(1));
    }

    @Test
    void colourBlindSafeWeightsAreRedAboveZeroAndBlueBelow() throws Exception {
        float[] w = new float[16];
        w[0] = 1f;   // (0, 0) and (3, 3): the same cells whichever way the map is turned
        w[15] = -1f;
        WeightData d = new WeightData(1, 1, List.of(new WeightData.Tensor("h.weight", new int[]{4, 4}, w)));
        WeightView v = fx(() -> inScene(new WeightView(), 600, 320));
        io.spikeworks.ui.theme.ThemeColours theme = io.spikeworks.ui.theme.ThemeColours.theme();
        try {
            fxRun(() -> v.show(d));
            snapshot(v);
            org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> fx(v::upToDate));
            int[] box = fx(v::heatmapBox);
            double x0 = box[0] + 0.5 * box[2] / 4, y0 = box[1] + 0.5 * box[3] / 4;
            double x3 = box[0] + 3.5 * box[2] / 4, y3 = box[1] + 3.5 * box[3] / 4;
            assertTrue(near(snapshot(v), x0, y0, 1, theme.data(0)), "standard: positive in the first data colour");
            fxRun(() -> io.spikeworks.ui.theme.DataPalette.setCurrent(io.spikeworks.ui.theme.DataPalette.COLOUR_BLIND_SAFE));
            WritableImage img = snapshot(v);
            assertTrue(near(img, x0, y0, 1, theme.diverging(1)), "+1 drawn red");
            assertTrue(near(img, x3, y3, 1, theme.diverging(-1)), "−1 drawn blue");
        } finally {
            fxRun(() -> io.spikeworks.ui.theme.DataPalette.setCurrent(io.spikeworks.ui.theme.DataPalette.STANDARD));
        }
    }
}
