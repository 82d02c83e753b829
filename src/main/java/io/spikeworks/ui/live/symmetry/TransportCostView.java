package io.spikeworks.ui.live.symmetry;

import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import io.spikeworks.ui.live.LogAxis;
import io.spikeworks.ui.live.learning.LearningCurveView;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Weight transport against iteration: the cumulative weights, bits or energy copied W → B on a log axis (one
 * decade per grid line, so fBP's 1/Φ and a partial transport's p show as constant gaps below exact BP, drawn
 * dashed in grey), with test accuracy per evaluation on a second axis (dashed, in the run's colour). Finished runs
 * {@link #setComparedRuns chosen} with "Compare runs…" are overlaid in their own colours, each named in the legend
 * by algorithm and folder.
 */
public final class TransportCostView extends CanvasView {
    static final double PAD = 12;
    static final double LEFT = 58;
    static final double RIGHT = 48;
    static final double BOTTOM = 24;

    private TransportCostData data;
    private TransportQuantity quantity = TransportQuantity.BITS;
    private List<ComparedRun> compared = List.of();
    private int livePoints;
    private LogAxis lastAxis;

    public TransportCostView() {
        super("transport-cost-view");
    }

    public void show(TransportCostData d) {
        if (d == null || (data != null && d.version() == data.version())) return;
        data = d;
        invalidate();
    }

    public TransportCostData data() {
        return data;
    }

    public void setQuantity(TransportQuantity q) {
        quantity = q == null ? TransportQuantity.BITS : q;
        invalidate();
    }

    public TransportQuantity quantity() {
        return quantity;
    }

    public void setComparedRuns(List<ComparedRun> runs) {
        compared = List.copyOf(runs);
        invalidate();
    }

    public List<ComparedRun> comparedRuns() {
        return compared;
    }

    /** Points of the live run's transport curve drawn last time (0 when nothing was on the log axis). */
    int livePoints() {
        return livePoints;
    }

    /** The log axis of the last draw, null when nothing positive was there to draw. */
    LogAxis lastAxis() {
        return lastAxis;
    }

    Color runColour(int i) {
        return palette.data(i); // 0: the live run, then compared runs in order
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        livePoints = 0;
        lastAxis = null;
        if (data == null && compared.isEmpty()) {
            message(g, w, h, "No run yet: weight transport plots here as a weight-symmetry rule trains; "
                    + "Compare runs… overlays finished ones.");
            return;
        }
        TransportCostData d = data;
        double[] ours = d == null ? new double[0] : d.series(quantity);
        double[] bp = d == null ? new double[0] : d.bpSeries(quantity);
        double[] xs = d == null ? new double[0] : d.iterations();
        List<double[]> all = new ArrayList<>(List.of(ours, bp));
        double xMax = 1;
        for (double v : xs) xMax = Math.max(xMax, v);
        if (d != null) for (double v : d.evaluationIterations()) xMax = Math.max(xMax, v);
        for (ComparedRun r : compared) {
            for (double v : r.iterations()) if (Double.isFinite(v)) xMax = Math.max(xMax, v);
            if (r.series(quantity) != null) all.add(r.series(quantity));
        }
        LogAxis axis = LogAxis.covering(all.toArray(double[][]::new));
        lastAxis = axis;

        header(g, d, ours, bp);
        double legendY = PAD + 18;
        double top = legendY + 22;
        double pw = Math.max(10, w - LEFT - RIGHT);
        double ph = Math.max(20, h - top - BOTTOM);
        legend(g, LEFT, legendY, w - RIGHT);

        // grid and left (log) axis
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        if (axis != null) {
            double[] ticks = axis.ticks();
            int every = Math.max(1, (int) Math.ceil(ticks.length / Math.max(1.0, ph / 18)));
            for (int i = 0; i < ticks.length; i++) {
                double yy = Math.round(axis.y(ticks[i], top, ph)) + 0.5;
                g.setStroke(palette.borderMuted);
                g.strokeLine(LEFT, yy, LEFT + pw, yy);
                if (i % every == 0) {
                    g.setFill(palette.fgMuted);
                    g.fillText(LogAxis.label(ticks[i]), LEFT - 6, yy);
                }
            }
        } else {
            g.setFill(palette.fgSubtle);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(nothingToPlot(d), LEFT + pw / 2, top + ph / 2);
        }
        // right axis: accuracy
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(palette.fgMuted);
        for (int i = 0; i <= 4; i++) {
            double yy = top + ph - i / 4.0 * ph;
            g.fillText((25 * i) + "%", LEFT + pw + 6, yy);
        }
        g.setStroke(palette.border);
        g.strokeRect(LEFT + 0.5, top + 0.5, pw - 1, ph - 1);
        // x axis
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double fx = xMax;
        double tick = LearningCurveView.niceTick(fx, Math.max(2, (int) (pw / 90)));
        for (double v = 0; v <= fx * 1.0001; v += tick) g.fillText(LearningCurveView.compact(v), LEFT + v / fx * pw, top + ph + 4);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("iteration", 4, top + ph + 4);
        g.setTextBaseline(VPos.BASELINE);

        DoubleUnaryOperator mx = v -> LEFT + v / fx * pw;
        DoubleUnaryOperator accY = v -> top + ph - Math.max(0, Math.min(1, v)) * ph;
        g.save();
        g.beginPath();
        g.rect(LEFT, top - 2, pw, ph + 4);
        g.clip();
        if (axis != null) {
            DoubleUnaryOperator my = v -> axis.y(v, top, ph);
            for (int i = 0; i < compared.size(); i++) {
                ComparedRun r = compared.get(i);
                // a finished run holds one row per epoch: straight lines between them, steps would invent the timing
                if (r.series(quantity) != null)
                    curve(g, r.iterations(), r.series(quantity), mx, my, runColour(i + 1), 1.6, false, false);
            }
            if (d != null) {
                curve(g, xs, bp, mx, my, palette.fgSubtle, 1.2, true, true);
                livePoints = curve(g, xs, ours, mx, my, runColour(0), 2.2, false, true);
            }
        }
        for (int i = 0; i < compared.size(); i++) {
            ComparedRun r = compared.get(i);
            accuracy(g, r.iterations(), r.testAccuracy(), mx, accY, runColour(i + 1));
        }
        if (d != null) accuracy(g, d.evaluationIterations(), d.testAccuracy(), mx, accY, runColour(0));
        g.restore();
    }

    private String nothingToPlot(TransportCostData d) {
        if (quantity == TransportQuantity.ENERGY)
            return "No energy: the chip profile prices no transported bit (fbp-accelerator and loihi do).";
        if (d != null && d.batches() == 0 && compared.isEmpty()) return "No batch yet.";
        return "Nothing transported yet.";
    }

    private void header(GraphicsContext g, TransportCostData d, double[] ours, double[] bp) {
        g.setFont(fontBold);
        g.setFill(palette.fg);
        g.setTextBaseline(VPos.TOP);
        StringBuilder sb = new StringBuilder(quantity.title()).append(" W → B, cumulative (log scale)");
        if (d != null && d.batches() > 0) {
            int n = d.batches() - 1;
            double now = ours[n];
            sb.append(" · ").append(d.algorithm()).append(" · ").append(d.transports())
                    .append(d.transports() == 1 ? " transport" : " transports");
            if (Double.isFinite(now)) sb.append(" · ").append(compact(now)).append(' ').append(quantity.unit());
            if (now > 0 && bp[n] > 0) sb.append(String.format(" · %.3g× less than exact BP", bp[n] / now));
            else if (now == 0 && bp[n] > 0) sb.append(" · nothing copied");
        }
        g.fillText(sb.toString(), PAD, PAD);
        g.setFont(font);
        g.setTextBaseline(VPos.BASELINE);
    }

    static String compact(double v) {
        if (!Double.isFinite(v)) return "–";
        double a = Math.abs(v);
        if (a >= 1e12) return String.format("%.3gT", v / 1e12);
        if (a >= 1e9) return String.format("%.3gG", v / 1e9);
        if (a >= 1e6) return String.format("%.3gM", v / 1e6);
        if (a >= 1e3) return String.format("%.3gk", v / 1e3);
        return String.format("%.3g", v);
    }

    private void legend(GraphicsContext g, double x, double y, double right) {
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        List<Boolean> dashed = new ArrayList<>();
        if (data != null) {
            names.add("this run · " + data.algorithm());
            colours.add(runColour(0));
            dashed.add(false);
            names.add("exact BP");
            colours.add(palette.fgSubtle);
            dashed.add(true);
        }
        for (int i = 0; i < compared.size(); i++) {
            ComparedRun r = compared.get(i);
            names.add(r.label() + (r.meteredTransport() ? "" : " (no transport metered)"));
            colours.add(runColour(i + 1));
            dashed.add(false);
        }
        names.add("test accuracy (dashed, right axis)");
        colours.add(palette.fgMuted);
        dashed.add(true);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double cx = x;
        for (int i = 0; i < names.size(); i++) {
            double tw = textWidth(names.get(i), font);
            if (cx + tw + 24 > right && cx > x) break; // what does not fit is left out rather than overprinted
            g.setStroke(colours.get(i));
            g.setLineWidth(2);
            g.setLineDashes(dashed.get(i) ? new double[]{4, 3} : null);
            g.strokeLine(cx, y + 8, cx + 14, y + 8);
            g.setLineDashes((double[]) null);
            g.setFill(palette.fgMuted);
            g.fillText(names.get(i), cx + 18, y + 8);
            cx += tw + 32;
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /**
     * A cumulative series (as steps when it has a point per batch), one vertical stroke per pixel column from its first to its last value there, so a long
     * run draws as fast as a short one and every step still shows. Values not on the log axis (0) break the line.
     * Returns the points drawn.
     */
    private int curve(GraphicsContext g, double[] xs, double[] ys, DoubleUnaryOperator mx, DoubleUnaryOperator my,
                      Color c, double width, boolean dashed, boolean steps) {
        if (xs.length == 0 || ys == null) return 0;
        g.setStroke(c);
        g.setLineWidth(width);
        g.setLineDashes(dashed ? new double[]{6, 4} : null);
        g.beginPath();
        boolean pen = false;
        int points = 0;
        double lastPx = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < xs.length && i < ys.length; i++) {
            double y = my.applyAsDouble(ys[i]);
            if (Double.isNaN(y)) {
                pen = false;
                continue;
            }
            double x = Math.round(mx.applyAsDouble(xs[i]));
            boolean lastOfColumn = i + 1 >= xs.length || Math.round(mx.applyAsDouble(xs[i + 1])) != x;
            if (pen && x == lastPx && !lastOfColumn) continue;
            if (pen) {
                if (steps) g.lineTo(x, lastY); // a count per batch steps: flat until the transport, then up
                g.lineTo(x, y);
            } else g.moveTo(x, y);
            lastY = y;
            pen = true;
            lastPx = x;
            points++;
        }
        if (points == 1) { // a lone point shows as a dot
            double y = my.applyAsDouble(ys[ys.length - 1]);
            g.rect(Math.round(mx.applyAsDouble(xs[xs.length - 1])) - 1.5, y - 1.5, 3, 3);
        }
        g.stroke();
        g.setLineDashes((double[]) null);
        return points;
    }

    private void accuracy(GraphicsContext g, double[] xs, double[] acc, DoubleUnaryOperator mx, DoubleUnaryOperator my,
                          Color c) {
        if (xs.length == 0) return;
        g.setStroke(c);
        g.setFill(c);
        g.setLineWidth(1.4);
        g.setLineDashes(5, 4);
        g.beginPath();
        boolean pen = false;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(acc[i]) || !Double.isFinite(xs[i])) continue;
            double x = mx.applyAsDouble(xs[i]);
            double y = my.applyAsDouble(acc[i]);
            if (pen) g.lineTo(x, y);
            else g.moveTo(x, y);
            pen = true;
        }
        g.stroke();
        g.setLineDashes((double[]) null);
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(acc[i]) || !Double.isFinite(xs[i])) continue;
            g.fillOval(mx.applyAsDouble(xs[i]) - 3, my.applyAsDouble(acc[i]) - 3, 6, 6);
        }
    }

    @Override
    public String exportName() {
        return "transport-cost";
    }

    /** Every series of every run shown: run, algorithm, series, iteration, value. */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("run,algorithm,series,iteration,value\n");
        TransportCostData d = data;
        if (d != null) {
            for (TransportQuantity q : TransportQuantity.values()) {
                rows(out, "this run", d.algorithm(), q.name().toLowerCase() + "_copied", d.iterations(), d.series(q));
                rows(out, "this run", d.algorithm(), "bp_" + q.name().toLowerCase() + "_copied", d.iterations(), d.bpSeries(q));
            }
            rows(out, "this run", d.algorithm(), "test_accuracy", d.evaluationIterations(), d.testAccuracy());
        }
        for (ComparedRun r : compared) {
            for (TransportQuantity q : TransportQuantity.values())
                if (r.series(q) != null) rows(out, r.name(), r.algorithm(), q.name().toLowerCase() + "_copied", r.iterations(), r.series(q));
            rows(out, r.name(), r.algorithm(), "test_accuracy", r.iterations(), r.testAccuracy());
        }
    }

    private static void rows(Writer out, String run, String algorithm, String series, double[] xs, double[] ys)
            throws IOException {
        String prefix = LiveView.text(run) + "," + LiveView.text(algorithm) + "," + series + ",";
        for (int i = 0; i < xs.length; i++) out.write(prefix + LiveView.num(xs[i]) + "," + LiveView.num(ys[i]) + "\n");
    }
}
