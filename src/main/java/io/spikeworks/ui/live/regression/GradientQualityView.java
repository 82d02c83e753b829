package io.spikeworks.ui.live.regression;

import io.spikeworks.learn.gradient.GradientCosineRow;
import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gradient-estimate quality: at the left, the cosine between the estimated gradient and BPTT's at every compared
 * batch of this run; at the right, mean cosine against K (log scale) per estimator with its min–max range, from the
 * table the rule hands over or one loaded from CSV. 1 is BPTT's direction; a random direction in n weights averages
 * about 1/√n.
 */
public final class GradientQualityView extends CanvasView {
    static final double LEFT = 44;
    static final double PAD = 10;

    private GradientQualityData data;
    /** A table loaded from a file, shown in place of the run's own; null for none. */
    private List<GradientCosineRow> loaded;

    public GradientQualityView() {
        super("gradient-quality-view");
    }

    public void show(GradientQualityData d) {
        if (d == null || d == data) return;
        data = d;
        invalidate();
    }

    public GradientQualityData data() {
        return data;
    }

    /** Forgets the last run's measurements and any loaded table. */
    public void clear() {
        data = null;
        loaded = null;
        invalidate();
    }

    /** Shows {@code rows} as the table (null goes back to the run's own). */
    public void showTable(List<GradientCosineRow> rows) {
        loaded = rows == null ? null : List.copyOf(rows);
        invalidate();
    }

    /** The table shown: a loaded one, else the run's. */
    public List<GradientCosineRow> table() {
        if (loaded != null) return loaded;
        return data == null ? List.of() : data.table();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        GradientQualityData d = data == null ? GradientQualityData.EMPTY : data;
        List<GradientCosineRow> table = table();
        double split = table.isEmpty() ? w * 0.62 : w * 0.5;
        perBatch(g, d, 0, 0, split, h);
        againstK(g, table, split, 0, w - split, h);
    }

    private void perBatch(GraphicsContext g, GradientQualityData d, double x, double y, double w, double h) {
        PlotArea p;
        if (d.measurements() == 0) {
            message(g, w, h, d.every() > 0 ? "No comparison yet: every " + d.every() + " batches the rule also runs BPTT"
                    : "This run does not compare its estimate with BPTT (set alignmentEvery > 0)");
            return;
        }
        double lo = 1;
        for (double c : d.cosines()) if (Double.isFinite(c)) lo = Math.min(lo, c);
        long[] its = d.iterations();
        p = new PlotArea(x + LEFT, y + 32, w - LEFT - PAD, h - 32 - 22, its[0], Math.max(its[its.length - 1], its[0] + 1),
                Math.min(0, lo), 1);
        p.frame(g, palette, font, "cosine(estimate, BPTT gradient) per compared batch", "batch");
        double[] xs = new double[its.length];
        float[] ys = new float[its.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = its[i];
            ys[i] = (float) d.cosines()[i];
        }
        p.line(g, xs, ys, palette.data(0), 1.5);
        g.setFill(palette.data(0));
        if (xs.length < 200) for (int i = 0; i < xs.length; i++) g.fillOval(p.px(xs[i]) - 2, p.py(ys[i]) - 2, 4, 4);
        g.setFill(palette.fgMuted);
        g.setTextBaseline(VPos.TOP);
        g.fillText(String.format(Locale.ROOT, "%s · every %d batches · last %.3f · mean %.3f over %d", d.algorithm(), d.every(),
                d.lastCosine(), d.meanCosine(), d.measurements()), x + LEFT, y + 2);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void againstK(GraphicsContext g, List<GradientCosineRow> table, double x, double y, double w, double h) {
        if (table.isEmpty()) {
            g.setFill(palette.fgSubtle);
            g.setTextBaseline(VPos.TOP);
            double ty = y + 34;
            for (String line : List.of("Cosine against K: no table yet.", "A rule measuring several K", "hands one over, or use",
                    "Load table… (CSV).")) {
                g.fillText(line, x + PAD, ty);
                ty += 15;
            }
            g.setTextBaseline(VPos.BASELINE);
            return;
        }
        GradientQualityData byK = new GradientQualityData(0, "", 0, new long[0], new double[0], table);
        int[] k = byK.directionRange();
        double lo = 1;
        for (GradientCosineRow r : table) lo = Math.min(lo, r.min());
        double lx0 = Math.log(k[0]) / Math.log(2), lx1 = Math.max(Math.log(k[1]) / Math.log(2), lx0 + 1);
        PlotArea p = new PlotArea(x + LEFT, y + 32, w - LEFT - PAD, h - 32 - 22, lx0 - 0.3, lx1 + 0.3, Math.min(0, lo), 1);
        p.frame(g, palette, font, "mean cosine against K (min–max)", "log₂ K");
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<GradientCosineRow>> e : byK.byEstimator().entrySet()) {
            Color c = palette.data(i++);
            names.add(e.getKey());
            colours.add(c);
            List<GradientCosineRow> rows = e.getValue();
            double[] xs = new double[rows.size()];
            float[] ys = new float[rows.size()];
            g.setStroke(c);
            g.setLineWidth(1);
            for (int j = 0; j < xs.length; j++) {
                GradientCosineRow r = rows.get(j);
                xs[j] = Math.log(r.directions()) / Math.log(2);
                ys[j] = (float) r.mean();
                double px = p.px(xs[j]);
                g.strokeLine(px, p.py(r.min()), px, p.py(r.max()));
            }
            p.line(g, xs, ys, c, 1.5);
            g.setFill(c);
            for (int j = 0; j < xs.length; j++) g.fillOval(p.px(xs[j]) - 3, p.py(ys[j]) - 3, 6, 6);
        }
        rightLegend(g, p.x + p.w, y, names, colours);
    }

    @Override
    public String exportName() {
        return "gradient-quality";
    }

    /** Long format: series (per_batch or table), then per_batch,iteration,cosine and the table's rows. */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("series,estimator,K,iteration,cosine,min_cosine,max_cosine,batches\n");
        GradientQualityData d = data == null ? GradientQualityData.EMPTY : data;
        for (int i = 0; i < d.measurements(); i++)
            out.write("per_batch," + LiveView.text(d.algorithm()) + ",," + d.iterations()[i] + "," + LiveView.num(d.cosines()[i])
                    + ",,,\n");
        for (GradientCosineRow r : table())
            out.write("table," + LiveView.text(r.estimator()) + "," + r.directions() + ",," + LiveView.num(r.mean()) + ","
                    + LiveView.num(r.min()) + "," + LiveView.num(r.max()) + "," + r.batches() + "\n");
    }
}
