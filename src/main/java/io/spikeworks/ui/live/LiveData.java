package io.spikeworks.ui.live;

import io.spikeworks.ui.live.activity.ActivitySnapshot;
import io.spikeworks.ui.live.activity.ConfusionData;
import io.spikeworks.ui.live.cost.CostData;
import io.spikeworks.ui.live.learning.LearningData;
import io.spikeworks.ui.live.learning.WeightData;
import io.spikeworks.ui.live.symmetry.AsymmetryCurveData;
import io.spikeworks.ui.live.symmetry.DivergenceMapData;
import io.spikeworks.ui.live.symmetry.TransportCostData;

import java.util.function.Function;

/**
 * The latest snapshots pulled from the bound {@link LiveSource}, which the cards draw from. A snapshot the source
 * has not (yet) given stays at the last one. Weights and W − Bᵀ are copies out of the engine, so they are pulled
 * only when a card asks ({@link #pullWeights}, {@link #pullDivergence}), at that card's cadence. FX thread only.
 */
public final class LiveData {
    private LiveSource source;
    private long pulledVersion = Long.MIN_VALUE;
    private long activityVersion = Long.MIN_VALUE;
    private ActivitySnapshot activity;
    private LearningData learning;
    private CostData costs;
    private WeightData weights;
    private DivergenceMapData divergence;
    private TransportCostData transport;
    private AsymmetryCurveData asymmetryCurves;
    private ConfusionData confusion;
    private io.spikeworks.ui.live.circuit.CircuitData circuit;
    private io.spikeworks.ui.live.cost.TruncationCostData truncationCosts;
    private io.spikeworks.ui.live.regression.PredictionData predictions;
    private io.spikeworks.ui.live.regression.GradientQualityData gradientQuality;

    /** Starts reading from {@code s} (null: none); the series of the last run are dropped. */
    void bind(LiveSource s) {
        source = s;
        if (s == null) return;
        pulledVersion = Long.MIN_VALUE;
        activityVersion = Long.MIN_VALUE;
        divergence = null;
        transport = null;
        asymmetryCurves = null;
        confusion = null;
        circuit = null;
        truncationCosts = null;
        predictions = null;
        gradientQuality = null;
    }

    /**
     * Pulls what changed since the last pull. The sample's activity only when {@code wantActivity}: the engine
     * captures a new raster only after the previous one was taken, so an unwatched raster costs it nothing.
     */
    void pull(boolean force, boolean wantActivity) {
        LiveSource s = source;
        if (s == null) return;
        long v = s.version();
        if (v != pulledVersion || force) {
            learning = orKeep(s.learning(), learning);
            costs = orKeep(s.costs(), costs);
            confusion = orKeep(s.confusion(), confusion);
            transport = orKeep(s.transportCost(), transport);
            asymmetryCurves = orKeep(s.asymmetryCurves(), asymmetryCurves);
            truncationCosts = orKeep(s.truncationCosts(), truncationCosts);
            predictions = orKeep(s.predictions(), predictions);
            gradientQuality = orKeep(s.gradientQuality(), gradientQuality);
            pulledVersion = v;
        }
        if ((wantActivity || force) && (v != activityVersion || force)) {
            activity = orKeep(s.activity(), activity);
            confusion = orKeep(s.confusion(), confusion);
            activityVersion = v;
        }
    }

    private static <T> T orKeep(T fresh, T old) {
        return fresh != null ? fresh : old;
    }

    private <T> T pulled(Function<LiveSource, T> read, T old) {
        LiveSource s = source;
        return s == null ? old : orKeep(read.apply(s), old);
    }

    public ActivitySnapshot activity() { return activity; }
    public LearningData learning() { return learning; }
    public CostData costs() { return costs; }
    public ConfusionData confusion() { return confusion; }
    public TransportCostData transportCost() { return transport; }
    public AsymmetryCurveData asymmetryCurves() { return asymmetryCurves; }
    public io.spikeworks.ui.live.cost.TruncationCostData truncationCosts() { return truncationCosts; }
    public io.spikeworks.ui.live.regression.PredictionData predictions() { return predictions; }
    public io.spikeworks.ui.live.regression.GradientQualityData gradientQuality() { return gradientQuality; }

    /** Copies the weights out of the engine now and returns them (the last copy when it gives none). */
    public WeightData pullWeights() {
        weights = pulled(LiveSource::weights, weights);
        return weights;
    }

    /** The latest circuit recording (the last one when there is no newer), asking the run for the next. */
    public io.spikeworks.ui.live.circuit.CircuitData pullCircuit() {
        circuit = pulled(LiveSource::circuit, circuit);
        return circuit;
    }

    /** Copies W − Bᵀ out of the engine now and returns it (the last copy when it gives none). */
    public DivergenceMapData pullDivergence() {
        divergence = pulled(LiveSource::divergence, divergence);
        return divergence;
    }
}
