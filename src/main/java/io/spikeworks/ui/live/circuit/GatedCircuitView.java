package io.spikeworks.ui.live.circuit;

import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One recorded training sample of the gated circuit, time running down: a row per step with its phase name on the
 * left, then a band per population (the gate chain first, so its twelve neurons draw the diagonal that sequences the
 * phases), neurons across (a band narrower than its population ORs neighbours into one pixel column, so a spike
 * always shows); on the right the membranes of a few neurons on the same rows, with the firing threshold; below,
 * the mirrored-copy check. Drawn only when a new recording arrives (about once a second).
 */
public final class GatedCircuitView extends CanvasView {
    static final double TOP = 30;
    static final double PHASE_W = 200;
    static final double BAND_GAP = 4;
    static final double TRACE_GAP = 10;

    private CircuitData data;
    /** Where the last drawing put each band: x, width (same order as the data's bands). */
    private double[][] bandBoxes = new double[0][];
    private double rowTop;
    private double rowH;

    private final Tooltip tip = new Tooltip();

    public GatedCircuitView() {
        super("gated-circuit-view");
        setPrefSize(900, 360);
        tip.setShowDelay(javafx.util.Duration.millis(150));
        Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> {
            String text = describe(e.getX() / drawScale(), e.getY() / drawScale());
            tip.setText(text == null ? "" : text);
            if (text == null) tip.hide();
        });
    }

    /** What is under a point of the raster: population, neuron(s), step and phase, spike and membrane; else null. */
    String describe(double px, double py) {
        CircuitData d = data;
        if (d == null || rowH <= 0 || py < rowTop || py >= rowTop + rowH * d.steps()) return null;
        int t = (int) ((py - rowTop) / rowH);
        for (int i = 0; i < bandBoxes.length && i < d.bands().size(); i++) {
            double x = bandBoxes[i][0], bw = bandBoxes[i][1];
            if (px < x || px >= x + bw) continue;
            CircuitData.Band b = d.bands().get(i);
            int from = (int) Math.floor((px - x) * b.size() / bw);
            int to = Math.max(from, (int) Math.ceil((px - x + 1) * b.size() / bw) - 1);
            to = Math.min(to, b.size() - 1);
            String where = " · step " + d.phases().get(t);
            if (from == to) return b.neuronName(from) + where + (b.spike(t, from) ? " · spiked" : "") + " · v = "
                    + b.membrane(t, from);
            int spikes = 0;
            for (int n = from; n <= to; n++) if (b.spike(t, n)) spikes++;
            return b.name() + " " + from + "–" + to + where + " · " + spikes + " spiked";
        }
        return null;
    }

    /** Shows a recording; does nothing when its version is the one shown. */
    public void show(CircuitData d) {
        if (d == null || (data != null && d.version() == data.version())) return;
        data = d;
        invalidate();
    }

    public CircuitData data() {
        return data;
    }

    /** The x and width of each band as last drawn, for tests. */
    double[][] bandBoxes() {
        return bandBoxes;
    }

    /** Centre y of step t's row as last drawn. */
    double rowCentre(int t) {
        return rowTop + (t + 0.5) * rowH;
    }

    /** How many of the last drawn check lines were run warnings. */
    private int warningLines;

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        CircuitData d = data;
        if (d == null) {
            message(g, w, h, "The gated circuit shows once an nBP run has trained its first batch");
            return;
        }
        int steps = d.steps();
        List<String> checkLines = checkLines(d, w - 12);
        int checkCount = checkLines.size();
        for (String warning : d.warnings()) checkLines.addAll(wrapWords("⚠ " + warning, w - 12));
        warningLines = checkLines.size() - checkCount;
        double checkH = 8 + 15 * checkLines.size();
        rowTop = TOP;
        rowH = Math.max(4, (h - TOP - checkH - 4) / steps);
        double phaseW = 0;
        for (String p : d.phases()) phaseW = Math.max(phaseW, textWidth(p, font));
        phaseW = Math.min(PHASE_W, phaseW + 14);
        // as many traces as get 70 px each within a third of the width
        int shownTraces = (int) Math.min(d.traces().size(), Math.floor(w * 0.3 / 70));
        double tracesW = shownTraces == 0 ? 0 : Math.min(w * 0.3, shownTraces * 96.0);
        double rasterX = phaseW;
        double rasterW = Math.max(40, w - rasterX - tracesW - TRACE_GAP - 6);

        // rows: phase names, learning steps tinted
        g.setTextBaseline(VPos.CENTER);
        for (int t = 0; t < steps; t++) {
            double y = rowTop + t * rowH;
            if (t % 2 == 1) {
                g.setFill(palette.bgSubtle);
                g.fillRect(0, y, w, rowH);
            }
            g.setFill(palette.fg);
            g.setFont(font);
            g.fillText(clip(d.phases().get(t), phaseW - 10), 6, y + rowH / 2);
        }
        drawBands(g, d, rasterX, rasterW);
        if (tracesW > 0) drawTraces(g, d.traces().subList(0, shownTraces), d.steps(), w - tracesW - 4, tracesW);
        drawCheck(g, d, checkLines, h - checkH + 6);
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawBands(GraphicsContext g, CircuitData d, double x0, double width) {
        List<CircuitData.Band> bands = d.bands();
        // each band gets a least width (the gates' cells must read as a diagonal), the rest by weight
        double[] least = new double[bands.size()];
        double[] weight = new double[bands.size()];
        double total = 0, leastSum = 0;
        for (int i = 0; i < bands.size(); i++) {
            CircuitData.Band b = bands.get(i);
            boolean gates = b.name().equals(CircuitData.GATES);
            least[i] = gates ? 12 * 5 : 8;
            weight[i] = gates ? 1.5 : b.size() >= 100 ? 2.0 : 1.0;
            total += weight[i];
            leastSum += least[i];
        }
        double free = width - BAND_GAP * (bands.size() - 1);
        double spare = Math.max(0, free - leastSum);
        double shrink = leastSum > free ? free / leastSum : 1;
        bandBoxes = new double[bands.size()][];
        double[] widths = new double[bands.size()];
        for (int i = 0; i < bands.size(); i++) widths[i] = Math.floor(least[i] * shrink + spare * weight[i] / total);
        // a band's name goes on the lower label line if it fits there beside the last one, else on the upper line,
        // else it is left out (hovering the band names it)
        double[] lineEnd = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] labelY = new double[bands.size()];
        {
            double bx = x0;
            for (int i = 0; i < bands.size(); i++) {
                double tw = textWidth(bandLabel(bands.get(i)), bands.get(i).name().equals(CircuitData.GATES) ? fontBold : font);
                double left = bx + widths[i] / 2 - tw / 2;
                labelY[i] = Double.NaN;
                for (int line = 0; line < 2; line++)
                    if (left >= lineEnd[line] + 4) {
                        labelY[i] = line == 0 ? TOP - 5 : TOP - 17;
                        lineEnd[line] = left + tw;
                        break;
                    }
                bx += widths[i] + BAND_GAP;
            }
        }
        double x = x0;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BASELINE);
        for (int i = 0; i < bands.size(); i++) {
            CircuitData.Band b = bands.get(i);
            double bw = widths[i];
            bandBoxes[i] = new double[]{x, bw};
            g.setFill(palette.bgInset);
            g.fillRect(x, rowTop, bw, rowH * d.steps());
            boolean gates = b.name().equals(CircuitData.GATES);
            g.setFill(gates ? palette.fg : palette.fgMuted);
            g.setFont(gates ? fontBold : font);
            if (!Double.isNaN(labelY[i])) g.fillText(bandLabel(b), x + bw / 2, labelY[i]);
            g.setFont(font);
            g.setFill(gates ? palette.accent : colourOf(b.name()));
            int cols = (int) Math.max(1, bw);
            for (int t = 0; t < d.steps(); t++) {
                double y = rowTop + t * rowH + 1;
                double hh = Math.max(1, rowH - 2);
                if (gates || b.size() <= cols) { // each neuron a cell of its own
                    double cw = bw / b.size();
                    for (int n = 0; n < b.size(); n++)
                        if (b.spike(t, n)) g.fillRect(x + n * cw + (cw > 3 ? 0.5 : 0), y, Math.max(1, cw - (cw > 3 ? 1 : 0)), hh);
                } else { // neighbours OR into one pixel column
                    int shown = -1;
                    for (int n = 0; n < b.size(); n++) {
                        if (!b.spike(t, n)) continue;
                        int c = (int) ((long) n * cols / b.size());
                        if (c == shown) continue;
                        shown = c;
                        g.fillRect(x + c, y, 1, hh);
                    }
                }
            }
            x += bw + BAND_GAP;
        }
    }

    private static String bandLabel(CircuitData.Band b) {
        return b.name().equals(CircuitData.GATES) ? "g00…g11" : b.name();
    }

    /** Colour family per part of the circuit: forward, backward, errors, memories. */
    private Color colourOf(String band) {
        return switch (band) {
            case "x", "h", "h<", "h>", "o", "o<", "o>" -> palette.data(0);
            case "t", "d2+", "d2-", "oT-" -> palette.data(3);
            case "h1T", "c_h" -> palette.data(1);
            default -> palette.data(2);
        };
    }

    private void drawTraces(GraphicsContext g, List<CircuitData.Trace> traces, int steps, double x0, double width) {
        double cw = width / traces.size();
        for (int i = 0; i < traces.size(); i++) {
            CircuitData.Trace tr = traces.get(i);
            double left = x0 + i * cw + 6;
            double right = x0 + (i + 1) * cw - 6;
            int lo = Math.min(0, CircuitData.THRESHOLD);
            int hi = CircuitData.THRESHOLD;
            for (int v : tr.membrane()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double span = Math.max(1, hi - lo);
            int l = lo;
            java.util.function.IntToDoubleFunction xOf = v -> left + (right - left) * (v - l) / span;
            g.setTextAlign(TextAlignment.CENTER);
            g.setFill(palette.fgMuted);
            g.setFont(fontBold);
            g.fillText(tr.name(), (left + right) / 2, TOP - 5);
            g.setFont(font);
            double bottom = rowTop + rowH * steps;
            g.setStroke(palette.border);
            g.setLineWidth(1);
            g.strokeLine(left, rowTop, left, bottom);
            // threshold: a spike needs v above it
            double xt = xOf.applyAsDouble(CircuitData.THRESHOLD);
            g.setStroke(palette.danger);
            g.setLineDashes(3, 3);
            g.strokeLine(xt, rowTop, xt, bottom);
            g.setLineDashes();
            Color c = tr.band().equals(CircuitData.GATES) ? palette.accent : colourOf(tr.band());
            g.setStroke(c);
            g.setLineWidth(1.5);
            g.beginPath();
            for (int t = 0; t < steps; t++) {
                double px = xOf.applyAsDouble(tr.membrane()[t]);
                double py = rowCentre(t);
                if (t == 0) g.moveTo(px, py);
                else g.lineTo(px, py);
            }
            g.stroke();
            g.setFill(c);
            for (int t = 0; t < steps; t++)
                if (tr.spiked()[t]) g.fillOval(xOf.applyAsDouble(tr.membrane()[t]) - 3.5, rowCentre(t) - 3.5, 7, 7);
        }
        g.setLineWidth(1);
    }

    /** The check's text, wrapped to the width: verdict, then each copy's max |difference|, then what was compared. */
    private List<String> checkLines(CircuitData d, double width) {
        List<String> items = new ArrayList<>();
        items.add(d.exact() ? "Mirrored copies exact:" : "Mirrored copies DIFFER:");
        for (CircuitData.Check c : d.checkLines()) items.add("max |" + c.what() + "| = " + c.maxAbs());
        items.add(String.format("(sample %,d, class %d; %,d checked this run, largest difference %d)",
                d.samplesTrained() + 1, d.label(), d.checks(), d.worstEver()));
        if (!d.traces().isEmpty())
            items.add("Right: membrane v per step (dot: spike), dashed: threshold " + CircuitData.THRESHOLD);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String item : items) {
            String next = line.length() == 0 ? item : line + "   " + item;
            if (line.length() > 0 && textWidth(next, font) > width) {
                lines.add(line.toString());
                line = new StringBuilder(item);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private void drawCheck(GraphicsContext g, CircuitData d, List<String> lines, double y) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(font);
        int firstWarning = lines.size() - warningLines;
        for (int i = 0; i < lines.size(); i++) {
            g.setFill(i == 0 ? (d.exact() ? palette.success : palette.danger)
                    : i >= firstWarning ? palette.warning : palette.fg);
            g.fillText(lines.get(i), 6, y + 15 * i);
        }
    }

    /** A sentence broken at spaces into lines no wider than {@code width}. */
    private List<String> wrapWords(String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && textWidth(next, font) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** Lines of run warnings drawn under the check at the last draw; for tests. */
    int warningLines() {
        return warningLines;
    }

    private String clip(String s, double max) {
        if (textWidth(s, font) <= max) return s;
        String t = s;
        while (t.length() > 1 && textWidth(t + "…", font) > max) t = t.substring(0, t.length() - 1);
        return t + "…";
    }

    @Override
    public String exportName() {
        return "gated-circuit";
    }

    /** Every neuron of every population at every step: its phase, spike and membrane. */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("step,phase,population,neuron,spike,membrane\n");
        CircuitData d = data;
        if (d == null) return;
        for (int t = 0; t < d.steps(); t++)
            for (CircuitData.Band b : d.bands())
                for (int n = 0; n < b.size(); n++) {
                    String pop = b.neuronNames().isEmpty() ? b.name() : b.neuronNames().get(n);
                    int neuron = b.neuronNames().isEmpty() ? n : 0;
                    out.write(t + "," + LiveView.text(d.phases().get(t)) + "," + LiveView.text(pop) + "," + neuron + ","
                            + (b.spike(t, n) ? 1 : 0) + "," + b.membrane(t, n) + "\n");
                }
    }
}
