package io.spikeworks.ui.live.learning;

import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Learning curves against samples seen: training loss, training and test accuracy, samples per second. Per-batch
 * series are decimated to one min/max pair per pixel column, so ten thousand batches draw as fast as ten and an
 * outlier batch still shows; per-epoch evaluations are drawn as lines with dots. Unless told otherwise, a per-batch
 * series sets its panel's top by its settled values, not by its first batches (see {@link #setIgnoreOutliers}).
 */
public final class LearningCurveView extends CanvasView {
    static final double LEFT = 56;
    static final double RIGHT = 14;
    static final double TOP = 8;
    static final double BOTTOM = 22;
    static final double GAP = 16;
    /** A strip above each panel for its title and legend, so neither is drawn over the curves. */
    static final double HEAD = 16;

    private LearningData data = LearningData.EMPTY;
    /** A finished run drawn dashed behind the live one, or null. */
    private GhostRun ghost;
    /** Pixel columns the last batch series was reduced to; for tests. */
    private int lastColumns;
    private boolean ignoreOutliers = true;
    /** The loss panel's top at the last draw; for tests. */
    private double lastLossTop = Double.NaN;

    public LearningCurveView() {
        super("learning-curve-view");
    }

    public void show(LearningData d) {
        if (d == null || d == data || (d.version() == data.version() && data != LearningData.EMPTY)) return;
        data = d;
        invalidate();
    }

    public LearningData data() {
        return data;
    }

    /** Pins a run behind the live curves (null removes it); the axes take in both. */
    public void setGhost(GhostRun g) {
        ghost = g;
        invalidate();
    }

    public GhostRun ghost() {
        return ghost;
    }

    public Color ghostColour() {
        return palette.fgMuted;
    }

    int lastColumns() {
        return lastColumns;
    }

    double lastLossTop() {
        return lastLossTop;
    }

    /**
     * Whether per-batch series leave their outliers out of the axes' ranges (as TensorBoard's "ignore outliers in
     * chart scaling"): a run's first batches, whose loss or error can be a hundred times the settled one, would
     * otherwise squash the rest of the curve into the panel's bottom row of pixels. Values above the top are drawn
     * along it. Per-epoch evaluations always fit.
     */
    public void setIgnoreOutliers(boolean ignore) {
        if (ignore == ignoreOutliers) return;
        ignoreOutliers = ignore;
        invalidate();
    }

    public boolean ignoresOutliers() {
        return ignoreOutliers;
    }

    public Color lossColour() { return palette.data(0); }
    public Color trainColour() { return palette.data(0); }
    public Color testColour() { return palette.data(2); }
    public Color throughputColour() { return palette.data(1); }
    /** The i-th further test read-out (nBP's membrane, exact match): colours the other curves do not use. */
    public Color otherTestColour(int i) { return palette.data(3 + i); }

    /**
     * What the chrome shows: where the panels are and their ranges (grid labels, titles), the x axis, the loss and
     * accuracy legends. Ranges are rounded up to two significant digits, so they, and the chrome, change only now and
     * then, not with every batch.
     */
    private record Chrome(double pw, double lossH, double accH, double spsH, double lossTop, double spsTop, double xTop,
                          double xTick, double lastTestAccuracy, String scoreName, double scoreTop, String ghost,
                          List<String> otherTests) {}

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (data.batches() == 0 && data.evaluations() == 0 && ghost == null) {
            message(g, w, h, "No batches yet: loss and accuracy plot here as training runs.");
            return;
        }
        double x0 = LEFT;
        double pw = Math.max(10, w - LEFT - RIGHT);
        double avail = Math.max(30, h - TOP - BOTTOM - 2 * GAP - 3 * HEAD);
        double lossH = avail * 0.4;
        double accH = avail * 0.4;
        double spsH = avail * 0.2;
        double xMax = 1;
        for (double v : data.batchSamples()) xMax = Math.max(xMax, v);
        for (double v : data.epochSamples()) xMax = Math.max(xMax, v);
        if (ghost != null) for (double v : ghost.samples()) xMax = Math.max(xMax, v);
        double xTick = niceTick(xMax, Math.max(2, (int) (pw / 90)));
        double fxMax = Math.ceil(xMax / xTick - 1e-9) * xTick;
        // each per-batch series reduced to pixel columns once: its panel's range and its strokes both come from it
        int cols = (int) Math.max(1, Math.ceil(pw));
        BatchColumns lossColumns = new BatchColumns(data.batchSamples(), data.batchLoss(), fxMax, cols);
        BatchColumns scoreColumns = new BatchColumns(data.batchSamples(), data.batchAccuracy(), fxMax, cols);
        BatchColumns spsColumns = new BatchColumns(data.batchSamples(), data.batchSamplesPerSecond(), fxMax, cols);
        double lossMax = lossColumns.top(ignoreOutliers);
        for (double v : data.testLoss()) if (Double.isFinite(v)) lossMax = Math.max(lossMax, v);
        for (double v : data.trainLoss()) if (Double.isFinite(v)) lossMax = Math.max(lossMax, v);
        if (ghost != null) for (double v : ghost.testLoss()) if (Double.isFinite(v)) lossMax = Math.max(lossMax, v);
        double lossTop = roundUp(lossMax <= 0 ? 1 : lossMax * 1.05);
        lastLossTop = lossTop;
        double spsMax = Math.max(1, spsColumns.top(ignoreOutliers));
        double spsTop = roundUp(spsMax * 1.1);
        // accuracy is a share (0–100 %); an error such as the relative L2 is scaled to what the run has shown
        double scoreTop = 1;
        if (!data.higherIsBetter()) {
            double m = scoreColumns.top(ignoreOutliers);
            for (double v : data.testAccuracy()) if (Double.isFinite(v)) m = Math.max(m, v);
            for (double v : data.trainAccuracy()) if (Double.isFinite(v)) m = Math.max(m, v);
            if (ghost != null) for (double v : ghost.testScore()) if (Double.isFinite(v)) m = Math.max(m, v);
            scoreTop = roundUp(m <= 0 ? 1 : m * 1.05);
        }
        int heldOut = data.heldOutSeries();
        int chosen = data.chosenByHeldOut();
        List<String> otherTests = new java.util.ArrayList<>();
        for (int i = 0; i < data.otherTests().size(); i++) {
            LearningData.TestSeries t = data.otherTests().get(i);
            double last = t.values().length == 0 ? Double.NaN : t.values()[t.values().length - 1];
            // short: the legend shares its strip with the panel's title ("membrane 97.1%" reads as a test figure
            // beside "test (epoch)")
            String name = Double.isNaN(last) ? t.label() : String.format("%s %.1f%%", t.label(), 100 * last);
            otherTests.add(i == heldOut && chosen >= 0 ? name + ", chose epoch " + data.epoch()[chosen] : name);
        }
        chrome(new Chrome(pw, lossH, accH, spsH, lossTop, spsTop, fxMax, xTick,
                data.evaluations() == 0 ? Double.NaN : data.testAccuracy()[data.evaluations() - 1], data.scoreName(),
                scoreTop, ghost == null ? null : ghost.label(), List.copyOf(otherTests)));

        // loss
        double y = TOP + HEAD;
        grid(g, x0, y, pw, lossH);
        if (ghost != null) ghostLine(g, ghost.samples(), ghost.testLoss(), x0, y, pw, lossH, fxMax, lossTop);
        series(g, lossColumns, x0, y, lossH, 0, lossTop, lossColour(), 1.3);
        epochLine(g, data.epochSamples(), data.testLoss(), x0, y, pw, lossH, fxMax, 0, lossTop, testColour());

        // accuracy
        y += lossH + GAP + HEAD;
        grid(g, x0, y, pw, accH);
        if (ghost != null) ghostLine(g, ghost.samples(), ghost.testScore(), x0, y, pw, accH, fxMax, scoreTop);
        series(g, scoreColumns, x0, y, accH, 0, scoreTop, batchAccuracyColour(), 1.0);
        epochLine(g, data.epochSamples(), data.trainAccuracy(), x0, y, pw, accH, fxMax, 0, scoreTop, trainColour());
        for (int i = 0; i < data.otherTests().size(); i++) { // dashed, so they read apart from the headline
            g.setLineDashes(6, 4);
            epochLine(g, data.epochSamples(), data.otherTests().get(i).values(), x0, y, pw, accH, fxMax, 0, scoreTop,
                    otherTestColour(i));
            g.setLineDashes(null);
        }
        epochLine(g, data.epochSamples(), data.testAccuracy(), x0, y, pw, accH, fxMax, 0, scoreTop, testColour());
        if (chosen >= 0 && Double.isFinite(data.testAccuracy()[chosen])) {
            // the checkpoint the held-out samples chose, and its test accuracy: what the run files report
            double cx = x0 + data.epochSamples()[chosen] / fxMax * pw;
            g.setStroke(otherTestColour(heldOut));
            g.setLineWidth(1);
            g.setLineDashes(2, 3);
            double gx = Math.floor(cx) + 0.5; // on a pixel column, so the one-pixel guide stays crisp
            g.strokeLine(gx, y, gx, y + accH);
            g.setLineDashes(null);
            double cy = y(data.testAccuracy()[chosen], y, accH, 0, scoreTop);
            g.setStroke(testColour());
            g.setLineWidth(2);
            g.strokeOval(cx - 6.5, cy - 6.5, 13, 13);
        }

        // throughput, its legend the latest rate (per frame)
        y += accH + GAP + HEAD;
        grid(g, x0, y, pw, spsH);
        series(g, spsColumns, x0, y, spsH, 0, spsTop, throughputColour(), 1.0);
        double lastSps = data.batches() == 0 ? Double.NaN : data.batchSamplesPerSecond()[data.batches() - 1];
        rightLegend(g, x0 + pw, y - HEAD, List.of(Double.isNaN(lastSps) ? "samples/s" : String.format("%.0f samples/s", lastSps)),
                List.of(throughputColour()));
    }

    private Color batchAccuracyColour() {
        return ThemeColours.mix(trainColour(), palette.bg, 0.55);
    }

    @Override
    protected void drawChrome(GraphicsContext g, double w, double h, Object key) {
        Chrome c = (Chrome) key;
        double x0 = LEFT;
        double y = TOP + HEAD;
        panelLabels(g, x0, y, c.lossH, 0, c.lossTop,
                lossFormat(c.lossTop, tickIntervals(c.lossH, font.getSize() * 1.2)), "Loss");
        rightLegend(g, x0 + c.pw, y - HEAD, c.ghost == null ? List.of("train (per batch)", "test (per epoch)")
                : List.of("train (per batch)", "test (per epoch)", "- - " + c.ghost + " test"),
                c.ghost == null ? List.of(lossColour(), testColour()) : List.of(lossColour(), testColour(), ghostColour()));
        y += c.lossH + GAP + HEAD;
        panelLabels(g, x0, y, c.accH, 0, c.scoreTop, c.scoreTop >= 0.1 ? "%.0f%%" : "%.1f%%", c.scoreName);
        String test = Double.isNaN(c.lastTestAccuracy) ? "test (epoch)"
                : String.format("test (epoch) %.1f%%", 100 * c.lastTestAccuracy);
        List<String> names = new java.util.ArrayList<>(List.of("train (per batch)", "train (epoch)", test));
        List<Color> colours = new java.util.ArrayList<>(List.of(batchAccuracyColour(), trainColour(), testColour()));
        for (int i = 0; i < c.otherTests.size(); i++) {
            names.add(c.otherTests.get(i));
            colours.add(otherTestColour(i));
        }
        // with further read-outs the legend can reach the panel's title: then the words every entry shares go
        if (legendWidth(names) > c.pw - textWidth(c.scoreName, fontBold) - 12) {
            names.set(0, "batch");
            names.set(1, "train");
            names.set(2, test.replace("test (epoch)", "test"));
        }
        rightLegend(g, x0 + c.pw, y - HEAD, names, colours);
        y += c.accH + GAP + HEAD;
        panelLabels(g, x0, y, c.spsH, 0, c.spsTop, "%.0f", "Samples/s");
        double axisY = y + c.spsH;
        g.setFill(palette.fgMuted);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double v = 0; v <= c.xTop * 1.0001; v += c.xTick) g.fillText(compact(v), x0 + v / c.xTop * c.pw, axisY + 4);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("samples", 4, axisY + 4);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** How wide {@link #rightLegend} draws these entries. */
    private double legendWidth(List<String> names) {
        double w = 6;
        for (String n : names) w += textWidth(n, font) + 26;
        return w;
    }

    /** {@code v} rounded up to two significant digits (2.43 to 2.5, 17,849 to 18,000). */
    static double roundUp(double v) {
        if (!(v > 0) || Double.isInfinite(v)) return 1;
        double unit = Math.pow(10, Math.floor(Math.log10(v)) - 1);
        return Math.ceil(v / unit - 1e-9) * unit;
    }

    /**
     * The format of the loss panel's grid values: two decimals, or as many more as it takes for one grid step to
     * show (a loss under 0.04 on four intervals printed 0.03, 0.02, 0.02, 0.01 with two).
     */
    static String lossFormat(double top, int intervals) {
        int n = Math.max(1, intervals);
        if (!(top > 0) || Double.isInfinite(top)) return "%.2f";
        for (int decimals = 2; decimals < 6; decimals++) {
            String fmt = "%." + decimals + "f";
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (int i = 0; i <= n; i++) shown.add(String.format(java.util.Locale.ROOT, fmt, top * i / n));
            if (shown.size() == n + 1) return fmt;
        }
        return "%.6f";
    }

    /** Grid intervals a panel h pixels high can label without the labels printing over each other. */
    static int tickIntervals(double h, double lineHeight) {
        if (h > 80 && h >= 4 * lineHeight) return 4;
        return h >= 2 * lineHeight ? 2 : 1;
    }

    /** The panel's horizontal grid lines (data layer: the curves are drawn over them). */
    private void grid(GraphicsContext g, double x, double y, double w, double h) {
        g.setStroke(palette.borderMuted);
        g.setLineWidth(1);
        int ticks = tickIntervals(h, font.getSize() * 1.2);
        for (int i = 0; i <= ticks; i++) {
            double yy = Math.round(y + h - h * i / ticks) + 0.5;
            g.strokeLine(x, yy, x + w, yy);
        }
    }

    /** The panel's grid values at the left and its title (chrome). */
    private void panelLabels(GraphicsContext g, double x, double y, double h, double lo, double hi, String fmt,
                             String title) {
        g.setFill(palette.fgMuted);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int ticks = tickIntervals(h, font.getSize() * 1.2);
        for (int i = 0; i <= ticks; i++) {
            double v = lo + (hi - lo) * i / ticks;
            double yy = Math.round(y + h - h * i / ticks) + 0.5;
            double shown = fmt.contains("%%") ? v * 100 : v;
            g.fillText(String.format(fmt, shown), x - 6, yy);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(fontBold);
        g.setFill(palette.fg);
        g.fillText(title, x, y - HEAD);
        g.setFont(font);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** A per-batch series, one stroke per pixel column from its first value through its low and high to its last. */
    private void series(GraphicsContext g, BatchColumns columns, double x0, double y0, double ph, double lo, double hi,
                        Color c, double width) {
        if (columns.used == 0) return;
        int cols = columns.has.length;
        double[] mn = columns.min, mx = columns.max, first = columns.first, last = columns.last;
        boolean[] has = columns.has;
        g.setStroke(c);
        g.setLineWidth(width);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.beginPath();
        boolean pen = false;
        for (int col = 0; col < cols; col++) {
            if (!has[col]) continue;
            double x = x0 + col + 0.5;
            double yf = y(first[col], y0, ph, lo, hi);
            if (pen) g.lineTo(x, yf);
            else g.moveTo(x, yf);
            pen = true;
            if (mn[col] != mx[col]) {
                g.lineTo(x, y(mn[col], y0, ph, lo, hi));
                g.lineTo(x, y(mx[col], y0, ph, lo, hi));
            }
            g.lineTo(x, y(last[col], y0, ph, lo, hi));
        }
        if (columns.used == 1) { // a single column: a dot, or nothing would show
            for (int col = 0; col < cols; col++)
                if (has[col]) g.rect(x0 + col - 1, y(mx[col], y0, ph, lo, hi) - 1, 2, 2);
        }
        g.stroke();
        lastColumns = columns.used;
    }

    /** The ghost's evaluations, dashed, under the live curves. */
    private void ghostLine(GraphicsContext g, double[] xs, double[] ys, double x0, double y0, double pw, double ph,
                           double xMax, double hi) {
        g.setStroke(ghostColour());
        g.setLineWidth(2);
        g.setLineDashes(7, 5);
        g.beginPath();
        boolean pen = false;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(ys[i])) continue;
            double x = x0 + xs[i] / xMax * pw;
            double y = y(ys[i], y0, ph, 0, hi);
            if (pen) g.lineTo(x, y);
            else g.moveTo(x, y);
            pen = true;
        }
        g.stroke();
        g.setLineDashes(null);
    }

    private void epochLine(GraphicsContext g, double[] xs, double[] ys, double x0, double y0, double pw, double ph,
                           double xMax, double lo, double hi, Color c) {
        if (xs.length == 0) return;
        g.setStroke(c);
        g.setFill(c);
        g.setLineWidth(2);
        g.beginPath();
        boolean pen = false;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(ys[i])) continue;
            double x = x0 + xs[i] / xMax * pw;
            double yy = y(ys[i], y0, ph, lo, hi);
            if (!pen) g.moveTo(x, yy);
            else g.lineTo(x, yy);
            pen = true;
        }
        g.stroke();
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(ys[i])) continue;
            double x = x0 + xs[i] / xMax * pw;
            double yy = y(ys[i], y0, ph, lo, hi);
            g.fillOval(x - 3.5, yy - 3.5, 7, 7);
        }
    }

    private static double y(double v, double y0, double ph, double lo, double hi) {
        double f = (Math.max(lo, Math.min(hi, v)) - lo) / (hi - lo);
        return y0 + ph - f * ph;
    }

    public static double niceTick(double range, int maxTicks) {
        double raw = range / Math.max(1, maxTicks);
        double mag = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-12))));
        for (double m : new double[]{1, 2, 2.5, 5, 10}) if (m * mag >= raw) return m * mag;
        return 10 * mag;
    }

    public static String compact(double v) {
        if (v >= 1e6) return String.format("%.1fM", v / 1e6);
        if (v >= 1e3) return String.format("%.1fk", v / 1e3).replace(".0k", "k");
        return String.format("%.0f", v);
    }

    @Override
    public String exportName() {
        return "learning-curves";
    }

    @Override
    public void writeCsv(Writer out) throws IOException {
        LearningData d = data;
        StringBuilder others = new StringBuilder();
        for (LearningData.TestSeries t : d.otherTests()) others.append(',').append(t.column());
        String noOthers = ",".repeat(d.otherTests().size());
        out.write("kind,epoch,samples_seen,train_loss,train_accuracy,test_loss,test_accuracy,samples_per_s" + others + "\n");
        for (int i = 0; i < d.batches(); i++)
            out.write("batch,," + LiveView.num(d.batchSamples()[i]) + "," + LiveView.num(d.batchLoss()[i]) + ","
                    + LiveView.num(d.batchAccuracy()[i]) + ",,," + LiveView.num(d.batchSamplesPerSecond()[i]) + noOthers + "\n");
        for (int i = 0; i < d.evaluations(); i++) {
            StringBuilder row = new StringBuilder();
            for (LearningData.TestSeries t : d.otherTests()) row.append(',').append(LiveView.num(t.values()[i]));
            out.write("epoch," + d.epoch()[i] + "," + LiveView.num(d.epochSamples()[i]) + "," + LiveView.num(d.trainLoss()[i])
                    + "," + LiveView.num(d.trainAccuracy()[i]) + "," + LiveView.num(d.testLoss()[i]) + ","
                    + LiveView.num(d.testAccuracy()[i]) + "," + row + "\n");
        }
    }
}
