package io.spikeworks.ui.live.activity;

import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Spike raster of the current sample: one band per layer (input, hidden…, output), neurons down, time steps across.
 * Drawn into a pixel buffer. A layer with more neurons than its band has rows of at least {@link #ROW_PITCH} pixels
 * shows every k-th neuron, and its label says so ("every 8th of 784"): a row per neuron, so the share of lit cells
 * is the layer's firing rate, where ORing neighbours into one row turned busy layers into solid bands. More steps
 * than columns OR into one column, so a spike of a shown neuron always shows. Clicking a row of a
 * spiking layer picks that neuron (see {@link #setOnNeuronPicked}). An event camera's input shows its OFF events
 * above its ON events, each in its own colour ({@link EventPolarity}).
 */
public final class SpikeRasterView extends CanvasView {
    static final double LEFT = 92;
    static final double RIGHT = 10;
    static final double TOP = 22;
    static final double BOTTOM = 20;
    static final double GAP = 8;
    static final int MIN_BAND = 40;
    /** The least height of a neuron's row (drawing units, so presenter mode makes it larger): 2 lit, 1 gap. */
    static final int ROW_PITCH = 3;

    private ActivitySnapshot data;
    private int[] buffer = new int[0];
    private final List<Band> bands = new ArrayList<>();
    private final Set<NeuronRef> selected = new LinkedHashSet<>();
    private Consumer<NeuronRef> onNeuronPicked = n -> {};
    private double plotX;
    private double plotW;

    /**
     * Where a layer was drawn: pixel rows [y, y + h) of the canvas, showing every {@code stride}-th of its display
     * rows, {@code shown} in all.
     */
    record Band(RasterData raster, int index, int y, int h, int stride, int shown) {
        Band(RasterData raster, int index, int y, int h) {
            this(raster, index, y, h, strideFor(raster.neurons(), h, raster.channels()));
        }

        private Band(RasterData raster, int index, int y, int h, int stride) {
            this(raster, index, y, h, stride, shownRows(raster.neurons(), stride));
        }
    }

    /** Every how many neurons one is shown in a band {@code h} rows high: 1 while each gets {@link #ROW_PITCH} rows. */
    static int strideFor(int neurons, int h) {
        int fit = Math.max(1, h / ROW_PITCH);
        return neurons <= fit ? 1 : (neurons + fit - 1) / fit;
    }

    /**
     * {@link #strideFor(int, int)} for neurons interleaving {@code channels} channels, made prime to the channel count:
     * a stride that shares a factor with it shows only some channels (every 12th of a 12-channel conv layer is all
     * channel 0), and a band of a silent channel looks like a silent layer.
     */
    static int strideFor(int neurons, int h, int channels) {
        int stride = strideFor(neurons, h);
        if (stride > 1) while (gcd(stride, channels) != 1) stride++;
        return stride;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static int shownRows(int neurons, int stride) {
        return Math.max(1, (neurons + stride - 1) / stride);
    }

    /** What a band's label says about its neurons: "784 neurons", or "every 8th of 784". */
    static String neuronsLabel(int neurons, int stride) {
        if (stride <= 1) return neurons + (neurons == 1 ? " neuron" : " neurons");
        return "every " + ordinal(stride) + " of " + neurons;
    }

    /**
     * The label under a band's name: its neurons, or for an analog input (shaded by value, not spikes) its values:
     * "2 values", "every 10th of 102 values".
     */
    static String bandLabel(RasterData r, int stride) {
        if (!r.analog()) return neuronsLabel(r.neurons(), stride);
        int n = r.neurons();
        if (stride <= 1) return n + (n == 1 ? " value" : " values");
        return "every " + ordinal(stride) + " of " + n + " values";
    }

    static String ordinal(int k) {
        int tens = k % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (k % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return k + suffix;
    }

    public SpikeRasterView() {
        super("spike-raster-view");
        canvas.setOnMouseClicked(e -> pick(e.getX() / drawScale(), e.getY() / drawScale()).ifPresent(n -> onNeuronPicked.accept(n)));
    }

    /** Shows a sample; does nothing when its version is the one shown. */
    public void show(ActivitySnapshot s) {
        if (s == null || (data != null && s.version() == data.version())) return;
        data = s;
        invalidate();
    }

    public ActivitySnapshot data() {
        return data;
    }

    /** Called with the neuron whose row was clicked (spiking layers only). */
    public void setOnNeuronPicked(Consumer<NeuronRef> handler) {
        this.onNeuronPicked = handler == null ? n -> {} : handler;
    }

    /** Neurons marked at the left edge (those whose membranes are shown). */
    public void setSelected(Set<NeuronRef> neurons) {
        selected.clear();
        selected.addAll(neurons);
        invalidate();
    }

    /** The spike colour of the layer at {@code index} in the snapshot. */
    public Color spikeColour(int layerIndex) {
        return palette.data(layerIndex == 0 ? 1 : layerIndex == bandsCount() - 1 && layerIndex > 1 ? 3 : 0);
    }

    /** The colour of an event camera's ON (or OFF) input spikes. */
    public Color polarityColour(boolean on) {
        return on ? EventPolarity.on(palette) : EventPolarity.off(palette);
    }

    /** Whether band {@code index} is an event camera's input, drawn by polarity. */
    private boolean polarityBand(int index) {
        return index == 0 && EventPolarity.of(data) && data.layers().get(0).neurons() % 2 == 0;
    }

    /** The row neuron n of band {@code index} is drawn in. */
    private int displayRow(int index, int n, int neurons) {
        return polarityBand(index) ? EventPolarity.row(n, neurons) : n;
    }

    private int bandsCount() {
        return data == null ? 0 : data.layers().size();
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        bands.clear();
        if (data == null || data.layers().isEmpty()) {
            message(g, w, h, "No spikes yet: the raster fills in once a training batch has run.");
            return;
        }
        int py = (int) TOP;
        int ph = (int) Math.max(1, h - TOP - BOTTOM);
        layoutBands(py, ph);
        int px = (int) Math.min(Math.max(LEFT, labelsWidth() + 12), w / 3); // the labels fit, strides included
        int pw = (int) Math.max(1, w - px - RIGHT);
        plotX = px;
        plotW = pw;
        if (buffer.length < pw * ph) buffer = new int[pw * ph];
        int bg = ThemeColours.argb(palette.bg);
        Arrays.fill(buffer, 0, pw * ph, bg);
        int bandBg = ThemeColours.argb(palette.bgSubtle);
        for (Band b : bands) {
            int from = (b.y - py) * pw;
            Arrays.fill(buffer, from, from + b.h * pw, bandBg);
            if (polarityBand(b.index))
                paintSpikes(b, py, pw, ThemeColours.argb(polarityColour(true)), ThemeColours.argb(polarityColour(false)));
            else if (b.raster.analog())
                paintSpikes(b, py, pw, shades(palette.bgSubtle, spikeColour(b.index), true),
                        shades(palette.bgSubtle, negativeColour(), false));
            else
                paintSpikes(b, py, pw, ThemeColours.argb(spikeColour(b.index)), -1);
        }
        putPixels(g, px, py, pw, ph, buffer);
        drawCaption(g, px, pw);
        chrome(chromeKey());
    }

    /** The widest band label: a layer's name, or what its rows show ("every 30th of 784"). */
    private double labelsWidth() {
        double widest = 0;
        for (Band b : bands) {
            widest = Math.max(widest, textWidth(b.raster.layer(), fontBold));
            if (b.h >= 30) widest = Math.max(widest, textWidth(bandLabel(b.raster, b.stride), font));
        }
        return widest;
    }

    private void layoutBands(int py, int ph) {
        List<RasterData> layers = data.layers();
        int k = layers.size();
        int avail = (int) Math.max(k, ph - GAP * (k - 1));
        int min = Math.min(MIN_BAND, avail / k);
        long total = 0;
        for (RasterData r : layers) total += Math.max(1, r.neurons());
        int spare = Math.max(0, avail - min * k);
        int y = py;
        int used = 0;
        for (int i = 0; i < k; i++) {
            RasterData r = layers.get(i);
            int bh = i == k - 1 ? avail - used : min + (int) (spare * (double) Math.max(1, r.neurons()) / total);
            bh = Math.max(1, bh);
            bands.add(new Band(r, i, y, bh));
            y += bh + (int) GAP;
            used += bh;
        }
    }

    /** The colour of an analog input's negative values (positive ones take the band's spike colour). */
    public Color negativeColour() {
        return palette.data(2);
    }

    /** 128 shades from the band's background (level 0) to {@code full} (level 127). */
    private static int[] ramp(Color from, Color full) {
        int[] r = new int[128];
        for (int i = 0; i < r.length; i++) r[i] = ThemeColours.argb(from.interpolate(full, i / 127.0));
        return r;
    }

    /** The positive and negative shade ramps and the colours they were made from: made again only when those change. */
    private final int[][] shadeRamps = new int[2][];
    private final Color[][] shadeColours = new Color[2][];

    private int[] shades(Color from, Color full, boolean positive) {
        int k = positive ? 0 : 1;
        Color[] made = shadeColours[k];
        if (made == null || !made[0].equals(from) || !made[1].equals(full)) {
            shadeRamps[k] = ramp(from, full);
            shadeColours[k] = new Color[]{from, full};
        }
        return shadeRamps[k];
    }

    /** An analog input's values, each cell shaded by its level's magnitude, negative values in their own colour. */
    private void paintSpikes(Band b, int py, int pw, int[] positive, int[] negative) {
        paintCells(b, py, pw, (i, level) -> level > 0 ? positive[level] : negative[-level]);
    }

    /** @param offColour with {@code colour} for ON, the colour of OFF neurons of an event input; -1 otherwise */
    private void paintSpikes(Band b, int py, int pw, int colour, int offColour) {
        boolean polarity = offColour != -1;
        paintCells(b, py, pw, (i, level) -> polarity && !EventPolarity.isOn(i) ? offColour : colour);
    }

    /** The colour of a cell whose value is not 0: neuron i, level (1 for a spike, −127 … 127 for an analog input). */
    private interface CellColour {
        int of(int neuron, int level);
    }

    private void paintCells(Band b, int py, int pw, CellColour colourOf) {
        RasterData r = b.raster;
        int n = r.neurons();
        int steps = r.steps();
        if (n == 0 || steps == 0) return;
        byte[] s = r.spikes();
        int rows = b.shown;
        int rowGap = (double) b.h / rows >= ROW_PITCH ? 1 : 0; // rows apart, so busy neighbours do not merge
        int colGap = (double) pw / steps >= 4 ? 1 : 0;
        int[] rowStart = new int[n];
        int[] rowEnd = new int[n];
        boolean polarity = polarityBand(b.index);
        for (int i = 0; i < n; i++) {
            int row = polarity ? EventPolarity.row(i, n) : i;
            if (row % b.stride != 0) continue; // not shown: start == end
            int shownRow = row / b.stride;
            int y0 = (int) ((long) shownRow * b.h / rows);
            int y1 = Math.max(y0 + 1, (int) ((long) (shownRow + 1) * b.h / rows) - rowGap);
            rowStart[i] = (b.y - py + y0) * pw;
            rowEnd[i] = (b.y - py + y1) * pw;
        }
        int[] buf = buffer;
        for (int t = 0; t < steps; t++) {
            int x0 = (int) ((long) t * pw / steps);
            int x1 = Math.max(x0 + 1, (int) ((long) (t + 1) * pw / steps) - colGap);
            int base = t * n;
            for (int i = 0; i < n; i++) {
                if (s[base + i] == 0 || rowStart[i] == rowEnd[i]) continue;
                int c = colourOf.of(i, s[base + i]);
                for (int row = rowStart[i]; row < rowEnd[i]; row += pw)
                    for (int x = x0; x < x1; x++) buf[row + x] = c;
            }
        }
    }

    /** The neuron drawn in display row {@code row} of band {@code b} (inverse of {@link #displayRow}). */
    private int neuronAtRow(Band b, int row) {
        int n = b.raster.neurons();
        if (!polarityBand(b.index)) return row;
        return row < n / 2 ? 2 * row : 2 * (row - n / 2) + 1;
    }

    /** What the chrome shows: the bands' layers and sizes, the steps, the marked neurons. */
    private record Chrome(List<String> layers, List<Integer> neurons, List<Integer> heights, List<Integer> strides,
                          int steps, List<NeuronRef> selected) {}

    private Chrome chromeKey() {
        List<String> layers = new ArrayList<>(bands.size());
        List<Integer> neurons = new ArrayList<>(bands.size());
        List<Integer> heights = new ArrayList<>(bands.size());
        List<Integer> strides = new ArrayList<>(bands.size());
        for (Band b : bands) {
            layers.add(b.raster.layer());
            neurons.add(b.raster.neurons());
            heights.add(b.h);
            strides.add(b.stride);
        }
        return new Chrome(layers, neurons, heights, strides, data.steps(), List.copyOf(selected));
    }

    /**
     * One line above the bands naming the sample; changes with every sample, so drawn per frame. Where it does not fit
     * in {@code width}, the how-to hint goes first, then the step count; what sample it is stays.
     */
    private void drawCaption(GraphicsContext g, int px, int width) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(font);
        g.setFill(palette.fgMuted);
        g.fillText(caption(width), px, TOP / 2);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** The caption as drawn in a plot {@code width} pixels wide; for tests. */
    String caption(double width) {
        String label = data.label() >= 0 && data.label() < data.classNames().size() ? data.classNames().get(data.label())
                : String.valueOf(data.label());
        if (data.regression()) label = null;
        String what = label == null ? data.target().length == 1 ? String.format(" (target %.3f)", data.target()[0])
                : " (" + data.target().length + " target values)" : " (class " + label + ")";
        String sample = "Sample #" + data.sampleIndex() + what + " · epoch " + data.epoch() + ", batch " + data.batch();
        String steps = " · " + data.steps() + " steps";
        String note = rowsNote();
        String full = sample + steps + " · " + note;
        if (textWidth(full, font) <= width) return full;
        // the stride note says what the rows are: it stays, as many of its layers as fit
        if (!note.equals(TRACE_HINT)) return withRowsNote(sample, note, width, t -> textWidth(t, font));
        String shorter = sample + steps;
        return textWidth(shorter, font) <= width ? shorter : sample;
    }

    private static final String TRACE_HINT = "click a row to trace its membrane";

    /** "sample · rows: a 1 in 5, b 1 in 4, …": the note's layers from the end, as many as {@code width} needs gone. */
    static String withRowsNote(String sample, String note, double width, java.util.function.ToDoubleFunction<String> measure) {
        String shown = note;
        while (measure.applyAsDouble(sample + " · " + shown) > width) {
            String whole = shown.endsWith(", …") ? shown.substring(0, shown.length() - 3) : shown;
            int cut = whole.lastIndexOf(", ");
            if (cut < 0) break;
            shown = whole.substring(0, cut) + ", …";
        }
        return sample + " · " + shown;
    }

    /** How wide the caption's font draws {@code text}; for tests. */
    double captionWidth(String text) {
        return textWidth(text, font);
    }

    /**
     * The caption's end: how many neurons the bands too low for a second label line show (so the stride is always
     * stated), else how to trace a neuron.
     */
    private String rowsNote() {
        StringBuilder note = new StringBuilder();
        for (Band b : bands) {
            if (b.stride <= 1 || b.h >= 30) continue;
            note.append(note.length() == 0 ? "rows: " : ", ").append(b.raster.layer()).append(" 1 in ").append(b.stride);
        }
        return note.length() == 0 ? TRACE_HINT : note.toString();
    }

    /** Band labels, the marks of traced neurons and the time axis. */
    @Override
    protected void drawChrome(GraphicsContext g, double w, double h, Object key) {
        int px = (int) plotX;
        int pw = (int) plotW;
        int py = (int) TOP;
        int ph = (int) Math.max(1, h - TOP - BOTTOM);
        g.setTextBaseline(VPos.CENTER);
        for (Band b : bands) {
            RasterData r = b.raster;
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(palette.fg);
            g.setFont(fontBold);
            double cy = b.y + b.h / 2.0;
            g.fillText(r.layer(), px - 8, b.h >= 30 ? cy - 7 : cy);
            if (b.h >= 60 && polarityBand(b.index)) {
                g.setFont(font);
                g.setFill(polarityColour(false));
                g.fillText("OFF", px - 8, b.y + b.h / 4.0);
                g.setFill(polarityColour(true));
                g.fillText("ON", px - 8, b.y + 3 * b.h / 4.0);
            } else if (b.h >= 30) {
                g.setFont(font);
                g.setFill(palette.fgMuted);
                g.fillText(bandLabel(r, b.stride), px - 8, cy + 7);
            }
            g.setFill(palette.accent);
            for (NeuronRef ref : selected) {
                if (!ref.layer().equals(r.layer()) || ref.neuron() >= r.neurons()) continue;
                // a traced neuron off the stride is marked at the row nearest it
                int shownRow = Math.min(b.shown - 1, displayRow(b.index, ref.neuron(), r.neurons()) / b.stride);
                double y0 = b.y + (double) shownRow * b.h / b.shown;
                double yc = y0 + Math.max(1, (double) b.h / b.shown) / 2;
                g.fillPolygon(new double[]{px - 6, px - 1, px - 6}, new double[]{yc - 3.5, yc, yc + 3.5}, 3);
            }
        }
        // time axis
        int steps = data.steps();
        g.setFont(font);
        g.setStroke(palette.border);
        g.setLineWidth(1);
        double axisY = py + ph + 0.5;
        g.strokeLine(px, axisY, px + pw, axisY);
        g.setFill(palette.fgMuted);
        g.setTextBaseline(VPos.TOP);
        int tick = niceStep(steps, Math.max(2, pw / 60));
        for (int t = 0; t <= steps; t += tick) {
            double x = px + (double) t * pw / Math.max(1, steps);
            g.strokeLine(x + 0.5, axisY, x + 0.5, axisY + 3);
            g.setTextAlign(t == 0 ? TextAlignment.LEFT : TextAlignment.CENTER);
            g.fillText(Integer.toString(t), x, axisY + 4);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("time step", px - 8, axisY + 4);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    static int niceStep(int range, int maxTicks) {
        double raw = Math.max(1, (double) range / Math.max(1, maxTicks));
        int[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000};
        for (int s : steps) if (s >= raw) return s;
        return (int) Math.ceil(raw);
    }

    /** The neuron drawn at canvas point (x, y), if it belongs to a spiking layer. */
    public Optional<NeuronRef> pick(double x, double y) {
        if (x < plotX || x >= plotX + plotW) return Optional.empty();
        for (Band b : bands) {
            if (y < b.y || y >= b.y + b.h) continue;
            RasterData r = b.raster;
            if (!r.spiking() || r.neurons() == 0) return Optional.empty();
            int n = r.neurons();
            int row = (int) (y - b.y);
            if (b.shown < b.h) {
                // a row per shown neuron, several pixels high: that neuron
                // the inverse of the drawing's y0 = floor(shownRow · h / shown)
                int shownRow = Math.min(b.shown - 1, (int) (((long) (row + 1) * b.shown - 1) / b.h));
                return Optional.of(new NeuronRef(r.layer(), Math.min(n - 1, neuronAtRow(b, shownRow * b.stride))));
            }
            int first = (int) Math.ceil((double) row * n / b.h);
            int last = Math.max(first, (int) Math.ceil((double) (row + 1) * n / b.h) - 1);
            first = Math.min(first, n - 1);
            last = Math.min(last, n - 1);
            // rows holding several neurons: the one that spiked most, so a visible line picks its neuron
            int best = first;
            int bestCount = -1;
            for (int i = first; i <= last; i++) {
                int c = r.spikeCount(i);
                if (c > bestCount) {
                    best = i;
                    bestCount = c;
                }
            }
            return Optional.of(new NeuronRef(r.layer(), best));
        }
        return Optional.empty();
    }

    /** Every how many neurons layer {@code layerIndex} shows one (1: all), as last drawn. */
    public int stride(int layerIndex) {
        for (Band b : bands) if (b.index == layerIndex) return b.stride;
        throw new IllegalArgumentException("no band " + layerIndex);
    }

    /** Centre of the cell of neuron {@code n} at step {@code t} of layer {@code layerIndex}, in canvas coordinates. */
    public double[] cellCentre(int layerIndex, int n, int t) {
        for (Band b : bands) {
            if (b.index != layerIndex) continue;
            RasterData r = b.raster;
            int y0 = (int) ((long) (displayRow(b.index, n, r.neurons()) / b.stride) * b.h / b.shown);
            int x0 = (int) ((long) t * (long) plotW / r.steps());
            return new double[]{plotX + x0 + 0.5, b.y + y0 + 0.5};
        }
        throw new IllegalArgumentException("no band " + layerIndex);
    }

    @Override
    public String exportName() {
        return "spike-raster";
    }

    /** One row per spike: layer, neuron, step. */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("layer,neuron,step\n");
        if (data == null) return;
        for (RasterData r : data.layers()) {
            String name = LiveView.text(r.layer());
            for (int t = 0; t < r.steps(); t++)
                for (int n = 0; n < r.neurons(); n++)
                    if (r.spike(t, n)) out.write(name + "," + n + "," + t + "\n");
        }
    }
}
