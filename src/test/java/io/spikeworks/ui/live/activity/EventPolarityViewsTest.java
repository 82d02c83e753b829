package io.spikeworks.ui.live.activity;

import io.spikeworks.ui.theme.ThemeColours;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.List;

import static io.spikeworks.ui.live.ViewFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** An event camera's sample in the raster and the output view: ON and OFF events in their own colours. */
@ExtendWith(ApplicationExtension.class)
class EventPolarityViewsTest {
    static final int SIDE = 4;
    static final int STEPS = 6;

    /** A 2×4×4 event input (engine order: neuron = pixel·2 + polarity) with ON at pixel 0, ON and OFF at pixel 5. */
    static ActivitySnapshot events() {
        int neurons = 2 * SIDE * SIDE;
        RasterData in = raster("input", false, neurons, STEPS, new int[][]{{1, 1}, {2, 11}, {4, 10}});
        RasterData out = raster("out", true, 10, STEPS, new int[][]{{3, 2}});
        // the picture: each channel's events per step, channels-last as SessionLiveSource builds it
        float[] px = new float[neurons];
        px[1] = 1f / STEPS;
        px[11] = 1f / STEPS;
        px[10] = 1f / STEPS;
        float[] outputs = new float[10];
        outputs[2] = 1;
        return new ActivitySnapshot(1, 1, 0, 0, 7, 2, 2, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                outputs, new SampleImage(SIDE, SIDE, 2, px), List.of(in, out), List.of());
    }

    @Test
    void theRasterDrawsOffRowsAboveOnRowsInTheirColours() throws Exception {
        SpikeRasterView v = fx(() -> inScene(new SpikeRasterView(), 600, 400));
        fxRun(() -> v.show(events()));
        WritableImage img = snapshot(v);
        double[] on = fx(() -> v.cellCentre(0, 11, 2));
        double[] off = fx(() -> v.cellCentre(0, 10, 4));
        double[] firstOn = fx(() -> v.cellCentre(0, 1, 1));
        assertTrue(close(at(img, on[0], on[1]), v.polarityColour(true)), "ON spike in the ON colour");
        assertTrue(close(at(img, off[0], off[1]), v.polarityColour(false)), "OFF spike in the OFF colour");
        assertTrue(close(at(img, firstOn[0], firstOn[1]), v.polarityColour(true)));
        assertFalse(close(v.polarityColour(true), v.polarityColour(false)));
        assertTrue(off[1] < firstOn[1], "every OFF row (pixel 5's too) lies above every ON row (pixel 0's too)");
        // the output layer keeps its own colour
        double[] o = fx(() -> v.cellCentre(1, 2, 3));
        assertTrue(close(at(img, o[0], o[1]), v.spikeColour(1)));
    }

    @Test
    void theOutputViewShowsEachFrameByPolarity() throws Exception {
        OutputView v = fx(() -> inScene(new OutputView(), 760, 300));
        fxRun(() -> v.show(events()));
        WritableImage img = snapshot(v);
        ThemeColours palette = ThemeColours.theme();
        double[] onFrame = fx(() -> v.frameCellCentre(2, 1, 1));
        assertNotNull(onFrame, "an event sample shows its frames");
        assertTrue(close(at(img, onFrame[0], onFrame[1]), EventPolarity.on(palette)), "pixel 5 in frame 2: ON");
        double[] offFrame = fx(() -> v.frameCellCentre(4, 1, 1));
        assertTrue(close(at(img, offFrame[0], offFrame[1]), EventPolarity.off(palette)), "pixel 5 in frame 4: OFF");
        double[] first = fx(() -> v.frameCellCentre(1, 0, 0));
        assertTrue(close(at(img, first[0], first[1]), EventPolarity.on(palette)), "pixel 0 in frame 1: ON");
        double[] silent = fx(() -> v.frameCellCentre(3, 1, 1));
        assertTrue(close(at(img, silent[0], silent[1]), palette.bg), "pixel 5 in frame 3: nothing");
        // six frames in a grid of three columns: frame 4 sits below frame 1, frame 2 right of frame 1
        double[] f1 = fx(() -> v.frameCellCentre(1, 1, 1));
        assertTrue(offFrame[1] > f1[1] && Math.abs(offFrame[0] - f1[0]) < 1e-9);
        assertTrue(onFrame[0] > f1[0] && Math.abs(onFrame[1] - f1[1]) < 1e-9);
        double[] box = fx(v::imageBox);
        assertTrue(offFrame[1] < box[1] + box[2], "the grid stays inside the image square");
    }

    @Test
    void withoutTheInputsFramesTheOutputViewShowsTheSummedPictureByPolarity() throws Exception {
        ActivitySnapshot full = events();
        ActivitySnapshot noInput = new ActivitySnapshot(2, 1, 0, 0, 7, 2, 2, full.classNames(), full.outputs(),
                full.image(), List.of(full.layers().get(1)), List.of());
        OutputView v = fx(() -> inScene(new OutputView(), 760, 300));
        fxRun(() -> v.show(noInput));
        WritableImage img = snapshot(v);
        ThemeColours palette = ThemeColours.theme();
        assertNull(fx(() -> v.frameCellCentre(0, 0, 0)));
        double[] box = fx(v::imageBox);
        double cell = box[2] / SIDE;
        assertTrue(close(at(img, box[0] + 0.5 * cell, box[1] + 0.5 * cell), EventPolarity.on(palette)),
                "pixel 0 had ON events only");
        assertTrue(close(at(img, box[0] + 3.5 * cell, box[1] + 3.5 * cell), palette.bg), "pixel 15 had none");
    }

    @Test
    void aOneChannelSampleMadeOfSpikesShowsItsFramesAndAStoredPictureDoesNot() throws Exception {
        // a 1×4×4 event input (the moving bars' kind): pixel 5 fires at step 2, pixel 6 at step 3
        int neurons = SIDE * SIDE;
        RasterData in = raster("input", false, neurons, STEPS, new int[][]{{2, 5}, {3, 6}});
        RasterData out = raster("out", true, 4, STEPS, new int[][]{{3, 2}});
        float[] px = new float[neurons];
        px[5] = 1f / STEPS;
        px[6] = 1f / STEPS;
        ThemeColours palette = ThemeColours.theme();
        ActivitySnapshot spikes = new ActivitySnapshot(1, 1, 0, 0, 7, 2, 2, List.of("right", "left", "down", "up"),
                new float[4], new SampleImage(SIDE, SIDE, 1, px, true), List.of(in, out), List.of());
        OutputView v = fx(() -> inScene(new OutputView(), 760, 300));
        fxRun(() -> v.show(spikes));
        WritableImage img = snapshot(v);
        double[] fired = fx(() -> v.frameCellCentre(2, 1, 1));
        assertNotNull(fired, "a sample made of spikes shows its frames");
        assertTrue(close(at(img, fired[0], fired[1]), EventPolarity.on(palette)), "pixel 5 in frame 2");
        double[] later = fx(() -> v.frameCellCentre(3, 2, 1));
        assertTrue(close(at(img, later[0], later[1]), EventPolarity.on(palette)), "pixel 6 in frame 3");
        double[] quiet = fx(() -> v.frameCellCentre(3, 1, 1));
        assertTrue(close(at(img, quiet[0], quiet[1]), palette.bg), "pixel 5 in frame 3: nothing");

        // the same raster with a picture the data set keeps: the picture, at full strength where it is 1
        float[] stored = new float[neurons];
        stored[0] = 1;
        ActivitySnapshot picture = new ActivitySnapshot(2, 1, 0, 0, 7, 2, 2, spikes.classNames(), new float[4],
                new SampleImage(SIDE, SIDE, 1, stored), List.of(in, out), List.of());
        fxRun(() -> v.show(picture));
        WritableImage img2 = snapshot(v);
        assertNull(fx(() -> v.frameCellCentre(0, 0, 0)));
        double[] box = fx(v::imageBox);
        double cell = box[2] / SIDE;
        assertTrue(close(at(img2, box[0] + 0.5 * cell, box[1] + 0.5 * cell), palette.fg), "pixel 0 of the picture");
    }

    @Test
    void aSummedPictureOfSparseSpikesIsScaledToItsBusiestPixel() throws Exception {
        // without the input's frames (no input raster) a one-channel spike picture of low rates still shows
        float[] px = new float[SIDE * SIDE];
        px[0] = 1f / STEPS;
        ActivitySnapshot s = new ActivitySnapshot(1, 1, 0, 0, 7, 2, 2, List.of("a", "b"), new float[2],
                new SampleImage(SIDE, SIDE, 1, px, true), List.of(raster("out", true, 2, STEPS, new int[][]{{1, 1}})),
                List.of());
        OutputView v = fx(() -> inScene(new OutputView(), 760, 300));
        fxRun(() -> v.show(s));
        WritableImage img = snapshot(v);
        double[] box = fx(v::imageBox);
        double cell = box[2] / SIDE;
        assertTrue(close(at(img, box[0] + 0.5 * cell, box[1] + 0.5 * cell), ThemeColours.theme().fg),
                "one step in six is the busiest pixel: full colour");
    }
}
