package io.spikeworks.ui.live.activity;

import io.spikeworks.ui.theme.ThemeColours;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.spikeworks.ui.live.ViewFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class MembraneTraceViewTest {
    /** hidden neurons 2 and 5 traced over 10 steps; neuron 5 ramps up and spikes at step 4. */
    static ActivitySnapshot traced() {
        int steps = 10;
        float[] m = new float[steps * 2];
        for (int t = 0; t < steps; t++) {
            m[t * 2] = 0.1f;
            m[t * 2 + 1] = t <= 4 ? 0.25f * t + 0.05f : 0.2f;
        }
        RasterData hidden = raster("hidden", true, 8, steps, new int[][]{{4, 5}});
        TraceData tr = new TraceData("hidden", new int[]{2, 5}, steps, m, 1.0);
        return activity(1, List.of(raster("input", false, 4, steps, new int[0][]), hidden), List.of(tr));
    }

    @Test
    void drawsPickedNeuronsWithThresholdAndSpikeMarks() throws Exception {
        MembraneTraceView v = fx(() -> inScene(new MembraneTraceView(), 600, 300));
        List<List<NeuronRef>> told = new ArrayList<>();
        fxRun(() -> {
            v.setOnChosenChanged(told::add);
            v.show(traced());
            v.addNeuron(new NeuronRef("hidden", 5));
            v.addNeuron(new NeuronRef("hidden", 5));
        });
        assertEquals(List.of(List.of(new NeuronRef("hidden", 5))), told, "a neuron is added once");
        WritableImage img = snapshot(v);
        // the spike marker sits at step 4 on neuron 5's trace; the trace colour is data colour 0
        int marks = traceColourPixelsAt(img, v, 4);
        assertTrue(marks >= 4, "spike dot and tick drawn in the trace colour at the spike's step: " + marks);
        assertTrue(thresholdLineDrawn(img), "threshold line drawn");
    }

    /** Pixels of the first trace's colour in the column of a step (of 10) in a 600 × 300 view. */
    private static int traceColourPixelsAt(WritableImage img, MembraneTraceView v, int step) {
        double pw = 600 - MembraneTraceView.LEFT - MembraneTraceView.RIGHT;
        double x = MembraneTraceView.LEFT + step * pw / 9;
        int marks = 0;
        for (int y = 0; y < 300; y++) if (close(at(img, x, y), v.traceColour(0))) marks++;
        return marks;
    }

    /** Whether the dashed θ line crosses 80 % of the plot's width in a 600 × 300 view. */
    private static boolean thresholdLineDrawn(WritableImage img) {
        double pw = 600 - MembraneTraceView.LEFT - MembraneTraceView.RIGHT;
        for (int y = 0; y < 300; y++)
            for (int dx = 0; dx < 12; dx++) // dashed: some of 12 pixels in a row are on
                if (close(at(img, MembraneTraceView.LEFT + pw * 0.8 + dx, y), ThemeColours.theme().danger)) return true;
        return false;
    }

    @Test
    void neuronsThatNeverFireAreDrawnWithoutAThresholdLine() throws Exception {
        // a leaky-integrator read-out has no θ (NaN): before, 1.0 was drawn for it, and NaN would have blanked the scale
        ActivitySnapshot s = traced();
        TraceData tr = s.traces().get(0);
        ActivitySnapshot noTheta = activity(2, s.layers(), List.of(new TraceData(tr.layer(), tr.neurons(), tr.steps(),
                tr.membrane(), Double.NaN)));
        MembraneTraceView v = fx(() -> inScene(new MembraneTraceView(), 600, 300));
        fxRun(() -> {
            v.show(noTheta);
            v.addNeuron(new NeuronRef("hidden", 5));
        });
        WritableImage img = snapshot(v);
        // step 2 has no spike, so no tick: only the trace line itself puts its colour there
        assertTrue(traceColourPixelsAt(img, v, 2) >= 1, "the trace is drawn on a finite scale");
        assertFalse(thresholdLineDrawn(img), "no threshold line");
    }

    @Test
    void withoutPicksShowsTheFirstTracedNeuronsAndExportsThem(@TempDir Path dir) throws Exception {
        MembraneTraceView v = fx(() -> inScene(new MembraneTraceView(), 400, 200));
        fxRun(() -> v.show(traced()));
        assertEquals(2, fx(() -> v.shown().size()));
        Path csv = dir.resolve("m.csv");
        v.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("layer,neuron,step,membrane,spike,threshold,input_current", lines.get(0));
        assertEquals(1 + 2 * 10, lines.size());
        assertTrue(lines.contains("hidden,5,4,1.05,1,1,"), "no current recorded: empty column " + lines);
        assertTrue(lines.contains("hidden,2,0,0.1,0,1,"), lines.toString());
    }

    /** As {@link #traced()}, with input currents: neuron 2 gets 0.4·t, beyond the membrane's range. */
    static ActivitySnapshot tracedWithCurrent() {
        TraceData plain = traced().traces().get(0);
        float[] cur = new float[plain.membrane().length];
        for (int t = 0; t < plain.steps(); t++) {
            cur[t * 2] = 0.4f * t;
            cur[t * 2 + 1] = -1f + 0.1f * t;
        }
        TraceData tr = new TraceData("hidden", plain.neurons(), plain.steps(), plain.membrane(), 1.0, cur);
        ActivitySnapshot a = traced();
        return activity(2, a.layers(), List.of(tr));
    }

    @Test
    void inputCurrentIsDrawnOnItsOwnScaleWhenToggledAndExported(@TempDir Path dir) throws Exception {
        MembraneTraceView v = fx(() -> inScene(new MembraneTraceView(), 600, 300));
        fxRun(() -> {
            v.show(tracedWithCurrent());
            v.addNeuron(new NeuronRef("hidden", 2));
        });
        double pw = 600 - MembraneTraceView.LEFT - MembraneTraceView.RIGHT - MembraneTraceView.CURRENT_AXIS;
        double x = MembraneTraceView.LEFT + 5 * pw / 9;
        // the current's scale spans [−0.288, 3.888] (0 and 3.6 padded by 8 %): I = 2 at step 5 sits at 55 % of the
        // height, where the membrane's own scale puts nothing (neuron 2's membrane is 0.1, the threshold 1.0)
        double[] range = fx(() -> v.currentRange(v.shown()));
        assertEquals(-0.288, range[0], 1e-6);
        assertEquals(3.888, range[1], 1e-6);
        double ph = 300 - MembraneTraceView.TOP - MembraneTraceView.BOTTOM;
        double y3 = MembraneTraceView.TOP + ph - (2.0 - range[0]) / (range[1] - range[0]) * ph;
        assertFalse(currentNear(snapshot(v), v, x, y3), "off: no current drawn");

        fxRun(() -> v.setShowCurrent(true));
        assertTrue(currentNear(snapshot(v), v, x, y3), "the dotted current line at I = 2 on the right scale");

        Path csv = dir.resolve("m.csv");
        v.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.contains("hidden,2,5,0.1,0,1,2"), lines.toString());
    }

    private static boolean currentNear(WritableImage img, MembraneTraceView v, double x, double y) {
        for (double dx = -8; dx <= 8; dx++)
            for (double dy = -4; dy <= 4; dy++) if (close(at(img, x + dx, y + dy), v.currentColour(0))) return true;
        return false;
    }

    @Test
    void aNeuronNotTracedYetIsListedAsWaiting() throws Exception {
        MembraneTraceView v = fx(() -> inScene(new MembraneTraceView(), 400, 200));
        fxRun(() -> {
            v.show(traced());
            v.addNeuron(new NeuronRef("hidden", 7));
        });
        assertEquals(-1, fx(() -> v.shown().get(0).column()));
        snapshot(v); // draws without failing
    }

    @Test
    void axisAndLegendTitleAreDrawnOnceWhileSamplesChange() throws Exception {
        MembraneTraceView v = fx(() -> inScene(new MembraneTraceView(), 600, 300));
        fxRun(() -> v.show(traced()));
        snapshot(v);
        long chrome = fx(v::chromeRedrawCount);
        long frames = fx(v::redrawCount);
        for (int i = 2; i <= 5; i++) {
            ActivitySnapshot s = traced();
            ActivitySnapshot next = activity(i, s.layers(), s.traces());
            fxRun(() -> v.show(next));
        }
        assertEquals(frames + 4, fx(v::redrawCount));
        assertEquals(chrome, fx(v::chromeRedrawCount), "same steps, size and legend title: chrome kept");
        // picking a neuron changes the legend's title ("Membrane (first traced)" to "Membrane")
        fxRun(() -> v.addNeuron(new NeuronRef("hidden", 5)));
        assertEquals(chrome + 1, fx(v::chromeRedrawCount));
        WritableImage img = snapshot(v);
        double pw = 600 - MembraneTraceView.LEFT - MembraneTraceView.RIGHT;
        boolean frame = false; // the plot's frame (chrome) is still there after the data redraws
        for (int x = (int) MembraneTraceView.LEFT + 5; x < MembraneTraceView.LEFT + pw - 5 && !frame; x++)
            frame = close(at(img, x, MembraneTraceView.TOP + 0.5), ThemeColours.theme().borderMuted);
        assertTrue(frame, "plot frame drawn along the top");
    }
}
