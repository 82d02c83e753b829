package io.spikeworks.ui.live;

import io.spikeworks.ui.live.activity.ActivitySnapshot;
import io.spikeworks.ui.live.activity.ConfusionData;
import io.spikeworks.ui.live.activity.MembraneTraceView;
import io.spikeworks.ui.live.activity.MembraneTracesCard;
import io.spikeworks.ui.live.activity.NeuronRef;
import io.spikeworks.ui.live.activity.SpikeRasterView;
import io.spikeworks.ui.live.cost.CostData;
import io.spikeworks.ui.live.learning.LearningCurveView;
import io.spikeworks.ui.live.learning.LearningData;
import io.spikeworks.ui.live.learning.WeightData;
import io.spikeworks.ui.live.learning.WeightView;
import io.spikeworks.ui.shell.MainViewModel;
import io.spikeworks.ui.shell.MainWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static io.spikeworks.ui.live.ViewFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** The pulse-rate pull: mounts on bind, pulls only on a new version, draws only visible views, asks for traces. */
@ExtendWith(ApplicationExtension.class)
class LiveDashboardTest {
    private MainWindow window;

    /** A source a test drives by hand. */
    static final class HandSource implements LiveSource {
        final AtomicLong version = new AtomicLong(1);
        final AtomicInteger activityCalls = new AtomicInteger();
        volatile ActivitySnapshot activity = ViewFixtures.activity(1, List.of(raster("input", false, 4, 5, new int[][]{{0, 1}}),
                raster("hidden", true, 8, 5, new int[][]{{2, 6}})), List.of());
        final List<String> traced = new ArrayList<>();
        final List<Boolean> currents = new ArrayList<>();

        public long version() { return version.get(); }
        public ActivitySnapshot activity() { activityCalls.incrementAndGet(); return activity; }
        public LearningData learning() { return LearningLearning.DATA; }
        public CostData costs() { return new CostData(1, 10, 0, 0, 0, 1, 1, 1, 0.5); }
        final AtomicInteger weightCalls = new AtomicInteger();
        public WeightData weights() { weightCalls.incrementAndGet(); return new WeightData(1, 1, List.of(new WeightData.Tensor("w", new int[]{2, 2}, new float[]{1, -1, 0, 0.5f}))); }
        public ConfusionData confusion() { return null; }
        @Override public void traceNeurons(String layer, int[] neurons) { traced.add(layer + java.util.Arrays.toString(neurons)); }
        @Override public void traceInputCurrent(boolean on) { currents.add(on); }
    }

    static final class LearningLearning {
        static final LearningData DATA = new LearningData(1, new double[]{32}, new double[]{2}, new double[]{0.1},
                new double[]{100}, new int[0], new double[0], new double[0], new double[0], new double[0], new double[0]);
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(new MainViewModel());
        window.attach(stage);
        stage.sizeToScene(); // the primary stage is shared: an earlier test class may have left it small
        stage.show();
    }

    @Test
    void beforeRunTheCardsFollowWhatTheProjectsRunWillOfferAndABoundRunOverrulesThat() throws Exception {
        LiveDashboard d = window.dashboard();
        assertTrue(fx(() -> window.liveViews().isHidden(LiveViewSlot.GATED_CIRCUIT)), "no algorithm's own card by default");
        assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.SPIKE_RASTER)));
        fxRun(() -> d.expect(java.util.EnumSet.of(LiveCapability.GATED_CIRCUIT))); // an nBP project
        assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.GATED_CIRCUIT)));
        assertTrue(fx(() -> window.liveViews().isHidden(LiveViewSlot.SPIKE_RASTER)));
        assertTrue(fx(() -> window.liveViews().isHidden(LiveViewSlot.WEIGHT_ASYMMETRY)));
        fxRun(() -> d.bind(new HandSource())); // the run says what it offers (here: the defaults)
        assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.SPIKE_RASTER)));
        fxRun(() -> d.expect(java.util.EnumSet.of(LiveCapability.GATED_CIRCUIT)));
        assertFalse(fx(() -> window.liveViews().isHidden(LiveViewSlot.SPIKE_RASTER)), "ignored while a run is bound");
        fxRun(d::unbind);
    }

    @Test
    void mountAheadMountsTheCardsOnScreenOnePerFrameBeforeAnySourceIsBound() throws Exception {
        LiveDashboard d = window.dashboard();
        fxRun(() -> window.liveViews().select(LiveViewSlot.SPIKE_RASTER));
        assertTrue(fx(() -> window.liveViews().isPlaceholder(LiveViewSlot.SPIKE_RASTER)));
        fxRun(d::mountAhead);
        assertTrue(fx(() -> window.liveViews().isPlaceholder(LiveViewSlot.SPIKE_RASTER)), "not in the calling event");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(d::isMounted));
        assertFalse(fx(d::isBound));
        for (LiveViewSlot s : LiveViewRegistry.standard().slots()) {
            // a card of a task kind no run offered yet (predictions of test functions) stays out of its tab
            boolean onScreen = fx(() -> window.liveViews().groupOf(s)) == LiveViewGroup.ACTIVITY
                    && !fx(() -> window.liveViews().isHidden(s));
            assertEquals(!onScreen, fx(() -> window.liveViews().isPlaceholder(s)), s + (onScreen ? " mounted" : " waits for its tab"));
        }
        HandSource src = new HandSource();
        fxRun(() -> d.bind(src)); // the cards are there already; the source takes over
        assertTrue(fx(d::isMounted));
        assertTrue(fx(d::isBound));
    }

    @Test
    void bindMountsPullsOnNewVersionsAndDrawsOnlyWhatIsOnScreen() throws Exception {
        HandSource src = new HandSource();
        LiveDashboard d = window.dashboard();
        assertTrue(fx(() -> window.liveViews().isPlaceholder(LiveViewSlot.SPIKE_RASTER)), "placeholders until bound");
        fxRun(() -> {
            d.bind(src);
            window.liveViews().select(LiveViewSlot.SPIKE_RASTER);
        });
        LiveViewSlot top = fx(() -> window.liveViews().currentLayout().slots(LiveViewGroup.ACTIVITY).stream()
                .filter(s -> !window.liveViews().isHidden(s)).findFirst().orElseThrow());
        assertFalse(fx(() -> window.liveViews().isPlaceholder(top)), "the card on screen at once");
        assertSame(fx(() -> window.liveViews().getScene()), fx(d::timedScene), "the scene's layout passes are timed");
        // the others on screen one per frame (all at once made a 100 ms frame); hidden tabs' cards when shown
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(d::isMounted));
        for (LiveViewSlot s : LiveViewRegistry.standard().slots()) {
            // a card of a task kind no run offered yet (predictions of test functions) stays out of its tab
            boolean onScreen = fx(() -> window.liveViews().groupOf(s)) == LiveViewGroup.ACTIVITY
                    && !fx(() -> window.liveViews().isHidden(s));
            assertEquals(!onScreen, fx(() -> window.liveViews().isPlaceholder(s)), s + (onScreen ? " mounted" : " waits for its tab"));
        }
        fxRun(() -> window.liveViews().select(LiveViewSlot.TRANSPORT_COST));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> window.liveViews().isPlaceholder(LiveViewSlot.TRANSPORT_COST))
                && !fx(() -> window.liveViews().isPlaceholder(LiveViewSlot.COST_METERS)));
        fxRun(() -> window.liveViews().select(LiveViewSlot.SPIKE_RASTER));
        assertNotNull(fx(() -> window.liveViews().card(LiveViewSlot.SPIKE_RASTER).lookup("#spikeRasterExportPng")));
        assertNotNull(fx(() -> window.liveViews().card(LiveViewSlot.SPIKE_RASTER).lookup("#spikeRasterExportCsv")));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> d.view(SpikeRasterView.class).data() != null));
        assertNull(fx(() -> d.view(LearningCurveView.class).data() == LearningData.EMPTY ? null : d.view(LearningCurveView.class).data()),
                "the learning tab is not on screen: its view is not drawn");
        long pulses = fx(d::pulses);
        int calls = src.activityCalls.get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(d::pulses) > pulses + 5);
        assertEquals(calls, src.activityCalls.get(), "same version: nothing pulled");
        assertEquals(0, src.weightCalls.get(), "the weights view is not on screen: no weight is copied out of the engine");
        src.activity = ViewFixtures.activity(2, src.activity.layers(), List.of());
        src.version.incrementAndGet();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> d.view(SpikeRasterView.class).data().version() == 2));

        fxRun(() -> window.liveViews().select(LiveViewSlot.LEARNING_CURVES));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> d.view(LearningCurveView.class).data() == LearningLearning.DATA));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> d.view(WeightView.class).data() != null));
        assertTrue(src.weightCalls.get() >= 1, "on screen, the weights view reads them when it draws");

        fxRun(() -> d.view(MembraneTraceView.class).addNeuron(new NeuronRef("hidden", 6)));
        assertEquals(List.of("hidden[6]"), src.traced);

        // the "Input current" toggle asks the engine for currents and has the membrane view draw them
        assertEquals(List.of(false), src.currents, "bind tells the source the toggle's state");
        assertNotNull(fx(() -> window.liveViews().card(LiveViewSlot.MEMBRANE_TRACES).lookup("#membraneTracesCurrent")));
        fxRun(() -> d.card(MembraneTracesCard.class).inputCurrentToggle().fire());
        assertEquals(List.of(false, true), src.currents);
        assertTrue(fx(() -> d.view(MembraneTraceView.class).showsCurrent()));
        fxRun(() -> d.card(MembraneTracesCard.class).inputCurrentToggle().fire());
        assertEquals(List.of(false, true, false), src.currents);
        assertFalse(fx(() -> d.view(MembraneTraceView.class).showsCurrent()));
        fxRun(d::unbind);
        assertFalse(fx(() -> d.frameMonitor().isRunning()));
    }

    @Test
    void theCardMenuMovesACardToAnotherTab(org.testfx.api.FxRobot robot) throws Exception {
        fxRun(() -> window.liveViews().select(LiveViewSlot.OUTPUT));
        robot.clickOn("#outputArrangeMenu");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("Move to Learning").tryQuery().isPresent());
        robot.clickOn("Move to Learning");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LiveViewGroup.LEARNING, fx(() -> window.liveViews().groupOf(LiveViewSlot.OUTPUT)));
        robot.clickOn("#learningCurvesArrangeMenu");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("Move down").tryQuery().isPresent());
        robot.clickOn("Move down");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LiveViewSlot.LEARNING_CURVES, fx(() -> window.liveViews().currentLayout().slots(LiveViewGroup.LEARNING).get(1)));
        fxRun(() -> window.viewModel().resetLayout());
    }

    @Test
    void cardsMoveBetweenTabsAndResetLayoutBringsThemHome() throws Exception {
        fxRun(() -> window.liveViews().moveTo(LiveViewSlot.COST_METERS, LiveViewGroup.ACTIVITY));
        assertEquals(LiveViewGroup.ACTIVITY, fx(() -> window.liveViews().groupOf(LiveViewSlot.COST_METERS)));
        assertTrue(fx(() -> window.liveViews().stack(LiveViewGroup.ACTIVITY).getItems()
                .contains(window.liveViews().card(LiveViewSlot.COST_METERS))));
        int at = fx(() -> window.liveViews().currentLayout().slots(LiveViewGroup.ACTIVITY).indexOf(LiveViewSlot.COST_METERS));
        fxRun(() -> window.liveViews().shift(LiveViewSlot.COST_METERS, -at));
        assertEquals(LiveViewSlot.COST_METERS, fx(() -> window.liveViews().currentLayout().slots(LiveViewGroup.ACTIVITY).get(0)));
        fxRun(() -> window.viewModel().resetLayout());
        assertEquals(LiveViewLayout.DEFAULT.order(), fx(() -> window.liveViews().currentLayout().order()));
    }

    @Test
    void moreCardsThanFitScrollAndOnlyThoseInViewDraw() throws Exception {
        LiveViewsArea area = window.liveViews();
        fxRun(() -> {
            for (LiveViewSlot s : List.of(LiveViewSlot.LEARNING_CURVES, LiveViewSlot.WEIGHTS, LiveViewSlot.COST_METERS))
                area.moveTo(s, LiveViewGroup.ACTIVITY);
            area.select(LiveViewSlot.SPIKE_RASTER);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroll = fx(() -> {
            javafx.scene.Parent p = area.stack(LiveViewGroup.ACTIVITY).getParent();
            while (!(p instanceof javafx.scene.control.ScrollPane)) p = p.getParent();
            return (javafx.scene.control.ScrollPane) p;
        });
        double least = fx(() -> area.currentLayout().slots(LiveViewGroup.ACTIVITY).stream()
                .mapToDouble(LiveViewSlot::minHeight).sum());
        assertTrue(fx(() -> scroll.getViewportBounds().getHeight()) < least, "six cards do not fit: the stack scrolls");
        for (LiveViewSlot s : LiveViewRegistry.standard().slots()) {
            if (fx(() -> area.groupOf(s)) != LiveViewGroup.ACTIVITY || fx(() -> area.isHidden(s))) continue;
            assertTrue(fx(() -> area.card(s).getHeight()) >= s.minHeight() - 0.5, s + " keeps its least height");
        }
        javafx.scene.Node top = area.card(LiveViewSlot.SPIKE_RASTER);
        javafx.scene.Node bottom = area.card(LiveViewSlot.COST_METERS);
        assertTrue(fx(() -> LiveDashboard.showing(top)));
        assertFalse(fx(() -> LiveDashboard.showing(bottom)), "scrolled out of view: not drawn");
        fxRun(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> LiveDashboard.showing(bottom)));
        assertFalse(fx(() -> LiveDashboard.showing(top)));
        fxRun(() -> window.viewModel().resetLayout());
    }
}
