package io.spikeworks.ui;

import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class ViewWarmUpTest {
    @Test
    void drawsEveryFrameOffTheFxThread() {
        assertFalse(Platform.isFxApplicationThread());
        ViewWarmUp.Redraws drawn = ViewWarmUp.run();
        // one draw on sizing (the "no spikes yet" message), then one per made-up sample
        assertEquals(ViewWarmUp.FRAMES + 1, drawn.raster());
        assertEquals(ViewWarmUp.FRAMES + 1, drawn.curves());
        assertEquals(ViewWarmUp.FRAMES + 1, drawn.costs());
        assertEquals(ViewWarmUp.WEIGHT_FRAMES + 1, drawn.weights());
    }

    @Test
    void madeUpSamplesHaveTheShapeOfA784_256_10Network() {
        ActivitySnapshot s = ViewWarmUp.sample(3, new SplittableRandom(1));
        assertEquals(3, s.version());
        assertEquals(java.util.List.of(784, 256, 10), s.layers().stream().map(RasterData::neurons).toList());
        int spikes = 0;
        for (RasterData r : s.layers()) for (byte b : r.spikes()) spikes += b;
        assertTrue(spikes > 100, "spikes to draw: " + spikes);
        assertEquals(4, s.traces().get(0).neurons().length);
    }

    @Test
    void madeUpCurvesGrowWithAnEvaluationEveryFiftyBatches() {
        LearningData d = ViewWarmUp.learning(60, new SplittableRandom(1));
        assertEquals(120, d.batches());
        assertEquals(2, d.evaluations());
        assertEquals(128.0 * 100, d.epochSamples()[1]);
        assertTrue(d.batchLoss()[119] < d.batchLoss()[0], "the loss falls");
    }
}
