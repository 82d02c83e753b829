package io.spikeworks.learn.score;

import io.spikeworks.data.RealValuedSet;
import io.spikeworks.data.RegressionLayout;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The relative L2 error of each test function on its own, ‖pred − ref‖₂ / ‖ref‖₂ over its grid, and their spread:
 * the set's single relative L2 figure pools all functions, so one badly fitted function hides among good ones.
 */
public final class FunctionErrors {
    /** The evaluation columns this adds for a test set laid out as functions: min, median and max over functions. */
    public static final String MIN = "test_rel_l2_fn_min";
    public static final String MEDIAN = "test_rel_l2_fn_median";
    public static final String MAX = "test_rel_l2_fn_max";

    private FunctionErrors() {}

    /** Per test function, in order; NaN for a function whose reference is zero everywhere. */
    public static double[] relativeL2(RegressionLayout layout, float[] references, float[] predictions) {
        int p = layout.pointsPerFunction();
        if (references.length < layout.rows() || predictions.length < layout.rows())
            throw new IllegalArgumentException("the layout covers " + layout.rows() + " rows, got " + references.length
                    + " references and " + predictions.length + " predictions");
        double[] e = new double[layout.functions()];
        for (int f = 0; f < e.length; f++) {
            double err = 0, ref = 0;
            for (int r = f * p; r < (f + 1) * p; r++) {
                double d = (double) predictions[r] - references[r];
                err += d * d;
                ref += (double) references[r] * references[r];
            }
            e[f] = ref == 0 ? Double.NaN : Math.sqrt(err / ref);
        }
        return e;
    }

    /** The set's targets, one per row (the layout is for one target per row). */
    public static float[] references(RealValuedSet set) {
        float[] y = new float[set.size()];
        for (int i = 0; i < y.length; i++) set.copyTarget(i, y, i);
        return y;
    }

    /** {@link #MIN}, {@link #MEDIAN}, {@link #MAX} of the finite per-function errors; empty when there are none. */
    public static Map<String, Double> spread(double[] perFunction) {
        double[] v = Arrays.stream(perFunction).filter(Double::isFinite).sorted().toArray();
        Map<String, Double> m = new LinkedHashMap<>();
        if (v.length == 0) return m;
        int n = v.length;
        m.put(MIN, v[0]);
        m.put(MEDIAN, n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
        m.put(MAX, v[n - 1]);
        return m;
    }
}
