package io.spikeworks.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * One layer's weights as a heatmap (rows × columns, blue positive, amber negative, symmetric around zero) and a
 * histogram. A tensor larger than the heatmap's pixels is reduced per pixel to the value of largest magnitude, so
 * a single strong weight stays visible. Which tensor is shown is {@link #setTensor chosen}; by default the first
 * weight matrix.
 */
public final class WeightView extends CanvasView {
    public static final int BINS = 48;
    static final double PAD = 12;

    private WeightData data;
    private String tensorName;
    private int[] buffer = new int[0];
    private int[] heatmapBox = new int[4];
    private float[] cell = new float[0];
    private int[] pos;
    private int[] neg;
    private boolean transposed;

    public WeightView() {
        super("weight-view");
    }

    public void show(WeightData d) {
        if (d == null || (data != null && d.version() == data.version())) return;
        data = d;
        invalidate();
    }

    public WeightData data() {
        return data;
    }

    /** Shows the tensor of that name (null: the first weight matrix). */
    public void setTensor(String name) {
        tensorName = name;
        invalidate();
    }

    /** The tensor drawn now, or null. */
    public WeightData.Tensor tensor() {
        if (data == null || data.tensors().isEmpty()) return null;
        if (tensorName != null) {
            WeightData.Tensor t = data.tensor(tensorName);
            if (t != null) return t;
        }
        for (WeightData.Tensor t : data.tensors()) if (t.shape().length >= 2) return t;
        return data.tensors().get(0);
    }

    /** Where the heatmap was drawn last: x, y, width, height. */
    int[] heatmapBox() {
        return heatmapBox.clone();
    }

    public Color positiveColour() { return palette.data(0); }
    public Color negativeColour() { return palette.data(2); }

    /** Histogram counts of the tensor over [-scale, scale] in {@link #BINS} bins. */
    public static long[] histogram(float[] v, double scale) {
        long[] bins = new long[BINS];
        if (scale <= 0) scale = 1;
        for (float x : v) {
            if (!Float.isFinite(x)) continue;
            int b = (int) Math.floor((x + scale) / (2 * scale) * BINS);
            bins[Math.max(0, Math.min(BINS - 1, b))]++;
        }
        return bins;
    }

    /** Colour saturates at 3 × the root mean square (or the largest |w|, if smaller), so typical weights show. */
    static double colourScale(float[] v) {
        double sq = 0;
        int n = 0;
        for (float x : v) if (Float.isFinite(x)) { sq += (double) x * x; n++; }
        double rms = n == 0 ? 0 : Math.sqrt(sq / n);
        double s = Math.min(scale(v), 3 * rms);
        return s > 0 ? s : 1;
    }

    /** Whether the last heatmap showed the tensor transposed (inputs across). */
    boolean transposed() {
        return transposed;
    }

    static double scale(float[] v) {
        double m = 0;
        for (float x : v) if (Float.isFinite(x)) m = Math.max(m, Math.abs(x));
        return m == 0 ? 1 : m;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        WeightData.Tensor t = tensor();
        if (t == null) {
            message(g, w, h, "No weights yet: the heatmap appears once training runs.");
            return;
        }
        double scale = scale(t.values());
        double histW = Math.max(120, Math.min(360, w * 0.3));
        double top = PAD + 18;
        int mapW = (int) Math.max(10, w - 3 * PAD - histW);
        int mapH = (int) Math.max(10, h - top - PAD - 14);
        g.setFont(fontBold);
        g.setFill(palette.fg);
        g.setTextBaseline(VPos.TOP);
        g.fillText(t.name() + "  " + Arrays.toString(t.shape()).replace(", ", "×").replace("[", "").replace("]", "")
                + "  · iteration " + data.iteration(), PAD, PAD);
        g.setFont(font);
        drawHeatmap(g, t, (int) PAD, (int) top, mapW, mapH, colourScale(t.values()));
        drawHistogram(g, t, w - PAD - histW, top, histW, mapH, scale);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawHeatmap(GraphicsContext g, WeightData.Tensor t, int x, int y, int w, int h, double scale) {
        int tr = t.rows();
        int tc = t.columns();
        // the longer side of the tensor along the longer side of the area
        boolean transpose = tr > tc && w > h;
        int rows = transpose ? tc : tr;
        int cols = transpose ? tr : tc;
        if (rows == 0 || cols == 0) return;
        // small tensors: whole square cells; large ones: stretched over the area, several values per pixel
        int k = Math.max(1, Math.min(w / cols, h / rows));
        int cw = cols * k <= w && rows * k <= h && k > 1 ? cols * k : w;
        int ch = cols * k <= w && rows * k <= h && k > 1 ? rows * k : h;
        cw = Math.max(1, cw);
        ch = Math.max(1, ch);
        int area = cw * ch;
        if (buffer.length < area) {
            buffer = new int[area];
            cell = new float[area];
        }
        java.util.Arrays.fill(cell, 0, area, 0f);
        float[] v = t.values();
        float[] best = cell;
        // pixel span of every tensor row and column, computed once
        int[] x0 = new int[cols];
        int[] x1 = new int[cols];
        for (int c = 0; c < cols; c++) {
            x0[c] = (int) ((long) c * cw / cols);
            x1[c] = Math.max(x0[c] + 1, (int) ((long) (c + 1) * cw / cols));
        }
        for (int r = 0; r < rows; r++) {
            int py = (int) ((long) r * ch / rows);
            int py1 = Math.max(py + 1, (int) ((long) (r + 1) * ch / rows));
            for (int c = 0; c < cols; c++) {
                float val = transpose ? v[c * tc + r] : v[r * cols + c];
                float mag = Math.abs(val);
                for (int yy = py; yy < py1; yy++) {
                    int rowBase = yy * cw;
                    for (int xx = x0[c]; xx < x1[c]; xx++) {
                        int i = rowBase + xx;
                        if (mag > Math.abs(best[i])) best[i] = val;
                    }
                }
            }
        }
        if (pos == null) {
            pos = ramp(palette.bg, positiveColour());
            neg = ramp(palette.bg, negativeColour());
        }
        for (int i = 0; i < area; i++) {
            double f = best[i] / scale;
            int level = (int) Math.min(255, Math.round(Math.abs(f) * 255));
            buffer[i] = f >= 0 ? pos[level] : neg[level];
        }
        g.getPixelWriter().setPixels(x, y, cw, ch, PixelFormat.getIntArgbPreInstance(), buffer, 0, cw);
        heatmapBox = new int[]{x, y, cw, ch};
        transposed = transpose;
        g.setStroke(palette.border);
        g.setLineWidth(1);
        g.strokeRect(x - 0.5, y - 0.5, cw + 1, ch + 1);
        g.setFill(palette.fgMuted);
        g.setTextBaseline(VPos.TOP);
        String across = transpose ? tr + " inputs across × " + tc + " outputs down" : tr + " rows × " + tc + " columns";
        g.fillText(across + (rows > ch || cols > cw ? " · largest |w| per pixel" : "") + String.format(" · colour scale ±%.3f", scale),
                x, y + ch + 3);
    }

    private static int[] ramp(Color from, Color to) {
        int[] r = new int[256];
        for (int i = 0; i < 256; i++) r[i] = Palette.argb(Palette.mix(from, to, i / 255.0));
        return r;
    }

    private void drawHistogram(GraphicsContext g, WeightData.Tensor t, double x, double y, double w, double h, double scale) {
        long[] bins = histogram(t.values(), scale);
        long max = 1;
        for (long b : bins) max = Math.max(max, b);
        double bh = h - 34;
        double bw = w / BINS;
        for (int i = 0; i < BINS; i++) {
            double f = (double) bins[i] / max;
            double centre = (i + 0.5) / BINS * 2 - 1;
            g.setFill(centre >= 0 ? positiveColour() : negativeColour());
            double hh = f * bh;
            g.fillRect(x + i * bw, y + bh - hh, Math.max(1, bw - 1), hh);
        }
        g.setStroke(palette.border);
        g.setLineWidth(1);
        g.strokeLine(x, y + bh + 0.5, x + w, y + bh + 0.5);
        g.strokeLine(x + w / 2 + 0.5, y, x + w / 2 + 0.5, y + bh);
        g.setFill(palette.fgMuted);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(String.format("%.3f", -scale), x, y + bh + 3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(String.format("%.3f", scale), x + w, y + bh + 3);
        double mean = 0;
        double sq = 0;
        int n = 0;
        for (float v : t.values()) if (Float.isFinite(v)) { mean += v; sq += (double) v * v; n++; }
        mean = n == 0 ? 0 : mean / n;
        double sd = n == 0 ? 0 : Math.sqrt(Math.max(0, sq / n - mean * mean));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(String.format("mean %.4f · sd %.4f · %d values", mean, sd, n), x, y + bh + 17);
    }

    @Override
    public String exportName() {
        return "weights";
    }

    /** The shown tensor's values as (row, column, value). */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("tensor,row,column,value\n");
        WeightData.Tensor t = tensor();
        if (t == null) return;
        int cols = t.columns();
        float[] v = t.values();
        String name = LiveView.text(t.name());
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < v.length; i++) {
            sb.setLength(0);
            sb.append(name).append(',').append(i / cols).append(',').append(i % cols).append(',').append(LiveView.num(v[i])).append('\n');
            out.write(sb.toString());
        }
    }
}
