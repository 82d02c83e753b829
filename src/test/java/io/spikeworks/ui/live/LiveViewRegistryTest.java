package io.spikeworks.ui.live;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.activity.ActivitySnapshot;
import io.spikeworks.ui.live.activity.ConfusionData;
import io.spikeworks.ui.live.cost.CostData;
import io.spikeworks.ui.live.learning.LearningData;
import io.spikeworks.ui.live.learning.WeightData;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.testfx.framework.junit5.ApplicationExtension;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.spikeworks.ui.live.ViewFixtures.fx;
import static io.spikeworks.ui.live.ViewFixtures.fxRun;
import static io.spikeworks.ui.live.ViewFixtures.inScene;
import static org.junit.jupiter.api.Assertions.*;

/** The view contract: the standard views are registrations, and a new view plugs in with one class and one registration. */
@ExtendWith(ApplicationExtension.class)
class LiveViewRegistryTest {

    @Test
    void theStandardViewsAreTheElevenSlotsInOrderTheSymmetryOnesNeedFeedbackWeightsAndTheCircuitOneAGatedCircuit() {
        LiveViewRegistry r = LiveViewRegistry.standard();
        assertEquals(List.of("gatedCircuit", "predictions", "spikeRaster", "membraneTraces", "output", "learningCurves",
                "gradientQuality", "weights", "weightAsymmetry", "asymmetryCurves", "costMeters", "transportCost",
                "truncationCost"),
                r.slots().stream().map(LiveViewSlot::id).toList());
        // what BPTT offers, what fBP offers, what nBP offers
        Set<LiveCapability> none = EnumSet.of(LiveCapability.NETWORK_ACTIVITY);
        Set<LiveCapability> symmetry = EnumSet.of(LiveCapability.NETWORK_ACTIVITY, LiveCapability.WEIGHT_SYMMETRY);
        Set<LiveCapability> circuit = EnumSet.of(LiveCapability.GATED_CIRCUIT);
        Set<LiveCapability> truncation = EnumSet.of(LiveCapability.NETWORK_ACTIVITY, LiveCapability.TRUNCATION_COSTS);
        Set<LiveCapability> regression = EnumSet.of(LiveCapability.NETWORK_ACTIVITY,
                LiveCapability.TEST_FUNCTION_PREDICTIONS, LiveCapability.GRADIENT_ESTIMATE);
        for (LiveViewRegistration reg : r.registrations()) {
            Map<String, LiveCapability> regressionOnly = Map.of("predictions", LiveCapability.TEST_FUNCTION_PREDICTIONS,
                    "gradientQuality", LiveCapability.GRADIENT_ESTIMATE);
            if (regressionOnly.containsKey(reg.slot().id())) {
                assertTrue(reg.offeredBy(regression), reg.slot() + " for a run that offers it");
                assertFalse(reg.offeredBy(EnumSet.complementOf(EnumSet.of(regressionOnly.get(reg.slot().id())))),
                        reg.slot() + " for no other run, classification included");
                continue;
            }
            boolean needsTruncation = reg.slot().id().equals("truncationCost");
            if (needsTruncation) {
                assertTrue(reg.offeredBy(truncation), "TTL-BPTT's savings with TTL-BPTT");
                assertFalse(reg.offeredBy(none) || reg.offeredBy(symmetry) || reg.offeredBy(circuit), "and only then");
                continue;
            }
            boolean needsB = Set.of("weightAsymmetry", "asymmetryCurves", "transportCost").contains(reg.slot().id());
            boolean needsCircuit = reg.slot().id().equals("gatedCircuit");
            boolean needsNetwork = Set.of("spikeRaster", "membraneTraces").contains(reg.slot().id());
            assertEquals(!needsB && !needsCircuit, reg.offeredBy(none), reg.slot() + " without feedback weights");
            assertEquals(!needsCircuit, reg.offeredBy(symmetry), reg.slot() + " with feedback weights");
            assertEquals(!needsB && !needsNetwork, reg.offeredBy(circuit), reg.slot() + " with a gated circuit");
        }
        // before any run is bound: no card that one algorithm or task kind must claim
        List<String> beforeRun = r.registrations().stream().filter(reg -> reg.offeredBy(LiveSource.DEFAULT_CAPABILITIES))
                .map(reg -> reg.slot().id()).toList();
        assertEquals(List.of("spikeRaster", "membraneTraces", "output", "learningCurves", "weights", "weightAsymmetry",
                "asymmetryCurves", "costMeters", "transportCost"), beforeRun);
        assertEquals(LiveViewSlot.OUTPUT, r.slot("output").orElseThrow());
        assertTrue(r.slot("nope").isEmpty());
    }

    @Test
    void twoViewsWithOneIdAreRefusedSayingWhichId() {
        LiveViewRegistration a = LiveViewRegistration.always(LiveViewSlot.OUTPUT, ctx -> null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LiveViewRegistry(List.of(a, a)));
        assertTrue(e.getMessage().contains("output"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LiveViewSlot(LiveViewGroup.LEARNING, "two words", "t",
                MaterialDesignC.CHIP, "d", 100));
    }

    /** A view written only here: how many samples the run has seen. */
    static final class SamplesSeenView extends CanvasView {
        double shown = Double.NaN;

        SamplesSeenView() {
            super("samples-seen");
        }

        void show(LearningData d) {
            if (d == null || d.batchSamples().length == 0) return;
            shown = d.batchSamples()[d.batchSamples().length - 1];
            invalidate();
        }

        @Override protected void draw(GraphicsContext g, double w, double h) {
            message(g, w, h, Double.isNaN(shown) ? "No samples yet" : shown + " samples");
        }

        @Override public String exportName() { return "samples-seen"; }

        @Override public void writeCsv(Writer out) throws IOException {
            out.write("samples\n" + LiveView.num(shown) + "\n");
        }
    }

    /** A source offering the given capabilities, with one learning point at 32 samples. */
    private static LiveSource source(Set<LiveCapability> offers) {
        return new LiveSource() {
            public long version() { return 1; }
            public ActivitySnapshot activity() { return null; }
            public LearningData learning() { return LiveDashboardTest.LearningLearning.DATA; }
            public CostData costs() { return null; }
            public WeightData weights() { return null; }
            public ConfusionData confusion() { return null; }
            @Override public Set<LiveCapability> capabilities() { return offers; }
        };
    }

    @Test
    void aNewViewIsOneClassAndOneRegistrationAndShowsOnlyForRunsThatOfferWhatItNeeds() throws Exception {
        LiveViewSlot slot = new LiveViewSlot(LiveViewGroup.LEARNING, "samplesSeen", "Samples seen", MaterialDesignC.CHART_LINE,
                "How many samples the run has trained on.", 120);
        SamplesSeenView view = new SamplesSeenView();
        // the registration: the whole of what the dashboard needs to know about the view
        LiveViewRegistry registry = new LiveViewRegistry(List.of(LiveViewRegistration.requires(LiveCapability.WEIGHT_SYMMETRY,
                slot, ctx -> LiveCard.of("samples", view, DrawCadence.SERIES_NANOS, d -> view.show(d.learning())))));
        List<String> status = new java.util.ArrayList<>();
        LiveViewsArea area = fx(() -> inScene(new LiveViewsArea(registry), 800, 600));
        LiveDashboard dash = fx(() -> new LiveDashboard(area, status::add, registry));

        assertTrue(fx(() -> area.stack(LiveViewGroup.LEARNING).getItems().contains(area.card(slot))), "a card in its tab");
        assertEquals(120, fx(() -> area.card(slot).getMinHeight()));

        fxRun(() -> dash.bind(source(EnumSet.noneOf(LiveCapability.class))));
        assertTrue(fx(() -> area.isHidden(slot)));
        assertFalse(fx(() -> area.stack(LiveViewGroup.LEARNING).getItems().contains(area.card(slot))),
                "a run without feedback weights has nothing for it");

        fxRun(() -> dash.bind(source(EnumSet.of(LiveCapability.WEIGHT_SYMMETRY))));
        assertFalse(fx(() -> area.isHidden(slot)));
        assertTrue(fx(() -> area.stack(LiveViewGroup.LEARNING).getItems().contains(area.card(slot))));
        fxRun(dash::refreshNow);
        assertEquals(32, view.shown, "drew the learning data the dashboard pulled");
        assertSame(view, fx(() -> dash.view(SamplesSeenView.class)));
        assertSame(view, fx(() -> area.card(slot).contentProperty().get()), "mounted into its card");
        List<String> tools = fx(() -> area.card(slot).getHeaderTools().getChildren().stream().map(Node::getId).toList());
        assertTrue(tools.containsAll(List.of("samplesSeenExportPng", "samplesSeenExportCsv", "samplesSeenArrangeMenu")), tools.toString());
        StringWriter csv = new StringWriter();
        view.writeCsv(csv);
        assertEquals("samples\n32\n", csv.toString());
        assertTrue(status.isEmpty(), status.toString());
    }
}
