package io.spikeworks.ui.live;

import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.live.activity.ActivitySnapshot;
import io.spikeworks.ui.live.activity.RasterData;
import io.spikeworks.ui.live.learning.LearningData;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.scene.image.WritableImage;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
    void thenRendersFramesOnTheFxThreadUntilDone() throws Exception {
        ViewWarmUp w = new ViewWarmUp();
        w.drawOffScreen();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        FxBridge.run(() -> w.render(5, () -> done.complete(w.rendered())));
        assertEquals(5, done.get(20, TimeUnit.SECONDS));
        // each rendered frame is a new sample (laying the views out in the stack may redraw them once or twice more)
        assertTrue(w.redraws().raster() >= ViewWarmUp.FRAMES + 1 + 5, "raster drew " + w.redraws().raster());
        assertTrue(w.redraws().curves() >= ViewWarmUp.FRAMES + 1 + 5, "curves drew " + w.redraws().curves());
        WritableImage frame = FxBridge.supply(w::lastRendered).get(20, TimeUnit.SECONDS);
        // six views stacked at a card's width: 300 + 180 + 230 + 300 + 160 + 300 px
        assertEquals(640, frame.getWidth());
        assertEquals(1470, frame.getHeight());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < 300; y++) for (int x = 0; x < 640; x++) colours.add(frame.getPixelReader().getArgb(x, y));
        assertTrue(colours.size() > 10, "the raster was rendered, not only its background: " + colours.size() + " colours");
    }

    @Test
    void aRunThatStartsStopsTheRendering() throws Exception {
        ViewWarmUp w = new ViewWarmUp();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        FxBridge.run(() -> {
            w.render(1_000, () -> done.complete(w.rendered()));
            w.stop(); // what BuilderSetup does when a session opens
        });
        assertEquals(1, done.get(20, TimeUnit.SECONDS), "only the frame being drawn when it stopped");
        long drawn = w.redraws().raster();
        assertEquals(drawn, w.drawOffScreen().raster(), "nor are frames drawn off screen once stopped");
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
