package io.spikeworks.ui.live.regression;

import io.spikeworks.data.RegressionLayout;
import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Predicted against reference for one test function at the latest evaluation. On a 1-D grid: reference and
 * prediction curves, the error per point below, and for an operator task the input f beside it. On a 2-D grid
 * (Mexican hat, space-time): reference, prediction and error as heatmaps side by side, reference and prediction on
 * one colour scale. At the right, every test function's relative L2 error as a bar, the shown one marked: a click
 * there shows that function.
 */
public final class PredictionView extends CanvasView {
    static final double PAD = 10;
    static final double LEFT = 48;
    static final double HEAD = 20;

    private PredictionData data;
    private int function;
    private IntConsumer picked = f -> {};
    /** Where the per-function bars were drawn: x, y, width, height; width 0 when not drawn. */
    private final double[] bars = new double[4];

    public PredictionView() {
        super("prediction-view");
        setOnMouseClicked(e -> {
            double s = drawScale(), mx = e.getX() / s, my = e.getY() / s;
            if (data == null || bars[2] <= 0 || mx < bars[0] || mx > bars[0] + bars[2] || my < bars[1] || my > bars[1] + bars[3])
                return;
            int f = (int) Math.min(data.functions() - 1, Math.floor((mx - bars[0]) / bars[2] * data.functions()));
            setFunction(f);
            picked.accept(f);
        });
    }

    public void show(PredictionData d) {
        if (d == null || d == data) return;
        data = d;
        function = Math.min(function, d.functions() - 1);
        invalidate();
    }

    public PredictionData data() {
        return data;
    }

    /** Forgets the last run's predictions. */
    public void clear() {
        data = null;
        function = 0;
        invalidate();
    }

    /** Shows test function {@code f} (clamped to the set). */
    public void setFunction(int f) {
        int n = data == null ? Integer.MAX_VALUE : data.functions();
        int next = Math.max(0, Math.min(n - 1, f));
        if (next == function) return;
        function = next;
        invalidate();
    }

    public int function() {
        return function;
    }

    /** Told the function a click on the bars picked. */
    public void onFunctionPicked(IntConsumer listener) {
        picked = listener == null ? f -> {} : listener;
    }

    public Color referenceColour() { return palette.data(0); }
    public Color predictionColour() { return palette.data(2); }
    public Color errorColour() { return palette.data(1); }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        bars[2] = 0;
        if (data == null) {
            message(g, w, h, "No predictions yet: they appear at the first evaluation, at the end of epoch 1.");
            return;
        }
        PredictionData.TestFunction tf = data.function(function);
        RegressionLayout layout = data.layout();
        boolean many = data.functions() > 1;
        double side = many || (layout.twoDimensional() && layout.hasInputFunction())
                ? Math.max(150, Math.min(280, w * 0.24)) : 0;
        g.setFont(fontBold);
        g.setFill(palette.fg);
        g.setTextBaseline(VPos.TOP);
        String head = (many ? "Test function " + function + " of " + data.functions() + " · " : "")
                + String.format(Locale.ROOT, "epoch %d · rel. L2 error %s", data.epoch(), percent(tf.relativeL2()));
        g.fillText(head, PAD, 4);
        g.setTextBaseline(VPos.BASELINE);
        g.setFont(font);
        double mainW = w - side - (side > 0 ? PAD : 0);
        if (layout.twoDimensional()) heatmaps(g, tf, 0, HEAD, mainW, h - HEAD);
        else curves(g, tf, 0, HEAD, mainW, h - HEAD);
        if (side > 0) {
            double sx = mainW + PAD;
            double top = HEAD;
            if (layout.twoDimensional() && layout.hasInputFunction()) {
                double fh = many ? (h - HEAD) * 0.45 : h - HEAD;
                inputPanel(g, tf, sx + 34, top + 16, side - 34 - PAD, fh - 16 - 22);
                top += fh;
            }
            if (many) functionBars(g, sx + 34, top + 16, side - 34 - PAD, h - top - 16 - 22);
        }
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f %%", 100 * v) : "–";
    }

    private static double[] axisValues(RegressionLayout.Axis a) {
        double[] v = new double[a.points()];
        for (int i = 0; i < v.length; i++) v[i] = a.value(i);
        return v;
    }

    private static double[] range(float[]... arrays) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (float[] a : arrays)
            for (float v : a)
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
        return lo > hi ? new double[]{0, 1} : new double[]{lo, hi};
    }

    /** 1-D: reference and prediction above, the error per point (and f for an operator task) below. */
    private void curves(GraphicsContext g, PredictionData.TestFunction tf, double x, double y, double w, double h) {
        RegressionLayout.Axis axis = tf.layout().axes().get(0);
        double[] xs = axisValues(axis);
        double topH = h * 0.58;
        double[] r = range(tf.reference(), tf.prediction());
        PlotArea main = new PlotArea(x + LEFT, y + 16, w - LEFT - PAD, topH - 16 - 20, axis.lower(), axis.upper(), r[0], r[1]);
        main.frame(g, palette, font, tf.layout().targetName(), axis.name());
        main.line(g, xs, tf.reference(), referenceColour(), 2.5);
        main.line(g, xs, tf.prediction(), predictionColour(), 1.5);
        rightLegend(g, main.x + main.w, main.y - 16, List.of("reference", "prediction"),
                List.of(referenceColour(), predictionColour()));
        double by = y + topH + 16;
        double bh = h - topH - 16 - 22;
        boolean operator = tf.layout().hasInputFunction();
        double ew = operator ? (w - LEFT) / 2 - PAD : w - LEFT - PAD;
        double[] er = {0, Math.max(tf.maxError(), 1e-12)};
        PlotArea err = new PlotArea(x + LEFT, by, ew, bh, axis.lower(), axis.upper(), er[0], er[1]);
        err.frame(g, palette, font, "|prediction − reference|", axis.name());
        err.line(g, xs, tf.error(), errorColour(), 1.5);
        if (operator) inputPanel(g, tf, x + LEFT + ew + PAD + LEFT, by, w - (LEFT + ew + PAD + LEFT) - PAD, bh);
    }

    /** The input function f at the sensors. */
    private void inputPanel(GraphicsContext g, PredictionData.TestFunction tf, double x, double y, double w, double h) {
        RegressionLayout layout = tf.layout();
        double[] xs = new double[layout.sensors()];
        for (int j = 0; j < xs.length; j++) xs[j] = layout.sensorPosition(j);
        double[] r = range(tf.input());
        PlotArea p = new PlotArea(x, y, w, h, 0, 1, r[0], r[1]);
        p.frame(g, palette, font, "input f", "x");
        p.line(g, xs, tf.input(), palette.fgMuted, 1.5);
    }

    /** Every test function's relative L2 error as a bar; the shown one in the accent colour, the median as a line. */
    private void functionBars(GraphicsContext g, double x, double y, double w, double h) {
        double[] e = data.functionErrors();
        double max = 0;
        for (double v : e) if (Double.isFinite(v)) max = Math.max(max, v);
        PlotArea p = new PlotArea(x, y, w, h, 0, e.length, 0, Math.max(max, 1e-9));
        p.frame(g, palette, font, "rel. L2 per function", null);
        double bw = w / e.length;
        for (int f = 0; f < e.length; f++) {
            if (!Double.isFinite(e[f]) || f == function) continue;
            g.setFill(palette.fgSubtle);
            double top = p.py(e[f]);
            g.fillRect(x + f * bw, top, Math.max(1, bw - (bw > 3 ? 1 : 0)), y + h - top);
        }
        if (Double.isFinite(e[function])) { // drawn last and at least 3 px wide, so a thin bar still shows
            g.setFill(palette.accent);
            double top = p.py(e[function]);
            g.fillRect(x + function * bw + bw / 2 - Math.max(1.5, bw / 2), top, Math.max(3, bw), y + h - top);
        }
        double[] sorted = java.util.Arrays.stream(e).filter(Double::isFinite).sorted().toArray();
        if (sorted.length > 0) {
            double median = sorted[sorted.length / 2];
            g.setStroke(palette.fg);
            g.setLineDashes(4, 3);
            g.strokeLine(x, p.py(median), x + w, p.py(median));
            g.setLineDashes();
            g.setFill(palette.fgMuted);
            g.setTextBaseline(VPos.TOP);
            g.fillText("median " + percent(median), x, y + h + 2);
            g.setTextBaseline(VPos.BASELINE);
        }
        bars[0] = x;
        bars[1] = y;
        bars[2] = w;
        bars[3] = h;
    }

    /** 2-D: reference, prediction and error as heatmaps; first axis across, second axis up. */
    private void heatmaps(GraphicsContext g, PredictionData.TestFunction tf, double x, double y, double w, double h) {
        RegressionLayout.Axis ax = tf.layout().axes().get(0), ay = tf.layout().axes().get(1);
        double gap = 34;
        double cell = Math.min((w - 3 * gap - PAD) / 3, h - 16 - 40);
        cell = Math.max(20, cell);
        double[] r = tf.valueRange();
        double maxErr = Math.max(tf.maxError(), 1e-12);
        String[] titles = {"reference " + tf.layout().targetName(), "prediction", "|pred − ref|"};
        float[][] values = {tf.reference(), tf.prediction(), tf.error()};
        double left = x + gap;
        for (int k = 0; k < 3; k++) {
            double hx = left + k * (cell + gap), hy = y + 16;
            double lo = k < 2 ? r[0] : 0, hi = k < 2 ? r[1] : maxErr;
            heatmap(g, tf, values[k], hx, hy, cell, cell, lo, hi);
            g.setFill(palette.fg);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(titles[k], hx, hy - 2);
            g.setFill(palette.fgMuted);
            g.setTextBaseline(VPos.TOP);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(ax.name() + " →", hx + cell / 2, hy + cell + 2);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(String.format(Locale.ROOT, "%s … %s", short4(lo), short4(hi)), hx, hy + cell + 16);
            g.save();
            g.translate(hx - 4, hy + cell / 2);
            g.rotate(-90);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(ay.name() + " →", 0, 0);
            g.restore();
            g.setTextBaseline(VPos.BASELINE);
        }
    }

    private static String short4(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    private void heatmap(GraphicsContext g, PredictionData.TestFunction tf, float[] v, double x, double y, double w, double h,
                         double lo, double hi) {
        int nx = tf.layout().axes().get(0).points(), ny = tf.layout().axes().get(1).points();
        double cw = w / nx, ch = h / ny;
        double span = hi > lo ? hi - lo : 1;
        for (int i = 0; i < nx; i++)
            for (int j = 0; j < ny; j++) {
                float val = tf.at(v, i, j);
                g.setFill(Float.isFinite(val) ? palette.viridis((val - lo) / span) : palette.bgInset);
                // the second axis grows upwards; cells overlap by a hair so no seams show
                g.fillRect(x + i * cw, y + h - (j + 1) * ch, cw + 0.5, ch + 0.5);
            }
        g.setStroke(palette.border);
        g.setLineWidth(1);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public String exportName() {
        return "predictions";
    }

    /** The shown test function: its grid coordinates, reference, prediction and error per point. */
    @Override
    public void writeCsv(Writer out) throws IOException {
        if (data == null) {
            out.write("function,reference,prediction,abs_error\n");
            return;
        }
        PredictionData.TestFunction tf = data.function(function);
        List<RegressionLayout.Axis> axes = tf.layout().axes();
        StringBuilder head = new StringBuilder("function");
        for (RegressionLayout.Axis a : axes) head.append(',').append(LiveView.text(a.name()));
        out.write(head + ",reference,prediction,abs_error\n");
        int p = tf.reference().length;
        for (int q = 0; q < p; q++) {
            StringBuilder row = new StringBuilder().append(function);
            int rest = q;
            int[] index = new int[axes.size()];
            for (int d = axes.size() - 1; d >= 0; d--) {
                index[d] = rest % axes.get(d).points();
                rest /= axes.get(d).points();
            }
            for (int d = 0; d < axes.size(); d++) row.append(',').append(LiveView.num(axes.get(d).value(index[d])));
            row.append(',').append(LiveView.num(tf.reference()[q])).append(',').append(LiveView.num(tf.prediction()[q]))
                    .append(',').append(LiveView.num(tf.error()[q])).append('\n');
            out.write(row.toString());
        }
    }
}
