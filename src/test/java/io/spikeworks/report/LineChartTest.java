package io.spikeworks.report;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LineChartTest {
    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTenAndCoverTheRange() {
        assertArrayEquals(new double[]{0, 0.1, 0.2, 0.3, 0.4, 0.5}, LineChart.Ticks.of(0.02, 0.47, 5, false), 1e-12);
        assertArrayEquals(new double[]{1, 2, 3}, LineChart.Ticks.of(1, 3, 6, true), 1e-12, "whole epochs, not 1.2, 1.4");
        assertArrayEquals(new double[]{0, 2000, 4000, 6000}, LineChart.Ticks.of(10, 5400, 3, false), 1e-9);
    }

    @Test
    void labelsAreShortAndExact() {
        assertEquals("0.25", LineChart.Ticks.label(0.25));
        assertEquals("2", LineChart.Ticks.label(2.0));
        assertEquals("1.5e+06", LineChart.Ticks.label(1.5e6));
        assertEquals("0", LineChart.Ticks.label(1e-17));
    }

    @Test
    void flatAndEmptySeriesStillGetARange() {
        assertArrayEquals(new double[]{0.9, 1.1}, LineChart.range(new double[][]{{1, 1, Double.NaN}}), 1e-12);
        assertArrayEquals(new double[]{0, 1}, LineChart.range(new double[][]{{Double.NaN}}), 0);
    }

    @Test
    void aSeriesIsDrawnInItsColourAndMustMatchTheXColumn() {
        BufferedImage img = new LineChart("t", "epoch", new double[]{1, 2, 3}).add("a", new double[]{0, 1, 2}).draw(300, 200);
        assertEquals(600, img.getWidth());
        int series = LineChart.PALETTE[0].getRGB() & 0xffffff, seen = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xffffff) == series) seen++;
        assertNotEquals(0, seen, "no pixel of the series colour");
        assertThrows(IllegalArgumentException.class,
                () -> new LineChart("t", "epoch", new double[]{1, 2}).add("a", new double[]{1}));
    }
}
