package io.spikeworks.ui.live;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.activity.MembraneTracesCard;
import io.spikeworks.ui.live.activity.OutputCard;
import io.spikeworks.ui.live.activity.SpikeRasterCard;
import io.spikeworks.ui.live.circuit.GatedCircuitCard;
import io.spikeworks.ui.live.cost.CostMetersView;
import io.spikeworks.ui.live.cost.TruncationCostView;
import io.spikeworks.ui.live.learning.LearningCurvesCard;
import io.spikeworks.ui.live.learning.WeightsCard;
import io.spikeworks.ui.live.regression.GradientQualityCard;
import io.spikeworks.ui.live.regression.PredictionCard;
import io.spikeworks.ui.live.symmetry.AsymmetryCurvesView;
import io.spikeworks.ui.live.symmetry.TransportCostCard;
import io.spikeworks.ui.live.symmetry.WeightAsymmetryCard;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.spikeworks.ui.live.LiveViewRegistration.always;
import static io.spikeworks.ui.live.LiveViewRegistration.requires;

/**
 * The live views of the dashboard, in their default order. A new view is one class (its {@link LiveCard}, or just
 * its view through {@link LiveCard#of}) plus one line in {@link #STANDARD}; the cards, tabs, layout memory, export
 * buttons, frame clock and capability check follow from it.
 */
public final class LiveViewRegistry {
    private static final LiveViewRegistry STANDARD = new LiveViewRegistry(List.of(
            // first: for an nBP run the circuit is what the Activity tab should open on
            requires(LiveCapability.GATED_CIRCUIT, LiveViewSlot.GATED_CIRCUIT, GatedCircuitCard::new),
            // a regression run opens on its predictions; never offered with the circuit
            requires(LiveCapability.TEST_FUNCTION_PREDICTIONS, LiveViewSlot.PREDICTIONS, PredictionCard::new),
            requires(LiveCapability.NETWORK_ACTIVITY, LiveViewSlot.SPIKE_RASTER, SpikeRasterCard::new),
            requires(LiveCapability.NETWORK_ACTIVITY, LiveViewSlot.MEMBRANE_TRACES, MembraneTracesCard::new),
            always(LiveViewSlot.OUTPUT, OutputCard::new),
            always(LiveViewSlot.LEARNING_CURVES, LearningCurvesCard::new),
            requires(LiveCapability.GRADIENT_ESTIMATE, LiveViewSlot.GRADIENT_QUALITY, GradientQualityCard::new),
            always(LiveViewSlot.WEIGHTS, WeightsCard::new),
            requires(LiveCapability.WEIGHT_SYMMETRY, LiveViewSlot.WEIGHT_ASYMMETRY, WeightAsymmetryCard::new),
            requires(LiveCapability.WEIGHT_SYMMETRY, LiveViewSlot.ASYMMETRY_CURVES, ctx -> {
                AsymmetryCurvesView v = new AsymmetryCurvesView();
                return LiveCard.of("asymmetry curves", v, DrawCadence.SERIES_NANOS, d -> v.show(d.asymmetryCurves()));
            }),
            always(LiveViewSlot.COST_METERS, ctx -> {
                CostMetersView v = new CostMetersView();
                return LiveCard.of("costs", v, DrawCadence.SERIES_NANOS, d -> v.show(d.costs()));
            }),
            requires(LiveCapability.WEIGHT_SYMMETRY, LiveViewSlot.TRANSPORT_COST, TransportCostCard::new),
            requires(LiveCapability.TRUNCATION_COSTS, LiveViewSlot.TRUNCATION_COST, ctx -> {
                TruncationCostView v = new TruncationCostView();
                return LiveCard.of("truncation savings", v, DrawCadence.SERIES_NANOS, d -> v.show(d.truncationCosts()));
            })));

    private final List<LiveViewRegistration> registrations;

    public LiveViewRegistry(List<LiveViewRegistration> registrations) {
        this.registrations = List.copyOf(registrations);
        Set<String> ids = new HashSet<>();
        for (LiveViewRegistration r : this.registrations)
            if (!ids.add(r.slot().id())) throw new IllegalArgumentException("two live views share the id " + r.slot().id());
    }

    /** The views the app shows. */
    public static LiveViewRegistry standard() {
        return STANDARD;
    }

    public List<LiveViewRegistration> registrations() {
        return registrations;
    }

    /** Every registered view's slot, in order. */
    public List<LiveViewSlot> slots() {
        return registrations.stream().map(LiveViewRegistration::slot).toList();
    }

    /** The slot with this card id stem. */
    public Optional<LiveViewSlot> slot(String id) {
        for (LiveViewRegistration r : registrations) if (r.slot().id().equals(id)) return Optional.of(r.slot());
        return Optional.empty();
    }
}
