package io.spikeworks.session;

import io.spikeworks.learn.gradient.GradientCosineRow;
import io.spikeworks.learn.gradient.GradientCosineSource;

import java.util.List;
import java.util.Map;

/**
 * How well a rule that estimates its gradient (weight perturbation, forward-mode) points along BPTT's: every
 * comparison the rule makes (the grad_angle_deg metric, taken every {@code alignmentEvery} batches) in a bounded
 * series, and, from a rule that measures several estimators or K ({@link GradientCosineSource}), its latest table.
 * Written by the worker after a batch; read by any thread without waiting.
 */
public final class GradientEstimateTelemetry {
    /** The rule's metric with the angle between its estimate and BPTT's gradient, in degrees. */
    public static final String ANGLE_METRIC = "grad_angle_deg";

    private final int every;
    private final SeriesRing angles;
    private final GradientCosineSource table;
    private volatile List<GradientCosineRow> rows = List.of();

    /**
     * @param every batches between two comparisons (the rule's alignmentEvery; 0 = it never compares)
     * @param table the rule's table of estimators against K, or null
     */
    GradientEstimateTelemetry(int every, int capacity, GradientCosineSource table) {
        if (every < 0) throw new IllegalArgumentException("alignmentEvery must be ≥ 0, got " + every);
        this.every = every;
        this.angles = new SeriesRing(capacity, ANGLE_METRIC);
        this.table = table;
    }

    /** Batches between comparisons; 0 when the rule does not compare. */
    public int every() {
        return every;
    }

    /** The angle at every comparison, by iteration. */
    public SeriesRing angles() {
        return angles;
    }

    /** The latest table of estimators against K; empty when the rule gives none. */
    public List<GradientCosineRow> table() {
        return rows;
    }

    /** After batch {@code iteration} (1-based): takes the angle when the rule compared on it; true if anything changed. */
    boolean afterBatch(long iteration, Map<String, Double> ruleMetrics) {
        boolean changed = false;
        if (every > 0 && iteration % every == 0) {
            Double angle = ruleMetrics.get(ANGLE_METRIC);
            if (angle != null) {
                angles.append(iteration, new double[]{angle});
                changed = true;
            }
        }
        if (table != null) {
            List<GradientCosineRow> t = table.gradientCosines();
            if (t != null && !t.equals(rows)) {
                rows = List.copyOf(t);
                changed = true;
            }
        }
        return changed;
    }
}
