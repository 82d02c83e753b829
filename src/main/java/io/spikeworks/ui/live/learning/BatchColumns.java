package io.spikeworks.ui.live.learning;

import java.util.Arrays;

/**
 * A per-batch series reduced to pixel columns (its first, lowest, highest and last finite value in each), once per
 * draw: the learning-curve view takes both its panel's range and its strokes from it.
 */
final class BatchColumns {
    /** Columns with data below which a series is too short to have outliers worth leaving out. */
    static final int MIN_COLUMNS_FOR_OUTLIERS = 20;

    final double[] min;
    final double[] max;
    final double[] first;
    final double[] last;
    final boolean[] has;
    /** Columns holding at least one finite value. */
    final int used;

    /** @param xMax the x value of the last column */
    BatchColumns(double[] xs, double[] ys, double xMax, int columns) {
        int cols = Math.max(1, columns);
        min = new double[cols];
        max = new double[cols];
        first = new double[cols];
        last = new double[cols];
        has = new boolean[cols];
        int n = 0;
        for (int i = 0; i < ys.length; i++) {
            double v = ys[i];
            if (!Double.isFinite(v)) continue;
            int col = (int) Math.min(cols - 1, Math.max(0, xs[i] / xMax * (cols - 1)));
            if (!has[col]) {
                has[col] = true;
                n++;
                min[col] = max[col] = first[col] = v;
            } else {
                min[col] = Math.min(min[col], v);
                max[col] = Math.max(max[col], v);
            }
            last[col] = v;
        }
        used = n;
    }

    /**
     * The highest value the series asks its panel to show (0 at least): its highest value, or with outliers ignored
     * the 95th percentile of its columns' highs, so "outlier" means a few per cent of the x axis whatever the number
     * of batches per column. A series with data in fewer than {@link #MIN_COLUMNS_FOR_OUTLIERS} columns keeps its
     * highest value.
     */
    double top(boolean ignoreOutliers) {
        double[] highs = new double[used];
        int n = 0;
        for (int c = 0; c < has.length; c++) if (has[c]) highs[n++] = max[c];
        if (n == 0) return 0;
        Arrays.sort(highs);
        int at = ignoreOutliers && n >= MIN_COLUMNS_FOR_OUTLIERS ? (int) Math.floor(0.95 * (n - 1)) : n - 1;
        return Math.max(0, highs[at]);
    }
}
