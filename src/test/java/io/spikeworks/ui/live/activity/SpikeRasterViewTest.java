package io.spikeworks.ui.live.activity;

import io.spikeworks.ui.theme.Theme;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import static io.spikeworks.ui.live.ViewFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class SpikeRasterViewTest {
    private SpikeRasterView shownRaster;
    private MembraneTraceView shownMembranes;

    @Start
    void start(Stage stage) {
        shownRaster = new SpikeRasterView();
        shownMembranes = new MembraneTraceView();
        shownRaster.setOnNeuronPicked(shownMembranes::addNeuron);
        StackPane root = new StackPane(shownRaster);
        Scene scene = new Scene(root, 640, 420);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static ActivitySnapshot threeLayers() {
        RasterData in = raster("input", false, 20, 10, new int[][]{{0, 0}, {4, 7}});
        RasterData hidden = raster("hidden", true, 64, 10, new int[][]{{2, 5}, {3, 5}, {9, 63}});
        RasterData out = raster("output", true, 10, 10, new int[][]{{6, 3}});
        return activity(1, List.of(in, hidden, out), List.of());
    }

    @Test
    void drawsEverySpikeInItsLayersColourAndLeavesSilentCellsBlank() throws Exception {
        SpikeRasterView v = fx(() -> inScene(new SpikeRasterView(), 600, 480));
        fxRun(() -> v.show(threeLayers()));
        WritableImage img = snapshot(v);
        assertEquals(1, (int) fx(() -> v.stride(1)), "room for a 3-pixel row per hidden neuron: all shown");
        int[][] spikes = {{0, 0, 0}, {0, 7, 4}, {1, 5, 2}, {1, 5, 3}, {1, 63, 9}, {2, 3, 6}}; // layer, neuron, step
        for (int[] s : spikes) {
            double[] c = fx(() -> v.cellCentre(s[0], s[1], s[2]));
            assertTrue(close(at(img, c[0], c[1]), v.spikeColour(s[0])),
                    "spike of layer " + s[0] + " neuron " + s[1] + " at step " + s[2] + " is drawn, got " + at(img, c[0], c[1]));
        }
        double[] silent = fx(() -> v.cellCentre(1, 30, 5));
        assertTrue(close(at(img, silent[0], silent[1]), ThemeColours.theme().bgSubtle), "no spike, band background");
        assertNotEquals(v.spikeColour(0), v.spikeColour(1), "input and hidden differ in colour");
    }

    @Test
    void aNarrowCaptionDropsTheHintFirstThenTheStepsButNeverWhichSampleItIs() throws Exception {
        SpikeRasterView v = fx(() -> inScene(new SpikeRasterView(), 600, 480));
        fxRun(() -> v.show(threeLayers()));
        snapshot(v);
        String wide = fx(() -> v.caption(2000));
        assertTrue(wide.endsWith(" steps · click a row to trace its membrane"), wide);
        String sample = wide.substring(0, wide.indexOf(" · 10 steps"));
        assertTrue(sample.startsWith("Sample #") && sample.contains("epoch"), sample);
        double withSteps = fx(() -> v.captionWidth(sample + " · 10 steps"));
        assertEquals(sample + " · 10 steps", fx(() -> v.caption(withSteps + 1)));
        assertEquals(sample, fx(() -> v.caption(withSteps - 1)));
        assertEquals(sample, fx(() -> v.caption(10)), "what sample it is stays, clipped if it must be");

        // a stride note keeps as many of its layers as fit (here one character, one pixel)
        String note = "rows: input 1 in 578, conv1 1 in 40, conv2 1 in 12";
        assertEquals("S · " + note, SpikeRasterView.withRowsNote("S", note, 100, String::length));
        assertEquals("S · rows: input 1 in 578, conv1 1 in 40, …", SpikeRasterView.withRowsNote("S", note, 45, String::length));
        assertEquals("S · rows: input 1 in 578, …", SpikeRasterView.withRowsNote("S", note, 35, String::length));
        assertEquals("S · rows: input 1 in 578", SpikeRasterView.withRowsNote("S", "rows: input 1 in 578", 5, String::length),
                "a single layer stays whole");
    }

    @Test
    void aLayerTallerThanItsBandShowsEveryKthNeuronARowEach() throws Exception {
        int n = 4096;
        SpikeRasterView v = fx(() -> inScene(new SpikeRasterView(), 600, 300));
        fxRun(() -> v.show(activity(1, List.of(raster("hidden", true, n, 100, new int[][]{{50, 2049}})), List.of())));
        snapshot(v);
        int stride = fx(() -> v.stride(0));
        int rows = (300 - (int) SpikeRasterView.TOP - (int) SpikeRasterView.BOTTOM) / SpikeRasterView.ROW_PITCH;
        assertEquals((n + rows - 1) / rows, stride, "rows of 3 pixels: every k-th neuron");
        int shownNeuron = (2049 / stride) * stride;
        fxRun(() -> v.show(activity(2, List.of(raster("hidden", true, n, 100, new int[][]{{50, 2049}, {60, shownNeuron}})), List.of())));
        WritableImage img = snapshot(v);
        double[] c = fx(() -> v.cellCentre(0, shownNeuron, 60));
        assertTrue(close(at(img, c[0], c[1]), v.spikeColour(0)), "a shown neuron's spike shows, got " + at(img, c[0], c[1]));
        int hits = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = (int) SpikeRasterView.LEFT; x < img.getWidth(); x++)
                if (close(img.getPixelReader().getColor(x, y), v.spikeColour(0))) hits++;
        assertTrue(hits >= 2 && hits <= 12, "one cell, two pixel rows high; neuron 2049 is off the stride: " + hits);
        assertEquals(new NeuronRef("hidden", shownNeuron), fx(() -> v.pick(c[0], c[1]).orElseThrow()),
                "a row is one neuron");
    }

    @Test
    void theLitShareOfABusyLayersBandIsItsFiringRate() throws Exception {
        // 784 inputs, each spiking at every 4th step (rate 0.25): ORing 784 rows into a 150-pixel band lit it all
        int n = 784;
        int steps = 20;
        java.util.List<int[]> spikes = new java.util.ArrayList<>();
        for (int t = 0; t < steps; t++) for (int i = 0; i < n; i++) if ((i + t) % 4 == 0) spikes.add(new int[]{t, i});
        RasterData busy = raster("input", false, n, steps, spikes.toArray(int[][]::new));
        SpikeRasterView v = fx(() -> inScene(new SpikeRasterView(), 600, 200));
        fxRun(() -> v.show(activity(1, List.of(busy), List.of())));
        WritableImage img = snapshot(v);
        int stride = fx(() -> v.stride(0));
        assertTrue(stride > 1, "more neurons than rows");
        int lit = 0;
        int cells = 0;
        for (int i = 0; i < n; i += stride)
            for (int t = 0; t < steps; t++) {
                final int neuron = i;
                final int step = t;
                double[] c = fx(() -> v.cellCentre(0, neuron, step));
                cells++;
                if (close(at(img, c[0], c[1]), v.spikeColour(0))) lit++;
            }
        assertEquals(0.25, (double) lit / cells, 1e-9, "one cell per shown neuron and step, lit where it spiked");
        assertEquals("every " + SpikeRasterView.ordinal(stride) + " of 784", SpikeRasterView.neuronsLabel(n, stride));
    }

    @Test
    void anAnalogInputIsShadedByItsValuesPositiveAndNegativeInTheirOwnColours() throws Exception {
        byte[] levels = new byte[10 * 3];
        levels[0] = 127;             // step 0, input 0: the sample's largest value
        levels[2 * 3 + 1] = -127;    // step 2, input 1: as large, negative
        levels[4 * 3 + 2] = 64;      // step 4, input 2: half
        RasterData in = new RasterData("input", false, 3, 10, levels, true);
        RasterData out = raster("output", true, 10, 10, new int[][]{{6, 3}});
        SpikeRasterView v = fx(() -> inScene(new SpikeRasterView(), 600, 300));
        fxRun(() -> v.show(activity(1, List.of(in, out), List.of())));
        WritableImage img = snapshot(v);
        ThemeColours palette = ThemeColours.theme();
        double[] full = fx(() -> v.cellCentre(0, 0, 0));
        assertTrue(close(at(img, full[0], full[1]), v.spikeColour(0)), "the largest value in full colour");
        double[] negative = fx(() -> v.cellCentre(0, 1, 2));
        assertTrue(close(at(img, negative[0], negative[1]), v.negativeColour()), "a negative value in its own colour");
        double[] half = fx(() -> v.cellCentre(0, 2, 4));
        javafx.scene.paint.Color h = at(img, half[0], half[1]);
        assertFalse(close(h, palette.bgSubtle) || close(h, v.spikeColour(0)), "half a value: a shade between, got " + h);
        assertTrue(close(h, palette.bgSubtle.interpolate(v.spikeColour(0), 64 / 127.0)));
        double[] zero = fx(() -> v.cellCentre(0, 2, 0));
        assertTrue(close(at(img, zero[0], zero[1]), palette.bgSubtle), "0: nothing drawn");
        assertEquals("3 values", SpikeRasterView.bandLabel(in, 1));
        assertEquals("every 10th of 102 values", SpikeRasterView.bandLabel(new RasterData("input", false, 102, 1,
                new byte[102], true), 10));
        assertEquals("every 10th of 102", SpikeRasterView.bandLabel(raster("input", false, 102, 1, new int[0][]), 10));
    }

    @Test
    void strideLabelsReadAsWritten() {
        assertEquals("784 neurons", SpikeRasterView.neuronsLabel(784, 1));
        assertEquals("1 neuron", SpikeRasterView.neuronsLabel(1, 1));
        assertEquals("every 8th of 784", SpikeRasterView.neuronsLabel(784, 8));
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "103rd", "111th"),
                java.util.stream.IntStream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 103, 111).mapToObj(SpikeRasterView::ordinal).toList());
        assertEquals(1, SpikeRasterView.strideFor(10, 30), "10 neurons in 30 rows: all");
        assertEquals(2, SpikeRasterView.strideFor(11, 30));
    }

    /**
     * A conv layer's neurons interleave its channels; a stride sharing a factor with the channel count would show a
     * few channels only (every 24th of 12 channels: channel 0 alone), so the band's stride is made prime to it and
     * its rows go through every channel.
     */
    @Test
    void aConvLayersRowsShowEveryChannel() {
        int channels = 12, neurons = channels * 24 * 24;
        assertEquals(24, SpikeRasterView.strideFor(neurons, 864), "the plain stride shares factors with 12");
        byte[] none = new byte[neurons];
        SpikeRasterView.Band band = new SpikeRasterView.Band(
                new RasterData("conv1", true, neurons, 1, none, false, channels), 1, 0, 864);
        assertEquals(25, band.stride());
        java.util.Set<Integer> shownChannels = new java.util.HashSet<>();
        for (int n = 0; n < neurons; n += band.stride()) shownChannels.add(n % channels);
        assertEquals(channels, shownChannels.size(), "every channel has shown rows");
        assertEquals(24, new SpikeRasterView.Band(new RasterData("dense", true, neurons, 1, none), 1, 0, 864).stride(),
                "a flat layer keeps the plain stride");
        assertEquals(1, SpikeRasterView.strideFor(100, 864, channels), "all shown: no stride to change");
    }

    @Test
    void unchangedVersionDoesNotRedraw() throws Exception {
        SpikeRasterView v = fx(() -> inScene(new SpikeRasterView(), 400, 300));
        ActivitySnapshot s = threeLayers();
        snapshot(v);
        fxRun(() -> v.show(s));
        long after = fx(v::redrawCount);
        fxRun(() -> v.show(s));
        fxRun(() -> v.show(new ActivitySnapshot(s.version(), 0, 0, 0, 0, 0, 0, List.of(), new float[0], null, s.layers(), List.of())));
        assertEquals(after, (long) fx(v::redrawCount));
    }

    @Test
    void clickingARowAddsThatNeuronToTheMembraneView(FxRobot robot) throws Exception {
        fxRun(() -> shownRaster.show(threeLayers()));
        WaitForAsyncUtils.waitForFxEvents();
        double[] c = fx(() -> shownRaster.cellCentre(1, 5, 2));
        javafx.geometry.Point2D p = fx(() -> shownRaster.canvas().localToScreen(c[0], c[1]));
        robot.clickOn(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new NeuronRef("hidden", 5)), fx(shownMembranes::chosenNeurons));
        // a row of the input layer has no membrane: nothing added
        double[] in = fx(() -> shownRaster.cellCentre(0, 7, 4));
        robot.clickOn(fx(() -> shownRaster.canvas().localToScreen(in[0], in[1])));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, fx(shownMembranes::chosenNeurons).size());
    }

    @Test
    void exportsCsvOfSpikesAndAPng(@TempDir Path dir) throws Exception {
        SpikeRasterView v = fx(() -> inScene(new SpikeRasterView(), 500, 300));
        fxRun(() -> v.show(threeLayers()));
        Path csv = dir.resolve("r.csv");
        v.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("layer,neuron,step", lines.get(0));
        assertEquals(List.of("input,0,0", "input,7,4", "hidden,5,2", "hidden,5,3", "hidden,63,9", "output,3,6"),
                lines.subList(1, lines.size()));
        Path png = dir.resolve("r.png");
        fxRun(() -> {
            try {
                v.exportPng(png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(png) > 100);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(500, img.getWidth());
        assertEquals(300, img.getHeight());
    }

    /** Any pixel in the box [x0, x1) × [y0, y1) of the given colour. */
    private static boolean anyPixel(WritableImage img, int x0, int x1, int y0, int y1, javafx.scene.paint.Color c) {
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) if (close(at(img, x, y), c)) return true;
        return false;
    }

    @Test
    void bandLabelsAndTheTimeAxisAreDrawnOncePerLayoutNotOncePerSample() throws Exception {
        SpikeRasterView v = fx(() -> inScene(new SpikeRasterView(), 600, 400));
        fxRun(() -> v.show(threeLayers()));
        snapshot(v); // lays the view out
        long frames = fx(v::redrawCount);
        long chrome = fx(v::chromeRedrawCount);
        for (int i = 2; i <= 6; i++) {
            ActivitySnapshot s = threeLayers();
            ActivitySnapshot next = activity(i, s.layers(), List.of());
            fxRun(() -> v.show(next));
        }
        assertEquals(frames + 5, fx(v::redrawCount), "each new sample redraws the spikes");
        assertEquals(chrome, fx(v::chromeRedrawCount), "labels and axis stay as drawn: same layers, steps, size");
        WritableImage img = snapshot(v);
        assertTrue(anyPixel(img, 0, (int) SpikeRasterView.LEFT - 8, (int) SpikeRasterView.TOP, 400 - 20, ThemeColours.theme().fg),
                "layer names still shown at the left");
        // a traced neuron's mark and a layer of another size are chrome changes
        fxRun(() -> v.setSelected(java.util.Set.of(new NeuronRef("hidden", 5))));
        assertEquals(chrome + 1, fx(v::chromeRedrawCount), "marking a neuron redraws the chrome");
        RasterData wider = raster("hidden", true, 128, 10, new int[0][]);
        fxRun(() -> v.show(activity(7, List.of(wider), List.of())));
        assertEquals(chrome + 2, fx(v::chromeRedrawCount), "another layer layout redraws the chrome");
    }
}
