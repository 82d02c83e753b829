package io.spikeworks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart drawn with Java2D (no display needed): series against a shared x column, nice ticks, a legend.
 * Drawn at twice its nominal size so that it stays sharp when printed.
 */
public final class LineChart {
    /** One line; NaN and infinite points are gaps. */
    public record Series(String name, double[] y) {}

    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0x9467bd), new Color(0xff7f0e), new Color(0x17becf), new Color(0x8c564b)};
    static final int SCALE = 2;

    private final String title;
    private final String xLabel;
    private final double[] x;
    private final List<Series> series = new ArrayList<>();

    public LineChart(String title, String xLabel, double[] x) {
        this.title = title;
        this.xLabel = xLabel;
        this.x = x.clone();
    }

    public LineChart add(String name, double[] y) {
        if (y.length != x.length)
            throw new IllegalArgumentException(title + ": series " + name + " has " + y.length + " points, x has " + x.length);
        series.add(new Series(name, y.clone()));
        return this;
    }

    public BufferedImage draw(int width, int height) {
        BufferedImage img = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            FontMetrics fm = g.getFontMetrics();
            int left = 58, right = 12, top = 26, bottom = 40 + 14 * ((series.size() + 2) / 3);
            int pw = width - left - right, ph = height - top - bottom;

            double[] xr = range(new double[][]{x});
            double[][] ys = series.stream().map(Series::y).toArray(double[][]::new);
            double[] yr = range(ys);
            double[] xt = Ticks.of(xr[0], xr[1], 6, integral(x)), yt = Ticks.of(yr[0], yr[1], 5, false);
            double x0 = Math.min(xr[0], xt[0]), x1 = Math.max(xr[1], xt[xt.length - 1]);
            double y0 = Math.min(yr[0], yt[0]), y1 = Math.max(yr[1], yt[yt.length - 1]);

            g.setColor(Color.BLACK);
            g.setFont(g.getFont().deriveFont(Font.BOLD, 12f));
            g.drawString(title, left, 16);
            g.setFont(g.getFont().deriveFont(Font.PLAIN, 11f));
            g.setStroke(new BasicStroke(0.6f));
            for (double t : yt) {
                int py = top + (int) Math.round(ph * (1 - (t - y0) / (y1 - y0)));
                g.setColor(new Color(0xe6e6e6));
                g.drawLine(left, py, left + pw, py);
                g.setColor(Color.DARK_GRAY);
                String s = Ticks.label(t);
                g.drawString(s, left - 6 - fm.stringWidth(s), py + 4);
            }
            for (double t : xt) {
                int px = left + (int) Math.round(pw * (t - x0) / (x1 - x0));
                g.setColor(new Color(0xe6e6e6));
                g.drawLine(px, top, px, top + ph);
                g.setColor(Color.DARK_GRAY);
                String s = Ticks.label(t);
                g.drawString(s, px - fm.stringWidth(s) / 2, top + ph + 14);
            }
            g.setColor(Color.GRAY);
            g.drawRect(left, top, pw, ph);
            g.setColor(Color.DARK_GRAY);
            g.drawString(xLabel, left + pw / 2 - fm.stringWidth(xLabel) / 2, top + ph + 28);

            g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int s = 0; s < series.size(); s++) {
                Color c = PALETTE[s % PALETTE.length];
                g.setColor(c);
                double[] y = series.get(s).y();
                Path2D.Double path = new Path2D.Double();
                boolean pen = false;
                for (int i = 0; i < x.length; i++) {
                    if (!Double.isFinite(y[i]) || !Double.isFinite(x[i])) {
                        pen = false;
                        continue;
                    }
                    double px = left + pw * (x[i] - x0) / (x1 - x0), py = top + ph * (1 - (y[i] - y0) / (y1 - y0));
                    if (pen) path.lineTo(px, py);
                    else path.moveTo(px, py);
                    pen = true;
                    g.fillOval((int) Math.round(px) - 2, (int) Math.round(py) - 2, 5, 5); // one point is still visible
                }
                g.draw(path);
                int lx = left + (s % 3) * (pw / 3), ly = top + ph + 44 + 14 * (s / 3);
                g.fillRect(lx, ly - 8, 14, 4);
                g.setColor(Color.BLACK);
                g.drawString(series.get(s).name(), lx + 18, ly - 3);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static boolean integral(double[] v) {
        for (double d : v) if (Double.isFinite(d) && d != Math.rint(d)) return false;
        return true;
    }

    /** Min and max over all finite values; a flat or empty range is widened so that it can be drawn. */
    static double[] range(double[][] values) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double[] v : values) for (double d : v) if (Double.isFinite(d)) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        if (lo > hi) return new double[]{0, 1};
        if (lo == hi) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            return new double[]{lo - pad, hi + pad};
        }
        return new double[]{lo, hi};
    }

    /** Tick positions at 1, 2 or 5 × 10^k steps, and their labels. */
    static final class Ticks {
        private Ticks() {}

        /** About {@code target} steps over [lo, hi]; whole-number steps when {@code whole} (epochs are counted). */
        static double[] of(double lo, double hi, int target, boolean whole) {
            double raw = (hi - lo) / Math.max(1, target);
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = mag * (raw / mag < 1.5 ? 1 : raw / mag < 3.5 ? 2 : raw / mag < 7.5 ? 5 : 10);
            if (whole) step = Math.max(1, step);
            double first = Math.floor(lo / step) * step, last = Math.ceil(hi / step) * step;
            int n = (int) Math.round((last - first) / step) + 1;
            double[] t = new double[n];
            for (int i = 0; i < n; i++) t[i] = first + i * step;
            return t;
        }

        static String label(double v) {
            if (Math.abs(v) < 1e-12) return "0";
            double a = Math.abs(v);
            if (a >= 1e5 || a < 1e-3) return String.format(Locale.ROOT, "%.1e", v);
            String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
    }
}
