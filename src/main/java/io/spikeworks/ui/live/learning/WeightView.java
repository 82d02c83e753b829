package io.spikeworks.ui.live.learning;

import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One layer's weights as a heatmap (indigo positive, amber negative, symmetric around zero) and a histogram. A
 * tensor larger than the heatmap's pixels is reduced per pixel to the value of largest magnitude, so a single
 * strong weight stays visible; a matrix with many more rows than columns is laid with its rows across. Large
 * tensors (over {@value #SYNC_LIMIT} values) are reduced on a background thread and drawn when ready, so a weight
 * refresh never holds up a frame. Which tensor is shown is {@link #setTensor chosen}; by default the first matrix.
 */
public final class WeightView extends CanvasView {
    public static final int BINS = 48;
    static final int SYNC_LIMIT = 65_536;
    static final double PAD = 12;
    private static final ExecutorService REDUCER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spikeworks-weight-view");
        t.setDaemon(true);
        return t;
    });

    private WeightData data;
    private String tensorName;
    private int[] buffer = new int[0];
    private int[] heatmapBox = new int[4];
    private int[] pos;
    private int[] neg;
    private Reduction reduction;
    /** Width of the histogram in a view {@code w} wide. */
    static double histogramWidth(double w) {
        return Math.max(120, Math.min(360, w * 0.3));
    }

    /** The histogram's statistics as last drawn, a line each; for tests. */
    private List<String> lastStatsLines = List.of();
    private Key pending;

    /** What a reduction was made for. */
    public record Key(long version, String tensor, int mapW, int mapH) {}

    /** A tensor reduced to the heatmap's pixels, with its histogram and statistics. Immutable. */
    record Reduction(Key key, boolean transpose, int rows, int cols, int cw, int ch, float[] cells, double colourScale,
                     double scale, long[] histogram, double mean, double sd, int count, boolean eightBitGrid) {}

    /** Bins of the 8-bit histogram: [−256, 256) in steps of 8, four weight values (step 2) to a bin. */
    public static final int GRID_BINS = 64;
    static final int GRID_LIMIT = 256;

    /**
     * Whether the weights are a chip's 8-bit integers (nBP's Loihi weights: even integers within ±256, not all 0):
     * then the histogram is drawn on that grid, not on bins fitted to the largest weight.
     */
    public static boolean onEightBitGrid(float[] v) {
        boolean any = false;
        for (float x : v) {
            if (!Float.isFinite(x)) continue;
            if (x != Math.rint(x) || Math.abs(x) > GRID_LIMIT || ((int) x & 1) != 0) return false;
            any |= x != 0;
        }
        return any;
    }

    /** Counts over [−256, 256) in {@link #GRID_BINS} bins of 8: bin i holds −256 + 8i … −250 + 8i (so 0 opens bin 32). */
    public static long[] gridHistogram(float[] v) {
        long[] bins = new long[GRID_BINS];
        int width = 2 * GRID_LIMIT / GRID_BINS;
        for (float x : v) {
            if (!Float.isFinite(x)) continue;
            bins[Math.max(0, Math.min(GRID_BINS - 1, Math.floorDiv((int) x + GRID_LIMIT, width)))]++;
        }
        return bins;
    }

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

    /** Signed data: the colour-blind-safe palette keeps blue–white–red (red positive, blue negative). */
    public Color positiveColour() { return palette.colourBlindSafe() ? palette.diverging(1) : palette.data(0); }
    public Color negativeColour() { return palette.colourBlindSafe() ? palette.diverging(-1) : palette.data(2); }

    @Override
    protected void paletteChanged() {
        pos = null;
        neg = null;
    }

    /** Where the heatmap was drawn last: x, y, width, height. */
    int[] heatmapBox() {
        return heatmapBox.clone();
    }

    /** Whether the last heatmap showed the tensor transposed (rows across). */
    boolean transposed() {
        return reduction != null && reduction.transpose();
    }

    /** Whether the heatmap shows the current data (large tensors are reduced in the background). */
    public boolean upToDate() {
        WeightData.Tensor t = tensor();
        return t != null && reduction != null && reduction.key().version() == data.version()
                && reduction.key().tensor().equals(t.name());
    }

    /** Histogram counts over [-scale, scale] in {@link #BINS} bins. */
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

    static double scale(float[] v) {
        double m = 0;
        for (float x : v) if (Float.isFinite(x)) m = Math.max(m, Math.abs(x));
        return m == 0 ? 1 : m;
    }

    /** Reduces a tensor for a heatmap area of mapW × mapH pixels. Any thread. */
    public static Reduction reduce(Key key, WeightData.Tensor t, int mapW, int mapH) {
        int tr = t.rows();
        int tc = t.columns();
        boolean transpose = tr > tc && mapW > mapH; // the longer side along the longer side
        int rows = transpose ? tc : tr;
        int cols = transpose ? tr : tc;
        float[] v = t.values();
        double max = 0;
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (float x : v) {
            if (!Float.isFinite(x)) continue;
            max = Math.max(max, Math.abs(x));
            sum += x;
            sq += (double) x * x;
            n++;
        }
        double scale = max == 0 ? 1 : max;
        double mean = n == 0 ? 0 : sum / n;
        double sd = n == 0 ? 0 : Math.sqrt(Math.max(0, sq / n - mean * mean));
        double rms = n == 0 ? 0 : Math.sqrt(sq / n);
        double colourScale = Math.min(scale, 3 * rms); // typical weights show, outliers saturate
        if (!(colourScale > 0)) colourScale = 1;
        boolean grid = onEightBitGrid(v);
        long[] hist = grid ? gridHistogram(v) : histogram(v, scale);
        if (rows == 0 || cols == 0)
            return new Reduction(key, transpose, rows, cols, 0, 0, new float[0], colourScale, scale, hist, mean, sd, n, grid);
        // small tensors: whole square cells; large ones: stretched over the area, several values per pixel
        int k = Math.max(1, Math.min(mapW / cols, mapH / rows));
        boolean cells = k > 1 && cols * k <= mapW && rows * k <= mapH;
        int cw = Math.max(1, cells ? cols * k : mapW);
        int ch = Math.max(1, cells ? rows * k : mapH);
        float[] best = new float[cw * ch];
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
                float val = transpose ? v[c * tc + r] : v[r * tc + c];
                float mag = Math.abs(val);
                for (int yy = py; yy < py1; yy++) {
                    int base = yy * cw;
                    for (int xx = x0[c]; xx < x1[c]; xx++)
                        if (mag > Math.abs(best[base + xx])) best[base + xx] = val;
                }
            }
        }
        return new Reduction(key, transpose, rows, cols, cw, ch, best, colourScale, scale, hist, mean, sd, n, grid);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        WeightData.Tensor t = tensor();
        if (t == null) {
            message(g, w, h, "No weights yet: the heatmap appears once training runs.");
            return;
        }
        double histW = histogramWidth(w);
        double top = PAD + 18;
        int mapW = (int) Math.max(10, w - 3 * PAD - histW);
        int mapH = (int) Math.max(10, h - top - PAD - 14);
        Key key = new Key(data.version(), t.name(), mapW, mapH);
        if (reduction == null || !reduction.key().equals(key)) {
            if (t.values().length <= SYNC_LIMIT) {
                reduction = reduce(key, t, mapW, mapH);
            } else if (!key.equals(pending)) {
                pending = key;
                WeightData.Tensor tensor = t;
                REDUCER.execute(() -> {
                    Reduction r = reduce(key, tensor, mapW, mapH);
                    FxBridge.run(() -> {
                        if (!key.equals(pending)) return; // superseded
                        pending = null;
                        reduction = r;
                        invalidate();
                    });
                });
            }
        }
        Reduction r = reduction;
        g.setFont(fontBold);
        g.setFill(palette.fg);
        g.setTextBaseline(VPos.TOP);
        g.fillText(t.name() + "  " + Arrays.toString(t.shape()).replace(", ", "×").replace("[", "").replace("]", "")
                + "  · iteration " + data.iteration(), PAD, PAD);
        g.setFont(font);
        if (r != null && r.key().tensor().equals(t.name()) && r.key().mapW() == mapW && r.key().mapH() == mapH) {
            drawHeatmap(g, r, (int) PAD, (int) top);
            drawHistogram(g, r, w - PAD - histW, top, histW, mapH);
        } else {
            g.setFill(palette.fgSubtle);
            g.fillText("Reducing " + t.values().length + " weights…", PAD, top);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private void drawHeatmap(GraphicsContext g, Reduction r, int x, int y) {
        int cw = r.cw();
        int ch = r.ch();
        if (cw == 0 || ch == 0) return;
        int area = cw * ch;
        if (buffer.length < area) buffer = new int[area];
        if (pos == null) {
            pos = ramp(palette.bg, positiveColour());
            neg = ramp(palette.bg, negativeColour());
        }
        float[] cells = r.cells();
        double s = r.colourScale();
        for (int i = 0; i < area; i++) {
            double f = cells[i] / s;
            int level = (int) Math.min(255, Math.round(Math.abs(f) * 255));
            buffer[i] = f >= 0 ? pos[level] : neg[level];
        }
        putPixels(g, x, y, cw, ch, buffer);
        heatmapBox = new int[]{x, y, cw, ch};
        g.setStroke(palette.border);
        g.setLineWidth(1);
        g.strokeRect(x - 0.5, y - 0.5, cw + 1, ch + 1);
        g.setFill(palette.fgMuted);
        g.setTextBaseline(VPos.TOP);
        int tr = r.transpose() ? r.cols() : r.rows();
        int tc = r.transpose() ? r.rows() : r.cols();
        String across = r.transpose() ? tr + " inputs across × " + tc + " outputs down" : tr + " rows × " + tc + " columns";
        g.fillText(across + (r.rows() > ch || r.cols() > cw ? " · largest |w| per pixel" : "")
                + String.format(" · colour scale ±%.3f", s), x, y + ch + 3);
    }

    private static int[] ramp(Color from, Color to) {
        int[] r = new int[256];
        for (int i = 0; i < 256; i++) r[i] = ThemeColours.argb(ThemeColours.mix(from, to, i / 255.0));
        return r;
    }

    private void drawHistogram(GraphicsContext g, Reduction r, double x, double y, double w, double h) {
        long[] bins = r.histogram();
        long max = 1;
        for (long b : bins) max = Math.max(max, b);
        // the statistics under the bars in as many lines as the histogram's width needs (one line ran off the card)
        List<String> stats = lines(r.eightBitGrid()
                ? String.format("8-bit grid, step 2 · mean %.1f · sd %.1f · %d values", r.mean(), r.sd(), r.count())
                : String.format("mean %.4f · sd %.4f · %d values", r.mean(), r.sd(), r.count()), w, font);
        double bh = Math.max(10, h - 20 - 14 * stats.size());
        double bw = w / bins.length;
        for (int i = 0; i < bins.length; i++) {
            double f = (double) bins[i] / max;
            double centre = (i + 0.5) / bins.length * 2 - 1;
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
        g.fillText(r.eightBitGrid() ? "−256" : String.format("%.3f", -r.scale()), x, y + bh + 3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(r.eightBitGrid() ? "254" : String.format("%.3f", r.scale()), x + w, y + bh + 3);
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < stats.size(); i++) g.fillText(stats.get(i), x, y + bh + 17 + 14 * i);
        lastStatsLines = stats;
    }

    /** The histogram's statistics as last drawn, a line each (empty before the first histogram). */
    List<String> statsLines() {
        return lastStatsLines;
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
