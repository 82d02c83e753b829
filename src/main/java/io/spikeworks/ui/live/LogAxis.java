package io.spikeworks.ui.live;

/**
 * A base-10 logarithmic axis over whole decades, from the decade below the smallest positive value (one more when
 * that value is within a quarter decade of it, so it does not sit on the edge) to the one at or above the largest. Zero and negative values have no place on it ({@link #fraction} gives NaN): a cumulative
 * count that is still 0 is simply not drawn.
 *
 * @param lowDecade  the axis starts at 10^lowDecade
 * @param highDecade and ends at 10^highDecade (always above lowDecade)
 */
public record LogAxis(int lowDecade, int highDecade) {
    public LogAxis {
        if (highDecade <= lowDecade)
            throw new IllegalArgumentException("a log axis needs at least one decade, got 1e" + lowDecade + "–1e" + highDecade);
    }

    /** The axis covering every positive value of the arrays; null when there is none. */
    public static LogAxis covering(double[]... series) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double[] s : series)
            for (double v : s)
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
        if (max == 0) return null;
        int lo = (int) Math.floor(Math.log10(min) + 1e-9);
        if (Math.log10(min) - lo < 0.25) lo--; // keep the smallest value off the bottom edge
        int hi = (int) Math.ceil(Math.log10(max) - 1e-9);
        return new LogAxis(lo, Math.max(hi, lo + 1));
    }

    /** Where v sits, 0 at the bottom and 1 at the top; NaN for values ≤ 0 or not finite. */
    double fraction(double v) {
        if (!(v > 0) || !Double.isFinite(v)) return Double.NaN;
        return (Math.log10(v) - lowDecade) / (highDecade - lowDecade);
    }

    /** Pixel y of v in a plot from {@code top} down {@code height} pixels; NaN where {@link #fraction} is. */
    public double y(double v, double top, double height) {
        return top + height - fraction(v) * height;
    }

    /** The decade tick values, bottom to top. */
    public double[] ticks() {
        double[] t = new double[highDecade - lowDecade + 1];
        for (int i = 0; i < t.length; i++) t[i] = Math.pow(10, lowDecade + i);
        return t;
    }

    /** A tick label: 1, 10, 100, 1k, 10k, … 1M, 1G, 1T; below 1 as 0.1, 0.01, 1e-3 … */
    public static String label(double decade) {
        int e = (int) Math.round(Math.log10(decade));
        if (e < -2) return "1e" + e;
        if (e < 0) return e == -1 ? "0.1" : "0.01";
        String[] suffix = {"", "k", "M", "G", "T", "P", "E"};
        int group = Math.min(e / 3, suffix.length - 1);
        long mantissa = Math.round(Math.pow(10, e - 3 * group));
        return mantissa + suffix[group];
    }
}
