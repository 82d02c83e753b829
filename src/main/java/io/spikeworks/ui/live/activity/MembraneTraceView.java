package io.spikeworks.ui.live.activity;

import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Membrane potential of chosen neurons over the steps of the current sample, against the layer's firing threshold
 * (dashed), with each spike marked on the trace. Neurons are added by clicking a raster row
 * ({@link #addNeuron}); with none chosen, the first traced neurons of the first spiking layer are shown. With
 * {@link #setShowCurrent input current} on, each neuron's synaptic input is drawn too, thin and dotted in its colour,
 * on a scale of its own at the right (currents and membranes differ in range).
 */
public final class MembraneTraceView extends CanvasView {
    public static final int MAX_NEURONS = 8;
    static final int AUTO_NEURONS = 4;
    static final double LEFT = 52;
    static final double RIGHT = 176;
    static final double TOP = 14;
    static final double BOTTOM = 22;
    /** Room for the current's scale between the plot and the legend. */
    static final double CURRENT_AXIS = 46;

    private ActivitySnapshot data;
    private final List<NeuronRef> chosen = new ArrayList<>();
    private Consumer<List<NeuronRef>> onChosenChanged = l -> {};
    private boolean showCurrent;

    /** A trace as drawn: the neuron, its column in the layer's traces (or -1 when not captured yet). */
    public record Shown(NeuronRef ref, TraceData traces, int column, RasterData raster) {}

    public MembraneTraceView() {
        super("membrane-trace-view");
    }

    public void show(ActivitySnapshot s) {
        if (s == null || (data != null && s.version() == data.version())) return;
        data = s;
        invalidate();
    }

    /** Adds a neuron (the oldest goes beyond {@link #MAX_NEURONS}); no-op when it is shown already. */
    public void addNeuron(NeuronRef n) {
        if (chosen.contains(n)) return;
        chosen.add(n);
        while (chosen.size() > MAX_NEURONS) chosen.remove(0);
        changed();
    }

    public void removeNeuron(NeuronRef n) {
        if (chosen.remove(n)) changed();
    }

    public void clearNeurons() {
        if (chosen.isEmpty()) return;
        chosen.clear();
        changed();
    }

    private void changed() {
        onChosenChanged.accept(List.copyOf(chosen));
        invalidate();
    }

    /** Draws the input current of each trace as well (when the data has it). */
    public void setShowCurrent(boolean on) {
        if (showCurrent == on) return;
        showCurrent = on;
        invalidate();
    }

    public boolean showsCurrent() {
        return showCurrent;
    }

    /** Colour of the i-th trace's input current: the trace's colour, lighter. */
    public Color currentColour(int i) {
        return ThemeColours.mix(palette.bg, traceColour(i), 0.75);
    }

    /** The current's range over what is shown, {lo, hi} padded, or null when no shown trace has a current. */
    double[] currentRange(List<Shown> shown) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Shown s : shown) {
            if (s.column < 0 || !s.traces.hasCurrent()) continue;
            for (int t = 0; t < s.traces.steps(); t++) {
                float v = s.traces.current(t, s.column);
                if (!Float.isFinite(v)) continue;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) return null;
        lo = Math.min(lo, 0);
        hi = Math.max(hi, 0);
        if (hi <= lo) hi = lo + 1;
        double pad = (hi - lo) * 0.08;
        return new double[]{lo - pad, hi + pad};
    }

    /** The neurons chosen by the user (empty: automatic choice). */
    public List<NeuronRef> chosenNeurons() {
        return List.copyOf(chosen);
    }

    public void setOnChosenChanged(Consumer<List<NeuronRef>> handler) {
        this.onChosenChanged = handler == null ? l -> {} : handler;
    }

    /** What is drawn now: the chosen neurons, or the automatic choice. */
    public List<Shown> shown() {
        List<Shown> out = new ArrayList<>();
        if (data == null) return out;
        if (!chosen.isEmpty()) {
            for (NeuronRef r : chosen) {
                TraceData t = data.traces(r.layer());
                out.add(new Shown(r, t, t == null ? -1 : t.indexOf(r.neuron()), data.layer(r.layer())));
            }
            return out;
        }
        for (TraceData t : data.traces()) {
            if (t.neurons().length == 0) continue;
            int n = Math.min(AUTO_NEURONS, t.neurons().length);
            for (int k = 0; k < n; k++)
                out.add(new Shown(new NeuronRef(t.layer(), t.neurons()[k]), t, k, data.layer(t.layer())));
            break;
        }
        return out;
    }

    /** Colour of the i-th trace drawn. */
    public Color traceColour(int i) {
        return palette.data(i);
    }

    /** What the chrome shows: the plot's frame and step axis, the legend's title and its line on currents. */
    private record Chrome(int steps, double pw, double ph, double legendX, String title, String currentNote) {}

    /** The legend's rows: title, then the note on currents when shown, then one row per trace. */
    static final double LEGEND_TITLE_Y = 8;
    static final double LEGEND_TITLE_GAP = 18;
    static final double LEGEND_ROW = 17;

    @Override
    protected void drawChrome(GraphicsContext g, double w, double h, Object key) {
        Chrome c = (Chrome) key;
        double x0 = LEFT;
        double y0 = TOP;
        g.setStroke(palette.borderMuted);
        g.setLineWidth(1);
        g.strokeRect(x0 + 0.5, y0 + 0.5, c.pw, c.ph);
        g.setFill(palette.fgMuted);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        int tick = SpikeRasterView.niceStep(c.steps, Math.max(2, (int) c.pw / 60));
        // a tick whose label would run into the axis name is left out
        double nameLeft = x0 + c.pw - textWidth("step", font) - 6;
        for (int t = 0; t < c.steps; t += tick) {
            String label = Integer.toString(t);
            double x = x0 + (c.steps <= 1 ? 0 : (double) t * c.pw / (c.steps - 1));
            if (t > 0 && x + textWidth(label, font) / 2 > nameLeft) break;
            g.fillText(label, x, y0 + c.ph + 4);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("step", x0 + c.pw, y0 + c.ph + 4);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double ly = y0 + LEGEND_TITLE_Y;
        g.setFont(fontBold);
        g.fillText(c.title, c.legendX, ly);
        g.setFont(font);
        if (c.currentNote != null) g.fillText(c.currentNote, c.legendX, ly + LEGEND_TITLE_GAP, RIGHT - 18);
        g.setTextBaseline(VPos.BASELINE);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        List<Shown> shown = shown();
        if (data == null || shown.isEmpty()) {
            message(g, w, h, data == null ? "No membranes yet: traces appear once a training batch has run."
                    : "Click a row of a spiking layer in the raster to trace its membrane.");
            return;
        }
        int steps = data.steps();
        double[] cur = showCurrent ? currentRange(shown) : null;
        double axis = showCurrent ? CURRENT_AXIS : 0;
        double x0 = LEFT;
        double pw = Math.max(10, w - LEFT - RIGHT - axis);
        double y0 = TOP;
        double ph = Math.max(10, h - TOP - BOTTOM);
        // value range over everything shown, threshold included
        double lo = 0;
        double hi = 0;
        double threshold = Double.NaN;
        for (Shown s : shown) {
            if (s.column < 0) continue;
            threshold = s.traces.threshold();
            if (!Double.isNaN(threshold)) hi = Math.max(hi, threshold); // NaN: neurons that never fire
            for (int t = 0; t < steps; t++) {
                float v = s.traces.value(t, s.column);
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi <= lo) hi = lo + 1;
        double pad = (hi - lo) * 0.08;
        lo -= pad;
        hi += pad;
        final double flo = lo;
        final double fhi = hi;
        java.util.function.DoubleUnaryOperator yOf = v -> y0 + ph - (v - flo) / (fhi - flo) * ph;
        java.util.function.IntToDoubleFunction xOf = t -> x0 + (steps <= 1 ? 0 : (double) t * pw / (steps - 1));

        double lx = x0 + pw + 14 + axis;
        chrome(new Chrome(steps, pw, ph, lx, chosen.isEmpty() ? "Membrane (first traced)" : "Membrane",
                !showCurrent ? null : cur != null ? "dotted: input current (right scale)" : "Input current: from the next batch"));
        // zero line, y ticks (their values follow the sample's range)
        g.setLineWidth(1);
        g.setFill(palette.fgMuted);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double lastLabel = Double.NaN;
        for (double v : new double[]{0, lo + pad, hi - pad}) {
            double y = Math.round(yOf.applyAsDouble(v)) + 0.5;
            if (Math.abs(y - lastLabel) < 14 || (v != 0 && Math.abs(y - yOf.applyAsDouble(0)) < 14)) continue;
            lastLabel = y;
            g.setStroke(palette.borderMuted);
            g.strokeLine(x0, y, x0 + pw, y);
            g.fillText(String.format("%.2f", v), x0 - 6, y);
        }
        // threshold
        if (!Double.isNaN(threshold)) {
            double ty = Math.round(yOf.applyAsDouble(threshold)) + 0.5;
            g.setStroke(palette.danger);
            g.setLineDashes(6, 4);
            g.strokeLine(x0, ty, x0 + pw, ty);
            g.setLineDashes();
            g.setFill(palette.danger);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText("θ = " + String.format("%.2f", threshold), x0 + pw - 4, ty - 2);
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (cur != null) drawCurrents(g, shown, cur, x0, y0, pw, ph, xOf);
        // traces and spikes
        for (int i = 0; i < shown.size(); i++) {
            Shown s = shown.get(i);
            if (s.column < 0) continue;
            Color c = traceColour(i);
            g.setStroke(c);
            g.setLineWidth(1.6);
            int column = s.column;
            strokeSeries(g, steps, t -> s.traces.value(t, column), xOf, yOf);
            if (s.raster != null && s.ref.neuron() < s.raster.neurons()) {
                g.setFill(c);
                for (int t = 0; t < Math.min(steps, s.raster.steps()); t++) {
                    if (!s.raster.spike(t, s.ref.neuron())) continue;
                    double x = xOf.applyAsDouble(t);
                    double y = yOf.applyAsDouble(s.traces.value(t, s.column));
                    g.fillOval(x - 3.5, y - 3.5, 7, 7);
                    g.fillRect(x - 0.75, y0, 1.5, 6); // tick along the top: the spike train
                }
            }
        }
        // legend entries below the chrome's title (and note on currents)
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(font);
        double ly = y0 + LEGEND_TITLE_Y + LEGEND_TITLE_GAP + (showCurrent ? LEGEND_ROW : 0);
        for (int i = 0; i < shown.size(); i++) {
            Shown s = shown.get(i);
            g.setFill(traceColour(i));
            g.fillRoundRect(lx, ly - 4, 12, 8, 3, 3);
            g.setFill(s.column < 0 ? palette.fgSubtle : palette.fg);
            String spikes = s.raster != null && s.ref.neuron() < s.raster.neurons()
                    ? " · " + s.raster.spikeCount(s.ref.neuron()) + (s.raster.spikeCount(s.ref.neuron()) == 1 ? " spike" : " spikes") : "";
            g.fillText(s.ref + (s.column < 0 ? " (next batch)" : spikes), lx + 18, ly, RIGHT - 36);
            ly += LEGEND_ROW;
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /** One polyline over steps 0…n−1, lifting the pen over non-finite values (steps not recorded). */
    private static void strokeSeries(GraphicsContext g, int n, java.util.function.IntToDoubleFunction value,
                                     java.util.function.IntToDoubleFunction xOf, java.util.function.DoubleUnaryOperator yOf) {
        g.beginPath();
        boolean pen = false;
        for (int t = 0; t < n; t++) {
            double v = value.applyAsDouble(t);
            if (!Double.isFinite(v)) {
                pen = false;
                continue;
            }
            double x = xOf.applyAsDouble(t);
            double y = yOf.applyAsDouble(v);
            if (pen) g.lineTo(x, y);
            else g.moveTo(x, y);
            pen = true;
        }
        g.stroke();
    }

    /** Each shown neuron's input current, dotted, and the current's own scale at the plot's right edge. */
    private void drawCurrents(GraphicsContext g, List<Shown> shown, double[] range, double x0, double y0, double pw,
                              double ph, java.util.function.IntToDoubleFunction xOf) {
        double lo = range[0];
        double hi = range[1];
        java.util.function.DoubleUnaryOperator yOf = v -> y0 + ph - (v - lo) / (hi - lo) * ph;
        g.setLineWidth(1.6);
        g.setLineDashes(3, 3);
        for (int i = 0; i < shown.size(); i++) {
            Shown s = shown.get(i);
            if (s.column < 0 || !s.traces.hasCurrent()) continue;
            g.setStroke(currentColour(i));
            int column = s.column;
            strokeSeries(g, s.traces.steps(), t -> s.traces.current(t, column), xOf, yOf);
        }
        g.setLineDashes();
        // the scale: ticks at 0 and the two ends, labelled left-aligned just right of the plot
        double ax = x0 + pw;
        g.setStroke(palette.fgSubtle);
        g.setFill(palette.fgMuted);
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double pad = (hi - lo) * 0.08 / 1.16;
        double lastLabel = Double.NaN;
        for (double v : new double[]{0, lo + pad, hi - pad}) {
            double y = Math.round(yOf.applyAsDouble(v)) + 0.5;
            if (Math.abs(y - lastLabel) < 14 || (v != 0 && Math.abs(y - yOf.applyAsDouble(0)) < 14)) continue;
            lastLabel = y;
            g.strokeLine(ax, y, ax + 4, y);
            g.fillText(String.format("%.2f", v), ax + 6, y, CURRENT_AXIS - 8);
        }
        g.setTextBaseline(VPos.TOP);
        g.fillText("I", ax + 6, y0 + ph + 4);
    }

    @Override
    public String exportName() {
        return "membrane-traces";
    }

    /** Long format: one row per neuron and step. */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("layer,neuron,step,membrane,spike,threshold,input_current\n");
        for (Shown s : shown()) {
            if (s.column < 0) continue;
            for (int t = 0; t < s.traces.steps(); t++) {
                boolean spike = s.raster != null && s.ref.neuron() < s.raster.neurons() && t < s.raster.steps()
                        && s.raster.spike(t, s.ref.neuron());
                out.write(LiveView.text(s.ref.layer()) + "," + s.ref.neuron() + "," + t + ","
                        + LiveView.num(s.traces.value(t, s.column)) + "," + (spike ? 1 : 0) + ","
                        + LiveView.num(s.traces.threshold()) + ","
                        + (s.traces.hasCurrent() ? LiveView.num(s.traces.current(t, s.column)) : "") + "\n");
            }
        }
    }
}
