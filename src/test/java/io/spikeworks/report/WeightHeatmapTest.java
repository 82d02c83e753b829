package io.spikeworks.report;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Weight heatmaps: a row per neuron fed, signed blue–white–red, and large tensors keep their strongest weights. */
class WeightHeatmapTest {
    @Test
    void aDenseWeightShowsOneRowPerNeuronItFeeds() {
        // dense weights are [inputs][units]: w[i][u] at i·units + u
        int[] shape = {3, 2};
        float[] w = {11, 12, 21, 22, 31, 32}; // w[i][u] = 10·(i+1) + (u+1)
        assertArrayEquals(new int[]{2, 3}, WeightHeatmap.grid(shape));
        for (int u = 0; u < 2; u++)
            for (int i = 0; i < 3; i++) assertEquals(10 * (i + 1) + (u + 1), WeightHeatmap.at(w, shape, u, i));
        assertArrayEquals(new int[]{1, 4}, WeightHeatmap.grid(new int[]{4}));
        // a conv kernel [k][k][in][out]: one row per output channel
        assertArrayEquals(new int[]{8, 3 * 3 * 2}, WeightHeatmap.grid(new int[]{3, 3, 2, 8}));
    }

    @Test
    void coloursAreBlueForNegativeWhiteForZeroRedForPositiveAndSaturate() {
        assertEquals(WeightHeatmap.NEGATIVE, WeightHeatmap.colour(-2, 2));
        assertEquals(Color.WHITE, WeightHeatmap.colour(0, 2));
        assertEquals(WeightHeatmap.POSITIVE, WeightHeatmap.colour(2, 2));
        assertEquals(WeightHeatmap.POSITIVE, WeightHeatmap.colour(50, 2));
        Color half = WeightHeatmap.colour(1, 2); // halfway from white to the positive colour
        assertEquals((255 + WeightHeatmap.POSITIVE.getGreen()) / 2.0, half.getGreen(), 0.5);
        // ±3 RMS, but never beyond the largest value: {3, -4} has RMS 3.54, largest 4
        assertEquals(4, WeightHeatmap.colourScale(new float[]{3, -4}), 1e-9);
        float[] outlier = new float[100];
        outlier[0] = 100;
        outlier[1] = 1;
        assertEquals(3 * Math.sqrt(10001 / 100.0), WeightHeatmap.colourScale(outlier), 1e-9); // 3 × RMS, below 100
    }

    @Test
    void aReducedPixelKeepsTheValueOfLargestMagnitudeItCovers() {
        int[] shape = {4, 1}; // one neuron fed by four inputs: one row of four
        float[] w = {0.1f, -0.9f, 0.2f, 0.3f};
        float[][] two = WeightHeatmap.reduce(w, shape, 1, 4, 2, 1);
        assertArrayEquals(new float[]{-0.9f, 0.3f}, two[0]);
        float[][] wide = WeightHeatmap.reduce(w, shape, 1, 4, 8, 1);
        assertArrayEquals(new float[]{0.1f, 0.1f, -0.9f, -0.9f, 0.2f, 0.2f, 0.3f, 0.3f}, wide[0]);
    }

    @Test
    void theDrawnCellsHaveTheirWeightsColours() {
        int[] shape = {2, 2};
        float[] w = {1, -1, 0, 1}; // rows (units): u0 = {1, 0}, u1 = {-1, 1}
        BufferedImage img = WeightHeatmap.draw("t", shape, w);
        double scale = WeightHeatmap.colourScale(w);
        int k = 12 * LineChart.SCALE, x0 = 12 * LineChart.SCALE, y0 = 30 * LineChart.SCALE; // 12-pixel cells at (12, 30)
        float[][] expect = {{1, 0}, {-1, 1}};
        for (int r = 0; r < 2; r++)
            for (int c = 0; c < 2; c++)
                assertEquals(WeightHeatmap.colour(expect[r][c], scale).getRGB(), img.getRGB(x0 + c * k + k / 2, y0 + r * k + k / 2),
                        "cell " + r + "," + c);
    }
}
