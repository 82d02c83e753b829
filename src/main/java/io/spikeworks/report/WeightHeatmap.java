package io.spikeworks.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Arrays;
import java.util.Locale;

/**
 * One weight tensor as a heatmap on a signed blue–white–red scale (blue negative, white zero, red positive; the
 * colours of the app's diverging scale) with a histogram of its values. A tensor of shape [..., n] shows n rows
 * (one per neuron it feeds) of the remaining values; where there are more values than pixels, each pixel shows
 * the value of largest magnitude among those it covers, so strong weights do not average away.
 */
public final class WeightHeatmap {
    static final Color NEGATIVE = new Color(0x2563eb), ZERO = Color.WHITE, POSITIVE = new Color(0xdc2626);
    static final int MAP_W = 560, MAP_H = 220, BINS = 41;
    private static final int LEFT = 12, TOP = 30, HIST_W = 220, HIST_H = 120;

    private WeightHeatmap() {}

    /** Rows and columns shown for a shape: the last dimension down, the rest across. */
    static int[] grid(int[] shape) {
        if (shape.length == 0) return new int[]{1, 1};
        int rows = shape[shape.length - 1], cols = 1;
        for (int i = 0; i < shape.length - 1; i++) cols *= shape[i];
        return shape.length == 1 ? new int[]{1, rows} : new int[]{rows, cols};
    }

    /** The value at (row, column) of the grid: element [c][r] of the tensor flattened as [rest][last]. */
    static float at(float[] v, int[] shape, int row, int col) {
        int[] g = grid(shape);
        return shape.length <= 1 ? v[col] : v[col * g[0] + row];
    }

    /** ± the colour scale: typical weights show, outliers saturate. */
    static double colourScale(float[] v) {
        double max = 0, sq = 0;
        int n = 0;
        for (float x : v) if (Float.isFinite(x)) { max = Math.max(max, Math.abs(x)); sq += (double) x * x; n++; }
        double s = Math.min(max, 3 * Math.sqrt(n == 0 ? 0 : sq / n));
        return s > 0 ? s : 1;
    }

    /** Colour steps each side of zero in the heatmap: the eye tells no more apart, and the PNG stays small. */
    static final int LEVELS = 12;

    /** The value rounded to the nearest of the heatmap's colour steps. */
    static double step(double value, double scale) {
        double f = Math.max(-1, Math.min(1, value / scale));
        return Math.round(f * LEVELS) / (double) LEVELS * scale;
    }

    static Color colour(double value, double scale) {
        double f = Math.max(-1, Math.min(1, value / scale));
        Color to = f >= 0 ? POSITIVE : NEGATIVE;
        double a = Math.abs(f);
        return new Color(mix(ZERO.getRed(), to.getRed(), a), mix(ZERO.getGreen(), to.getGreen(), a),
                mix(ZERO.getBlue(), to.getBlue(), a));
    }

    private static int mix(int from, int to, double a) {
        return (int) Math.round(from + (to - from) * a);
    }

    public static BufferedImage draw(String name, int[] shape, float[] values) {
        int[] g = grid(shape);
        int rows = g[0], cols = g[1];
        // cells up to 12 pixels a side, taller than wide by at most 6, so a few rows of many inputs still show
        int kx = Math.max(1, Math.min(12, MAP_W / cols)), ky = Math.max(1, Math.min(Math.min(12, 6 * kx), MAP_H / rows));
        int mw = Math.min(MAP_W, cols * kx), mh = Math.min(MAP_H, rows * ky);
        int w = LEFT + Math.max(mw, 200) + 30 + HIST_W + 16, h = TOP + Math.max(mh, HIST_H + 40) + 46;
        int s = LineChart.SCALE;
        double scale = colourScale(values);
        BufferedImage img = new BufferedImage(w * s, h * s, BufferedImage.TYPE_BYTE_INDEXED, palette());
        Graphics2D gr = img.createGraphics();
        try {
            gr.scale(s, s);
            gr.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            gr.setColor(Color.WHITE);
            gr.fillRect(0, 0, w, h);
            gr.setColor(Color.BLACK);
            gr.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            gr.drawString(name + "  " + shapeText(shape), LEFT, 17);
            gr.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            FontMetrics fm = gr.getFontMetrics();
            // heatmap at nominal resolution, each pixel a block of s × s: a noisy weight matrix at full resolution
            // would make a PNG of half a megabyte
            float[][] cell = reduce(values, shape, rows, cols, mw, mh);
            for (int py = 0; py < mh; py++)
                for (int px = 0; px < mw; px++) {
                    int rgb = colour(step(cell[py][px], scale), scale).getRGB();
                    for (int dy = 0; dy < s; dy++)
                        for (int dx = 0; dx < s; dx++) img.setRGB((LEFT + px) * s + dx, (TOP + py) * s + dy, rgb);
                }
            gr.setColor(Color.GRAY);
            gr.drawRect(LEFT, TOP, mw, mh);
            gr.drawString(rows + " rows (neurons fed) × " + cols + " inputs", LEFT, TOP + mh + 14);
            // colour bar
            int barY = TOP + mh + 22, barW = Math.min(200, Math.max(120, mw));
            for (int x = 0; x < barW; x++) {
                gr.setColor(colour((2.0 * x / (barW - 1) - 1) * scale, scale));
                gr.fillRect(LEFT + x, barY, 1, 8);
            }
            gr.setColor(Color.DARK_GRAY);
            String lo = String.format(Locale.ROOT, "−%.3g", scale), hi = String.format(Locale.ROOT, "+%.3g", scale);
            gr.drawString(lo, LEFT, barY + 20);
            gr.drawString("0", LEFT + barW / 2 - 3, barY + 20);
            gr.drawString(hi, LEFT + barW - fm.stringWidth(hi), barY + 20);
            // histogram over [-max, max]
            long[] bins = histogram(values);
            double max = maxAbs(values);
            long top = Arrays.stream(bins).max().orElse(1);
            int hx = LEFT + Math.max(mw, 200) + 30, hy = TOP + 10, bw = HIST_W / BINS;
            for (int b = 0; b < BINS; b++) {
                int bh = (int) Math.round(HIST_H * bins[b] / (double) Math.max(1, top));
                gr.setColor(colour(((b + 0.5) / BINS * 2 - 1) * max, scale));
                gr.fillRect(hx + b * bw, hy + HIST_H - bh, bw, bh);
                if (bh > 0) { // white bars near zero would vanish on the page
                    gr.setColor(Color.LIGHT_GRAY);
                    gr.drawRect(hx + b * bw, hy + HIST_H - bh, bw, bh);
                }
            }
            gr.setColor(Color.GRAY);
            gr.drawLine(hx, hy + HIST_H, hx + BINS * bw, hy + HIST_H);
            gr.setColor(Color.DARK_GRAY);
            String a = String.format(Locale.ROOT, "−%.3g", max), b = String.format(Locale.ROOT, "+%.3g", max);
            gr.drawString(a, hx, hy + HIST_H + 13);
            gr.drawString(b, hx + BINS * bw - fm.stringWidth(b), hy + HIST_H + 13);
            gr.drawString(String.format(Locale.ROOT, "%,d values", values.length), hx, hy - 2);
        } finally {
            gr.dispose();
        }
        return img;
    }

    /**
     * The picture's colours: the heatmap's steps and greys for text. One byte per pixel keeps the PNG of a large,
     * noisy weight matrix small (a quarter of what RGB takes).
     */
    static IndexColorModel palette() {
        int n = 2 * LEVELS + 1, greys = 128;
        byte[] r = new byte[n + greys], g = new byte[n + greys], b = new byte[n + greys];
        for (int i = 0; i < n; i++) {
            Color c = colour((i - LEVELS) / (double) LEVELS, 1);
            r[i] = (byte) c.getRed();
            g[i] = (byte) c.getGreen();
            b[i] = (byte) c.getBlue();
        }
        for (int i = 0; i < greys; i++) {
            int v = Math.min(255, i * 255 / (greys - 1));
            r[n + i] = g[n + i] = b[n + i] = (byte) v;
        }
        return new IndexColorModel(8, n + greys, r, g, b);
    }

    /** For each of pw × ph pixels, the value of largest magnitude among the grid cells it covers. */
    static float[][] reduce(float[] v, int[] shape, int rows, int cols, int pw, int ph) {
        float[][] out = new float[ph][pw];
        for (int py = 0; py < ph; py++) {
            int r0 = (int) ((long) py * rows / ph), r1 = Math.max(r0 + 1, (int) ((long) (py + 1) * rows / ph));
            for (int px = 0; px < pw; px++) {
                int c0 = (int) ((long) px * cols / pw), c1 = Math.max(c0 + 1, (int) ((long) (px + 1) * cols / pw));
                float best = 0;
                for (int r = r0; r < r1; r++)
                    for (int c = c0; c < c1; c++) {
                        float x = at(v, shape, r, c);
                        if (Float.isFinite(x) && Math.abs(x) > Math.abs(best)) best = x;
                    }
                out[py][px] = best;
            }
        }
        return out;
    }

    static long[] histogram(float[] v) {
        double max = maxAbs(v);
        long[] bins = new long[BINS];
        for (float x : v) {
            if (!Float.isFinite(x)) continue;
            int b = (int) Math.floor((x + max) / (2 * max) * BINS);
            bins[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        return bins;
    }

    private static double maxAbs(float[] v) {
        double m = 0;
        for (float x : v) if (Float.isFinite(x)) m = Math.max(m, Math.abs(x));
        return m > 0 ? m : 1;
    }

    static String shapeText(int[] shape) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < shape.length; i++) b.append(i == 0 ? "" : "×").append(shape[i]);
        return b.toString();
    }
}
