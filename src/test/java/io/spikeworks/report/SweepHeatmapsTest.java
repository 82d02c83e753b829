package io.spikeworks.report;

import io.spikeworks.learn.sweep.SweepResult;
import io.spikeworks.learn.sweep.SweepStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepHeatmapsTest {
    private static SweepResult bp(String coding, double accuracy) {
        return new SweepResult(coding, "bptt", 1, "full", 1.0, 1, 100, accuracy, accuracy, 1, 0, 0, 0, 0, 0, 0, 1,
                null, null, new SweepResult.CostReductions(0, 0, 0), SweepResult.HeldOutChoice.NONE, coding + " bptt", SweepStatus.OK, "");
    }

    private static SweepResult ttl(String coding, int k, int window, double accuracy, double memory) {
        return new SweepResult(coding, "ttl-bptt", null, null, null, 1, 100, accuracy, accuracy, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, k, window,
                new SweepResult.CostReductions(memory, 0.5 * memory, 0.1 * memory), SweepResult.HeldOutChoice.NONE, coding + " ttl " + k + " " + window,
                SweepStatus.OK, "");
    }

    @Test
    void cellsSitAtTheirBlockSizeAndWindowWithAllAndTLast() {
        List<SweepResult> results = new ArrayList<>(List.of(bp("frames", 0.80), bp("events", 0.70)));
        results.add(ttl("frames", 0, 0, 0.80, 0.0));
        results.add(ttl("frames", 1, 2, 0.75, 0.9));
        results.add(ttl("frames", 2, 10, 0.78, 0.5));
        results.add(ttl("events", 1, 2, 0.72, 0.91));
        List<SweepHeatmaps.Figure> figures = SweepHeatmaps.of(results);
        assertEquals(List.of("ttl-accuracy.png", "ttl-memory-reduction.png", "ttl-macs-reduction.png",
                "ttl-accesses-reduction.png"), figures.stream().map(SweepHeatmaps.Figure::fileName).toList());

        List<GridHeatmap.Panel> accuracy = figures.get(0).heatmap().panels();
        assertEquals(2, accuracy.size(), "one panel per coding");
        assertTrue(accuracy.get(0).title().startsWith("frames (BPTT 80.0 %"), accuracy.get(0).title());
        // rows k = 1, 2, all; columns T_tr = 2, 10, T
        double[][] frames = accuracy.get(0).values();
        assertEquals(-5.0, frames[0][0], 1e-9);
        assertEquals(-2.0, frames[1][1], 1e-9);
        assertEquals(0.0, frames[2][2], 1e-9);
        assertTrue(Double.isNaN(frames[0][2]), "a cell the sweep did not run stays empty");
        assertEquals(2.0, accuracy.get(1).values()[0][0], 1e-9, "events against events' own BPTT");

        double[][] memory = figures.get(1).heatmap().panels().get(0).values();
        assertEquals(90.0, memory[0][0], 1e-9);
        assertEquals(45.0, figures.get(2).heatmap().panels().get(0).values()[0][0], 1e-9);
    }

    @Test
    void aFailedRunLeavesItsCellEmpty() {
        SweepResult ok = ttl("frames", 1, 2, 0.75, 0.9);
        SweepResult failed = new SweepResult("frames", "ttl-bptt", null, null, null, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 1, 1,
                new SweepResult.CostReductions(0.95, 0.2, 0.03), SweepResult.HeldOutChoice.NONE, "frames ttl 1 1", SweepStatus.FAILED, "boom");
        double[][] memory = SweepHeatmaps.of(List.of(bp("frames", 0.8), ok, failed)).get(1).heatmap().panels().get(0).values();
        assertEquals(List.of(2), List.of(memory[0].length), "the failed run's window is still a column");
        assertTrue(Double.isNaN(memory[0][0]), "a failed run's figures are not shown as if it had finished");
        assertEquals(90.0, memory[0][1], 1e-9);
    }

    @Test
    void aSweepWithoutTtlCellsHasNoHeatmaps() {
        assertTrue(SweepHeatmaps.of(List.of(bp("frames", 0.8))).isEmpty());
    }

    @Test
    void theDivergingScaleIsCentredOnZeroAndColoursDiffer() {
        GridHeatmap map = new GridHeatmap("t", "k", List.of("1"), "T_tr", List.of("1", "2", "3"),
                GridHeatmap.Scale.DIVERGING, v -> String.format("%.1f", v)).add("p", new double[][]{{-4, 1, Double.NaN}});
        assertArrayEquals(new double[]{-4, 4}, map.range(), 0);
        assertEquals(new Color(0xf7f7f7), map.colour(0));
        assertNotEquals(map.colour(-4), map.colour(4));
        assertThrows(IllegalArgumentException.class, () -> map.add("bad", new double[][]{{1, 2}}));
    }

    @Test
    void theFilesAreWrittenAndDecodeWithTheCellColours(@TempDir Path dir) throws Exception {
        List<SweepResult> results = List.of(bp("frames", 0.8), ttl("frames", 1, 1, 0.7, 0.95), ttl("frames", 1, 2, 0.75, 0.5));
        List<Path> files = SweepHeatmaps.write(dir, results);
        assertEquals(4, files.size());
        BufferedImage memory = ImageIO.read(dir.resolve("ttl-memory-reduction.png").toFile());
        assertNotNull(memory);
        GridHeatmap expected = SweepHeatmaps.of(results).get(1).heatmap();
        // the highest reduction is the top of the viridis ramp: it must appear in the picture
        int top = expected.colour(95).getRGB() & 0xffffff, seen = 0;
        for (int y = 0; y < memory.getHeight(); y++)
            for (int x = 0; x < memory.getWidth(); x++) if ((memory.getRGB(x, y) & 0xffffff) == top) seen++;
        assertTrue(seen > 500, "cell of 95 % drawn in its colour, " + seen + " pixels");
        try (var left = java.nio.file.Files.list(dir)) {
            assertEquals(4, left.count(), "no temporary files left behind");
        }
    }
}
