package io.spikeworks.ui.live.regression;

import io.spikeworks.learn.gradient.GradientCosineRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well an estimated gradient points along BPTT's: the cosine at every batch the rule compared (its
 * {@code alignmentEvery}), and a table of estimators against K that a rule or a bench can hand over. Immutable.
 *
 * @param every      batches between the rule's comparisons; 0 when it does not compare
 * @param iterations the batches compared, oldest first
 * @param cosines    cos(angle) between the estimate and BPTT's gradient at each of them
 * @param table      (estimator, K, mean/min/max cosine) rows, in the order given
 */
public record GradientQualityData(long version, String algorithm, int every, long[] iterations, double[] cosines,
                                  List<GradientCosineRow> table) {
    public static final GradientQualityData EMPTY = new GradientQualityData(0, "", 0, new long[0], new double[0], List.of());

    public GradientQualityData {
        if (iterations.length != cosines.length) throw new IllegalArgumentException("one cosine per iteration expected");
        table = List.copyOf(table);
    }

    /** The cosine of an angle in degrees (the rule's grad_angle_deg). */
    public static double cosineOfDegrees(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }

    public int measurements() {
        return cosines.length;
    }

    /** Mean of the finite cosines; NaN when there are none. */
    public double meanCosine() {
        double s = 0;
        int n = 0;
        for (double c : cosines)
            if (Double.isFinite(c)) {
                s += c;
                n++;
            }
        return n == 0 ? Double.NaN : s / n;
    }

    public double lastCosine() {
        return cosines.length == 0 ? Double.NaN : cosines[cosines.length - 1];
    }

    /** The table's rows by estimator (in order of first appearance), each sorted by K. */
    public Map<String, List<GradientCosineRow>> byEstimator() {
        Map<String, List<GradientCosineRow>> m = new LinkedHashMap<>();
        for (GradientCosineRow r : table) m.computeIfAbsent(r.estimator(), k -> new ArrayList<>()).add(r);
        for (List<GradientCosineRow> rows : m.values()) rows.sort(Comparator.comparingInt(GradientCosineRow::directions));
        return m;
    }

    /** The smallest and largest K in the table (1, 1 when it is empty). */
    public int[] directionRange() {
        int lo = Integer.MAX_VALUE, hi = 1;
        for (GradientCosineRow r : table) {
            lo = Math.min(lo, r.directions());
            hi = Math.max(hi, r.directions());
        }
        return new int[]{lo == Integer.MAX_VALUE ? 1 : lo, hi};
    }
}
