package io.spikeworks.ui.live.symmetry;

import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import io.spikeworks.ui.live.learning.LearningCurveView;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How symmetric the feedback stays, against iteration, in three panels: the angle between W and Bᵀ per feedback
 * layer, ‖W − Bᵀ‖/‖W‖ per layer, and the gradient alignment (angle between the rule's weight gradient and exact
 * BP's; all measured layers together, thick, and each alone, thin). A layer keeps its colour in every panel;
 * transports are ticked along the top when there are few enough to tell apart.
 */
public final class AsymmetryCurvesView extends CanvasView {
    static final double LEFT = 56;
    static final double RIGHT = 14;
    static final double TOP = 8;
    static final double BOTTOM = 22;
    static final double GAP = 14;
    /** One text line: above each panel sits its title and legend (two lines when the panels stand side by side). */
    static final double LINE = 16;

    private AsymmetryCurveData data;
    private int pointsDrawn;
    /** Left edge of the panel being drawn. */
    private double x0 = LEFT;

    public AsymmetryCurvesView() {
        super("asymmetry-curves-view");
    }

    public void show(AsymmetryCurveData d) {
        if (d == null || (data != null && d.version() == data.version())) return;
        data = d;
        invalidate();
    }

    public AsymmetryCurveData data() {
        return data;
    }

    /** Points drawn over all curves last time; for tests. */
    int pointsDrawn() {
        return pointsDrawn;
    }

    /** One colour per layer name, the same in every panel. */
    private Map<String, Color> layerColours(AsymmetryCurveData d) {
        Map<String, Color> m = new LinkedHashMap<>();
        for (String l : d.layers()) m.putIfAbsent(l, palette.data(m.size()));
        for (String l : d.alignmentLayers()) m.putIfAbsent(l, palette.data(m.size()));
        return m;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        pointsDrawn = 0;
        AsymmetryCurveData d = data;
        if (d == null) {
            message(g, w, h, "No samples yet: the angle between W and Bᵀ and the gradient alignment plot here as a "
                    + "weight-symmetry rule trains.");
            return;
        }
        if (d.layers().isEmpty() && d.alignmentLayers().isEmpty()) {
            message(g, w, h, d.algorithm() + " " + d.feedbackNote() + ".");
            return;
        }
        Map<String, Color> colours = layerColours(d);
        // a wide, short card lays the three panels side by side; otherwise they stack
        boolean across = w > 3.2 * h;
        double cellW = across ? w / 3 : w;
        double pw = Math.max(10, cellW - LEFT - RIGHT);
        // the title and legend get their own strip above each panel, never over the curves or each other
        double head = across ? 2 * LINE : LINE;
        double ph = across ? Math.max(20, h - TOP - BOTTOM - head) : Math.max(60, h - TOP - BOTTOM - 2 * GAP - 3 * head) / 3;
        double xMax = 1;
        for (double v : d.iterations()) xMax = Math.max(xMax, v);
        for (double v : d.alignmentIterations()) xMax = Math.max(xMax, v);
        double fx = xMax;

        x0 = LEFT;
        double y = TOP + head;
        double angleMax = niceMax(max(d.angle()), 1);
        panel(g, y, head, pw, ph, angleMax, "%.0f°", "Angle between W and Bᵀ");
        if (d.layers().isEmpty()) note(g, y, pw, ph, "no B shaped like W under " + d.algorithm());
        for (int l = 0; l < d.layers().size(); l++)
            series(g, d.iterations(), d.angle()[l], y, pw, ph, fx, angleMax, colours.get(d.layers().get(l)), 1.6);
        transportTicks(g, d.transportIterations(), y, pw, fx);
        legend(g, x0 + pw, y - (across ? LINE : head), d.layers(), colours);
        if (across) xAxis(g, y + ph, pw, fx);

        if (across) x0 += cellW;
        else y += ph + GAP + head;
        double normMax = niceMax(max(d.relNorm()), 0.01);
        panel(g, y, head, pw, ph, normMax, normMax < 0.1 ? "%.3f" : "%.2f", "‖W − Bᵀ‖ / ‖W‖");
        for (int l = 0; l < d.layers().size(); l++)
            series(g, d.iterations(), d.relNorm()[l], y, pw, ph, fx, normMax, colours.get(d.layers().get(l)), 1.6);
        transportTicks(g, d.transportIterations(), y, pw, fx);
        if (across) xAxis(g, y + ph, pw, fx);

        if (across) x0 += cellW;
        else y += ph + GAP + head;
        double alignMax = niceMax(Math.max(max(new double[][]{d.alignmentAll()}), max(d.alignmentPerLayer())), 1);
        panel(g, y, head, pw, ph, alignMax, "%.0f°", across ? "Gradient angle to BP" : "Gradient alignment: angle to the BP gradient");
        if (d.alignmentSamples() == 0) note(g, y, pw, ph, "not measured yet (every alignmentEvery batches; 0 turns it off)");
        for (int l = 0; l < d.alignmentLayers().size(); l++)
            series(g, d.alignmentIterations(), d.alignmentPerLayer()[l], y, pw, ph, fx, alignMax,
                    ThemeColours.mix(colours.get(d.alignmentLayers().get(l)), palette.bg, 0.35), 1.0);
        series(g, d.alignmentIterations(), d.alignmentAll(), y, pw, ph, fx, alignMax, palette.fg, 2.0);
        List<String> names = new ArrayList<>(d.alignmentLayers());
        names.add("all layers");
        Map<String, Color> alignColours = new LinkedHashMap<>();
        for (String l : d.alignmentLayers()) alignColours.put(l, colours.get(l));
        alignColours.put("all layers", palette.fg);
        legend(g, x0 + pw, y - (across ? LINE : head), names, alignColours);
        xAxis(g, y + ph, pw, fx);
    }

    private void xAxis(GraphicsContext g, double axisY, double pw, double fx) {
        g.setFill(palette.fgMuted);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double tick = LearningCurveView.niceTick(fx, Math.max(2, (int) (pw / 90)));
        for (double v = 0; v <= fx * 1.0001; v += tick) g.fillText(LearningCurveView.compact(v), x0 + v / fx * pw, axisY + 4);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("iteration", x0 - LEFT + 4, axisY + 4);
        g.setTextBaseline(VPos.BASELINE);
    }

    private static double max(double[][] series) {
        double m = 0;
        for (double[] s : series) for (double v : s) if (Double.isFinite(v)) m = Math.max(m, v);
        return m;
    }

    /** A round upper bound a little above {@code v}, at least {@code least}. */
    static double niceMax(double v, double least) {
        double m = Math.max(v * 1.1, least);
        double mag = Math.pow(10, Math.floor(Math.log10(m)));
        for (double f : new double[]{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) if (f * mag >= m) return f * mag;
        return 10 * mag;
    }

    private void panel(GraphicsContext g, double y, double head, double pw, double ph, double hi, String fmt, String title) {
        g.setStroke(palette.borderMuted);
        g.setLineWidth(1);
        g.setFill(palette.fgMuted);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int ticks = ph > 80 ? 4 : 2;
        for (int i = 0; i <= ticks; i++) {
            double v = hi * i / ticks;
            double yy = Math.round(y + ph - v / hi * ph) + 0.5;
            g.strokeLine(x0, yy, x0 + pw, yy);
            g.fillText(tick(v, fmt), x0 - 6, yy);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(fontBold);
        g.setFill(palette.fg);
        // over the plot when it fits there; else from the panel's left edge, over the grid values (three panels
        // across a 540 px card left "Gradient angle to BP" cut at the card's edge)
        double tx = textWidth(title, fontBold) > pw + RIGHT ? x0 - LEFT + 4 : x0;
        g.fillText(title, tx, y - head);
        g.setFont(font);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** A tick label with as many decimals as it needs (7.5°, not 8°), in the panel's unit. */
    static String tick(double v, String fmt) {
        String unit = fmt.endsWith("°") ? "°" : "";
        String t = String.format(java.util.Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return t + unit;
    }

    private void note(GraphicsContext g, double y, double pw, double ph, String text) {
        g.setFill(palette.fgSubtle);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x0 + pw / 2, y + ph / 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void transportTicks(GraphicsContext g, double[] its, double y, double pw, double xMax) {
        if (its.length == 0 || its.length > pw / 4) return; // too dense to tell apart
        g.setStroke(ThemeColours.mix(palette.fgSubtle, palette.bg, 0.4));
        g.setLineWidth(1);
        for (double it : its) {
            double x = Math.round(x0 + it / xMax * pw) + 0.5;
            g.strokeLine(x, y, x, y + 5);
        }
    }

    private void legend(GraphicsContext g, double right, double y, List<String> names, Map<String, Color> colours) {
        rightLegend(g, right, y, names, names.stream().map(colours::get).toList());
    }

    private void series(GraphicsContext g, double[] xs, double[] ys, double y0, double pw, double ph, double xMax,
                        double hi, Color c, double width) {
        g.setStroke(c);
        g.setFill(c);
        g.setLineWidth(width);
        g.beginPath();
        boolean pen = false;
        int drawn = 0;
        double lastX = Double.NaN, lastY = Double.NaN;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(ys[i])) {
                pen = false;
                continue;
            }
            double x = x0 + xs[i] / xMax * pw;
            double y = y0 + ph - Math.max(0, Math.min(1, ys[i] / hi)) * ph;
            if (pen) g.lineTo(x, y);
            else g.moveTo(x, y);
            pen = true;
            drawn++;
            lastX = x;
            lastY = y;
        }
        g.stroke();
        if (drawn > 0) g.fillOval(lastX - 2.5, lastY - 2.5, 5, 5); // the latest value stands out
        pointsDrawn += drawn;
    }

    @Override
    public String exportName() {
        return "asymmetry-curves";
    }

    /** Long format: series (angle_deg, rel_norm, grad_angle_deg), layer ("all" for every layer together), iteration, value. */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("series,layer,iteration,value\n");
        AsymmetryCurveData d = data;
        if (d == null) return;
        for (int l = 0; l < d.layers().size(); l++) {
            String name = LiveView.text(d.layers().get(l));
            for (int i = 0; i < d.samples(); i++)
                out.write("angle_deg," + name + "," + LiveView.num(d.iterations()[i]) + "," + LiveView.num(d.angle()[l][i]) + "\n");
            for (int i = 0; i < d.samples(); i++)
                out.write("rel_norm," + name + "," + LiveView.num(d.iterations()[i]) + "," + LiveView.num(d.relNorm()[l][i]) + "\n");
        }
        for (int i = 0; i < d.alignmentSamples(); i++)
            out.write("grad_angle_deg,all," + LiveView.num(d.alignmentIterations()[i]) + "," + LiveView.num(d.alignmentAll()[i]) + "\n");
        for (int l = 0; l < d.alignmentLayers().size(); l++) {
            String name = LiveView.text(d.alignmentLayers().get(l));
            for (int i = 0; i < d.alignmentSamples(); i++)
                out.write("grad_angle_deg," + name + "," + LiveView.num(d.alignmentIterations()[i]) + ","
                        + LiveView.num(d.alignmentPerLayer()[l][i]) + "\n");
        }
    }
}
