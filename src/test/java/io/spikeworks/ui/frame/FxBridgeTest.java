package io.spikeworks.ui.frame;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class FxBridgeTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    @Test
    void runIsImmediateOnTheFxThreadAndHopsOtherwise(FxRobot robot) throws Exception {
        AtomicBoolean ranInline = new AtomicBoolean();
        robot.interact(() -> {
            boolean[] done = {false};
            FxBridge.run(() -> done[0] = true);
            ranInline.set(done[0]);
        });
        assertTrue(ranInline.get());

        CompletableFuture<Boolean> onFx = new CompletableFuture<>();
        Thread worker = new Thread(() -> FxBridge.run(() -> onFx.complete(Platform.isFxApplicationThread())));
        worker.start();
        assertTrue(onFx.get(5, TimeUnit.SECONDS));
        assertEquals("from fx", FxBridge.supply(() -> Platform.isFxApplicationThread() ? "from fx" : "elsewhere")
                .get(5, TimeUnit.SECONDS));
        assertThrows(IllegalStateException.class, FxBridge::requireFxThread);
    }

    @Test
    void coalescingAppliesOnlyTheLatestValueOncePerPulse() throws Exception {
        AtomicLong shown = new AtomicLong(-1);
        AtomicBoolean offFx = new AtomicBoolean();
        PulseUpdater<Long> updater = FxBridge.coalescing(v -> {
            if (!Platform.isFxApplicationThread()) offFx.set(true);
            shown.set(v);
        });
        Thread engine = new Thread(() -> {
            for (long i = 0; i < 500_000; i++) updater.offer(i);
        });
        engine.start();
        engine.join();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown.get() == 499_999L);
        assertFalse(offFx.get(), "applied on the FX thread only");
        assertEquals(500_000, updater.offeredCount());
        assertTrue(updater.appliedCount() < updater.offeredCount() / 10,
                "coalesced: " + updater.appliedCount() + " applied");
        updater.close();
        updater.close(); // idempotent
    }

    @Test
    void everyPulseRunsUntilClosedAndTheTimerStopsWhenIdle() throws Exception {
        int baseline = FxBridge.pulseListenerCount();
        AtomicInteger pulses = new AtomicInteger();
        PulseSubscription sub = FxBridge.everyPulse(now -> pulses.incrementAndGet());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pulses.get() >= 3);
        sub.close();
        assertEquals(baseline, FxBridge.pulseListenerCount());
        WaitForAsyncUtils.waitForFxEvents();
        int after = pulses.get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, pulses.get(), "no calls after close");
        if (baseline == 0) {
            assertFalse(WaitForAsyncUtils.asyncFx(FxBridge::isPulseTimerRunning).get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void everyAndAfterRunOnTheFxThreadUntilClosed() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        AtomicBoolean offThread = new AtomicBoolean();
        PulseSubscription sub = FxBridge.every(java.time.Duration.ofMillis(20), () -> {
            if (!Platform.isFxApplicationThread()) offThread.set(true);
            runs.incrementAndGet();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() >= 3);
        sub.close();
        WaitForAsyncUtils.waitForFxEvents();
        int after = runs.get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, runs.get(), "no runs after close, not even one already queued");
        assertFalse(offThread.get());

        CompletableFuture<Boolean> once = new CompletableFuture<>();
        FxBridge.after(java.time.Duration.ofMillis(10), () -> once.complete(Platform.isFxApplicationThread()));
        assertTrue(once.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFrameThatDrawsTooLongIsMeasuredAndCountedAsAStall() throws Exception {
        FrameTimeMonitor monitor = WaitForAsyncUtils.asyncFx(() -> {
            FrameTimeMonitor m = new FrameTimeMonitor();
            m.start();
            return m;
        }).get(5, TimeUnit.SECONDS);
        AtomicInteger frames = new AtomicInteger();
        // one frame keeps the FX thread busy for 80 ms, as a view drawing with cold code did
        PulseSubscription sub = FxBridge.everyPulse(now -> {
            if (frames.incrementAndGet() == 2) {
                long until = System.nanoTime() + 80_000_000L;
                while (System.nanoTime() < until) Thread.onSpinWait();
            }
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.get() >= 4);
            assertTrue(WaitForAsyncUtils.asyncFx(monitor::getLongFrames).get(5, TimeUnit.SECONDS) >= 1,
                    "the 80 ms frame is a stall even if no frame waited that long behind it");
            assertTrue(WaitForAsyncUtils.asyncFx(() -> monitor.worstMillisProperty().get()).get(5, TimeUnit.SECONDS) >= 80);
        } finally {
            sub.close();
            WaitForAsyncUtils.asyncFx(monitor::stop).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void framesComeAtTheLiveClocksRateNotTheDisplays() throws Exception {
        int before = WaitForAsyncUtils.asyncFx(FxBridge::frameRate).get(5, TimeUnit.SECONDS);
        var refused = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> WaitForAsyncUtils.asyncFx(() -> FxBridge.setFrameRate(0)).get(5, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof IllegalArgumentException, "0 frames/s refused");
        // TestFX also keeps the refusal and rethrows it in a later test's wait; it was expected here
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.asyncFx(() -> FxBridge.setFrameRate(5)).get(5, TimeUnit.SECONDS);
        try {
            java.util.List<Long> times = new java.util.concurrent.CopyOnWriteArrayList<>();
            PulseSubscription sub = FxBridge.everyPulse(times::add);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> times.size() >= 5);
            sub.close();
            double meanGapMillis = (times.get(4) - times.get(0)) / 4 / 1e6;
            assertTrue(meanGapMillis > 150, "5 frames/s, not the display's 60: mean gap " + meanGapMillis + " ms");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> FxBridge.setFrameRate(before)).get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void whileShowingFollowsTheWindow(FxRobot robot) throws Exception {
        int baseline = FxBridge.pulseListenerCount();
        AtomicInteger pulses = new AtomicInteger();
        Label view = new Label("view");
        Stage[] second = new Stage[1];
        PulseSubscription[] handle = new PulseSubscription[1];
        robot.interact(() -> {
            handle[0] = FxBridge.whileShowing(view, () -> FxBridge.everyPulse(now -> pulses.incrementAndGet()));
            assertEquals(baseline, FxBridge.pulseListenerCount(), "not on screen yet");
            second[0] = new Stage();
            second[0].setScene(new Scene(new StackPane(view), 100, 50));
            second[0].show();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pulses.get() >= 2);
        robot.interact(() -> second[0].hide());
        assertEquals(baseline, FxBridge.pulseListenerCount(), "hidden views cost no frames");
        robot.interact(() -> second[0].show());
        assertEquals(baseline + 1, FxBridge.pulseListenerCount());
        handle[0].close();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(baseline, FxBridge.pulseListenerCount());
        robot.interact(() -> second[0].close());
    }
}
