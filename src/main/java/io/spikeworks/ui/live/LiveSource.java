package io.spikeworks.ui.live;

import io.spikeworks.ui.live.activity.ActivitySnapshot;
import io.spikeworks.ui.live.activity.ConfusionData;
import io.spikeworks.ui.live.cost.CostData;
import io.spikeworks.ui.live.learning.LearningData;
import io.spikeworks.ui.live.learning.WeightData;
import io.spikeworks.ui.live.symmetry.AsymmetryCurveData;
import io.spikeworks.ui.live.symmetry.DivergenceMapData;
import io.spikeworks.ui.live.symmetry.TransportCostData;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where the live views get their data: a training session's telemetry behind a thin adapter. Every method may be
 * called on the FX thread once per frame, so each must be cheap and must never wait for the engine; each returns
 * an immutable snapshot (or null when there is none yet), a new object only when its content changed.
 */
public interface LiveSource {
    /** Increases whenever anything below may have changed; the views pull nothing while it stays the same. */
    long version();

    /** The latest captured sample: rasters, membranes, readout. */
    ActivitySnapshot activity();

    LearningData learning();

    CostData costs();

    /** A copy of the weights; the dashboard asks at most at its weight refresh rate. */
    WeightData weights();

    /** The test set's confusion matrix of every evaluation and the running training-sample one, or null if none yet. */
    ConfusionData confusion();

    /**
     * W − Bᵀ per feedback layer for the weight-asymmetry heatmap; the dashboard asks at most at its weight refresh
     * rate. Empty layers when the rule has no B shaped like W; null when unknown.
     */
    default DivergenceMapData divergence() {
        return null;
    }

    /** Cumulative weight transport and test accuracy; empty series for a rule that transports nothing. */
    default TransportCostData transportCost() {
        return null;
    }

    /** Asymmetry and gradient-alignment curves; empty for a rule without feedback weights. */
    default AsymmetryCurveData asymmetryCurves() {
        return null;
    }

    /**
     * The latest sample recorded through the rule's neuron-level circuit, or null; also asks the rule for a fresh
     * one, which it makes on its own thread at its next batch. Asked at most at the circuit card's cadence.
     */
    default io.spikeworks.ui.live.circuit.CircuitData circuit() {
        return null;
    }

    /** TTL-BPTT's savings against end-to-end BPTT; null for other rules or before the first batch. */
    default io.spikeworks.ui.live.cost.TruncationCostData truncationCosts() {
        return null;
    }

    /** The test set's predictions at the latest evaluation beside its references; null for classification or before one. */
    default io.spikeworks.ui.live.regression.PredictionData predictions() {
        return null;
    }

    /** The estimated gradient's cosine to BPTT's per compared batch, and any table of estimators × K; null when none. */
    default io.spikeworks.ui.live.regression.GradientQualityData gradientQuality() {
        return null;
    }

    /**
     * What a source offers unless it says otherwise, and what the dashboard assumes before any run is bound: every
     * capability but those of a task kind (test-function predictions, an estimated gradient) and those of one
     * algorithm (nBP's gated circuit, TTL-BPTT's truncation savings), which a source must claim: before Run, a BPTT
     * project shows no empty card of another algorithm.
     */
    Set<LiveCapability> DEFAULT_CAPABILITIES = java.util.Collections.unmodifiableSet(EnumSet.complementOf(
            EnumSet.of(LiveCapability.TEST_FUNCTION_PREDICTIONS, LiveCapability.GRADIENT_ESTIMATE,
                    LiveCapability.GATED_CIRCUIT, LiveCapability.TRUNCATION_COSTS)));

    /**
     * What this run offers beyond the telemetry every run has; the dashboard shows a view registered as needing a
     * capability only when it is here. {@link #DEFAULT_CAPABILITIES} unless a source says otherwise.
     */
    default Set<LiveCapability> capabilities() {
        return EnumSet.copyOf(DEFAULT_CAPABILITIES);
    }

    /** The project this run trains, as project JSON, for comparing runs; null when unknown. */
    default String projectJson() {
        return null;
    }

    /** Asks the engine to trace the membranes of these neurons of a layer from its next capture on. */
    default void traceNeurons(String layer, int[] neurons) {}

    /** Asks the engine to record the traced neurons' input current too (from its next batch on), or to stop. */
    default void traceInputCurrent(boolean on) {}
}
