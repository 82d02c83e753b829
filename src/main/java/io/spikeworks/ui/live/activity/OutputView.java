package io.spikeworks.ui.live.activity;

import io.spikeworks.learn.score.ConfusionMatrix;
import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The output side of the current sample: its image, the readout per class as bars with the true and the
 * predicted class marked, and a confusion matrix — the dashboard's chooser says which (by default the test set's at
 * the latest evaluation). An event camera's sample shows, in place of its picture, a grid of its time-step frames with
 * ON and OFF events in their colours ({@link EventPolarity}).
 */
public final class OutputView extends CanvasView {
    static final double PAD = 12;
    /** Top of the image, bars and matrix (their headings above). */
    static final double TOP = PAD + 18;

    private ActivitySnapshot data;
    private ConfusionEntry confusion;

    public OutputView() {
        super("output-view");
    }

    public void show(ActivitySnapshot s) {
        if (s == null || (data != null && s.version() == data.version())) return;
        data = s;
        invalidate();
    }

    /** Shows a confusion matrix; the same entry again (entries are immutable) is a no-op. */
    public void showConfusion(ConfusionEntry e) {
        if (e == null || e.equals(confusion)) return;
        confusion = e;
        invalidate();
    }

    /** The confusion matrix shown, or null. */
    public ConfusionEntry confusion() {
        return confusion;
    }

    public ActivitySnapshot data() {
        return data;
    }

    public Color barColour() { return palette.data(0); }
    /**
     * The predicted class's bar when right and when wrong. The label says it too (✓ / ✗); colour-blind safe, the two
     * are Okabe–Ito's bluish green and vermillion, which red–green dichromats still tell apart (green and red are not).
     */
    public Color correctColour() { return palette.colourBlindSafe() ? palette.data(1) : palette.success; }
    public Color wrongColour() { return palette.colourBlindSafe() ? palette.data(4) : palette.danger; }

    /**
     * A confusion-matrix cell holding fraction {@code f} of its row. Standard: right (diagonal) and wrong cells in
     * their own colours; colour-blind safe: viridis for both, since a row's fractions are non-negative data and the
     * diagonal is told by its place, not by hue.
     */
    Color confusionCellColour(boolean diagonal, double f) {
        if (palette.colourBlindSafe()) return palette.viridis(f);
        Color base = diagonal ? palette.data(0) : palette.danger;
        return ThemeColours.mix(palette.bg, base, f == 0 ? 0 : 0.12 + 0.88 * f);
    }

    /**
     * What the chrome shows: the class names beside the bars and the confusion matrix's title and names, where they
     * are drawn; and a test set's matrix itself (fixed until the next evaluation), while the running count of
     * training samples changes with every sample and is drawn per frame.
     */
    private record Chrome(List<String> names, int classes, double barsX, double rowH,
                          String confusionTitle, int confusionClasses, double cmX, double cmSize, double canvasW,
                          ConfusionMatrix fixedMatrix) {}

    private static final String WIDEST_HEADING = "Sample #00000";
    private double lastCaptionY = Double.NaN;
    private double lastNamesBottom = Double.NaN;

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        if (data == null && confusion == null) {
            message(g, w, h, "No output yet: the current sample and its class scores appear once training runs.");
            return;
        }
        double avail = h - 2 * PAD - 34;
        double img = Math.max(40, Math.min(avail, (w - 4 * PAD) * 0.25));
        double cmSize = confusion == null ? 0 : Math.max(60, Math.min(avail, (w - 4 * PAD) * 0.3));
        List<String> classNames = data != null ? data.classNames() : List.of();
        if (confusion != null) {
            // names turned to read downwards need more than the line left under the matrix: the matrix gives it up
            double band = nameBand(classNames, confusion.matrix().classes(), cmSize);
            if (band > lineHeight()) cmSize = Math.max(60, cmSize - (band - lineHeight()));
        }
        // the column is at least as wide as its heading: a small card's image is narrower than "Sample #12345"
        double barsX = PAD + Math.max(img, textWidth(WIDEST_HEADING, fontBold)) + 2 * PAD;
        double cmSpace = cmSize > 0 ? cmSize + 3 * PAD + 24 : PAD;
        double barsW = Math.max(60, Math.min(460, w - barsX - cmSpace));
        double top = TOP;
        int k = data == null ? 0 : data.outputs().length;
        double rowH = k == 0 ? 0 : Math.min(22, avail / k);
        double cmX = Math.min(w - PAD - cmSize, barsX + barsW + 2 * PAD + 24);
        chrome(new Chrome(data != null ? data.classNames() : List.of(), k, barsX, rowH,
                confusion == null ? null : confusion.label(),
                confusion == null ? 0 : confusion.matrix().classes(), cmX, cmSize, w,
                confusion != null && confusion.testSet() ? confusion.matrix() : null));
        if (data != null) {
            drawImage(g, PAD, top, img);
            // the heading above the bars ends where the confusion matrix's title begins
            drawBars(g, barsX, top, barsW, rowH, (confusion == null ? w - PAD : cmX - 22 - PAD) - barsX);
        }
        if (confusion != null && !confusion.testSet()) drawConfusionCells(g, confusion.matrix(), classNames, cmX, top, cmSize, w);
    }

    @Override
    protected void drawChrome(GraphicsContext g, double w, double h, Object key) {
        Chrome c = (Chrome) key;
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(palette.fgMuted);
        for (int i = 0; i < c.classes; i++)
            g.fillText(name(c.names, i), c.barsX + LABEL_W - 8, TOP + i * c.rowH + c.rowH / 2, LABEL_W - 8);
        if (c.confusionTitle != null)
            drawConfusionLabels(g, capitalised(c.confusionTitle), c.confusionClasses, c.names, c.cmX, TOP, c.cmSize, c.canvasW);
        if (c.fixedMatrix != null) drawConfusionCells(g, c.fixedMatrix, c.names, c.cmX, TOP, c.cmSize, c.canvasW);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Pixel of the sample image at canvas scale: [x, y, size] of the image square. */
    double[] imageBox() {
        double avail = drawHeight() - 2 * PAD - 34;
        double img = Math.max(40, Math.min(avail, (drawWidth() - 4 * PAD) * 0.25));
        return new double[]{PAD, TOP, img};
    }

    /** The sample at its own resolution, reused from frame to frame. */
    private WritableImage sampleImage;
    private int[] samplePixels;

    private void drawImage(GraphicsContext g, double x, double y, double size) {
        heading(g, "Sample #" + data.sampleIndex(), x, y - 16);
        SampleImage im = data.image();
        g.setFill(palette.bgInset);
        g.fillRect(x, y, size, size);
        framesBox = null;
        if (im == null) return;
        if ((EventPolarity.of(data) || im.fromSpikes()) && drawFrames(g, x, y, size)) return;
        // one image drawn scaled, not a rectangle per pixel (784 anti-aliased fills per frame in software rendering)
        int iw = im.width();
        int ih = im.height();
        if (sampleImage == null || (int) sampleImage.getWidth() != iw || (int) sampleImage.getHeight() != ih) {
            sampleImage = new WritableImage(iw, ih);
            samplePixels = new int[iw * ih];
        }
        Color bg = palette.bg;
        Color fg = palette.fg;
        // event counts are low rates (a pixel fires in a few of the steps): scale the busiest pixel to full colour
        double eventScale = 1;
        if (im.channels() == 2 || im.fromSpikes()) {
            double most = 0;
            for (float v : im.pixels()) if (Float.isFinite(v)) most = Math.max(most, v);
            eventScale = most > 0 ? 1 / most : 1;
        }
        Color on = EventPolarity.on(palette);
        Color off = EventPolarity.off(palette);
        for (int yy = 0; yy < ih; yy++) {
            for (int xx = 0; xx < iw; xx++) {
                double r, gr, b;
                if (im.channels() == 2) {
                    double a = clamp(im.value(xx, yy, 1) * eventScale);
                    double o = clamp(im.value(xx, yy, 0) * eventScale);
                    r = clamp(bg.getRed() + (on.getRed() - bg.getRed()) * a + (off.getRed() - bg.getRed()) * o);
                    gr = clamp(bg.getGreen() + (on.getGreen() - bg.getGreen()) * a + (off.getGreen() - bg.getGreen()) * o);
                    b = clamp(bg.getBlue() + (on.getBlue() - bg.getBlue()) * a + (off.getBlue() - bg.getBlue()) * o);
                } else if (im.channels() >= 3) {
                    r = clamp(im.value(xx, yy, 0));
                    gr = clamp(im.value(xx, yy, 1));
                    b = clamp(im.value(xx, yy, 2));
                } else {
                    double v = clamp(im.value(xx, yy, 0) * eventScale);
                    r = bg.getRed() + (fg.getRed() - bg.getRed()) * v;
                    gr = bg.getGreen() + (fg.getGreen() - bg.getGreen()) * v;
                    b = bg.getBlue() + (fg.getBlue() - bg.getBlue()) * v;
                }
                samplePixels[yy * iw + xx] = 0xFF000000 | (int) Math.round(r * 255) << 16 | (int) Math.round(gr * 255) << 8
                        | (int) Math.round(b * 255);
            }
        }
        sampleImage.getPixelWriter().setPixels(0, 0, iw, ih, PixelFormat.getIntArgbInstance(), samplePixels, 0, iw);
        double cell = size / Math.max(iw, ih);
        g.setImageSmoothing(false);
        g.drawImage(sampleImage, x, y, iw * cell, ih * cell);
        g.setImageSmoothing(true);
        g.setStroke(palette.border);
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
    }

    /** The time-step frames of an event sample, reused from frame to frame. */
    private WritableImage framesImage;
    private int[] framePixels;

    /** Where the frame grid was drawn: {x, y, frame side, columns}; null when the sample has none. */
    private double[] framesBox;

    static final double FRAME_GAP = 2;

    /**
     * The input's frames in a grid filling the image square, row by row in time, from the input raster. Two channels
     * are an event camera's: neuron p·2 + polarity is pixel p's OFF or ON channel, drawn in their colours (a cell
     * with both shows ON). One channel (a sample made of spikes, such as the moving bars) draws its events as ON.
     *
     * @return false when the raster does not hold the frames (then the picture is drawn)
     */
    private boolean drawFrames(GraphicsContext g, double x, double y, double size) {
        SampleImage im = data.image();
        RasterData in = data.layers().isEmpty() ? null : data.layers().get(0);
        int iw = im.width(), ih = im.height(), channels = im.channels();
        if (in == null || channels > 2 || in.neurons() != channels * iw * ih || in.steps() == 0) return false;
        int steps = in.steps();
        int columns = (int) Math.ceil(Math.sqrt(steps));
        double side = (size - FRAME_GAP * (columns - 1)) / columns;
        if (side < 4) return false;
        int stripW = iw * steps;
        if (framesImage == null || (int) framesImage.getWidth() != stripW || (int) framesImage.getHeight() != ih) {
            framesImage = new WritableImage(stripW, ih);
            framePixels = new int[stripW * ih];
        }
        int empty = ThemeColours.argb(palette.bg);
        int on = ThemeColours.argb(EventPolarity.on(palette));
        int off = ThemeColours.argb(EventPolarity.off(palette));
        for (int t = 0; t < steps; t++)
            for (int p = 0; p < iw * ih; p++) {
                int colour = channels == 1 ? (in.spike(t, p) ? on : empty)
                        : in.spike(t, 2 * p + 1) ? on : in.spike(t, 2 * p) ? off : empty;
                framePixels[(p / iw) * stripW + t * iw + p % iw] = colour;
            }
        framesImage.getPixelWriter().setPixels(0, 0, stripW, ih, PixelFormat.getIntArgbPreInstance(), framePixels, 0, stripW);
        g.setImageSmoothing(false);
        for (int t = 0; t < steps; t++)
            g.drawImage(framesImage, t * iw, 0, iw, ih, x + t % columns * (side + FRAME_GAP),
                    y + t / columns * (side + FRAME_GAP), side, side * ih / iw);
        g.setImageSmoothing(true);
        framesBox = new double[]{x, y, side, columns};
        return true;
    }

    /** Canvas centre of pixel (px, py) of frame t in the grid, or null when no frames are drawn. */
    double[] frameCellCentre(int t, int px, int py) {
        if (framesBox == null) return null;
        double side = framesBox[2];
        int columns = (int) framesBox[3];
        double cell = side / data.image().width();
        return new double[]{framesBox[0] + t % columns * (side + FRAME_GAP) + (px + 0.5) * cell,
                framesBox[1] + t / columns * (side + FRAME_GAP) + (py + 0.5) * cell};
    }

    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
    }

    private void heading(GraphicsContext g, String text, double x, double y) {
        g.setFont(fontBold);
        g.setFill(palette.fg);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, x, y);
        g.setFont(font);
    }

    /** Room for the class names left of the bars (drawn in the chrome). */
    static final double LABEL_W = 64;

    /**
     * The line above the bars, as its plain part and its coloured prediction: "True Shirt · predicted " +
     * "Pullover  ✗", or where that does not fit in {@code width}, "Shirt → " + "Pullover  ✗" (the last part is then
     * squeezed into what is left, so it never runs into the confusion matrix's title).
     */
    String[] heading(String truth, String predicted, double width) {
        String[] full = {"True " + truth + " · predicted ", predicted};
        if (textWidth(full[0] + full[1], fontBold) <= width) return full;
        return new String[]{truth + " → ", predicted};
    }

    private void drawBars(GraphicsContext g, double x, double y, double w, double rowH, double headingW) {
        if (data.regression()) {
            drawValues(g, x, y, w, rowH);
            return;
        }
        float[] out = data.outputs();
        List<String> names = data.classNames();
        int k = out.length;
        boolean right = data.label() == data.predicted();
        g.setFont(fontBold);
        g.setTextBaseline(VPos.TOP);
        g.setFill(palette.fg);
        String[] heading = heading(name(names, data.label()), name(names, data.predicted()) + (right ? "  ✓" : "  ✗"),
                headingW);
        g.fillText(heading[0], x, y - 16);
        g.setFill(right ? correctColour() : wrongColour());
        double truthW = textWidth(heading[0], fontBold);
        g.fillText(heading[1], x + truthW, y - 16, Math.max(10, headingW - truthW));
        g.setFont(font);
        if (k == 0) return;
        double max = 0;
        for (float v : out) if (Float.isFinite(v)) max = Math.max(max, Math.abs(v));
        if (max == 0) max = 1;
        double barMax = Math.max(10, w - LABEL_W - 44);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < k; i++) {
            double yy = y + i * rowH;
            boolean isTrue = i == data.label();
            boolean isPred = i == data.predicted();
            if (isTrue) { // the names are chrome, drawn over this: the true class's name sits on a highlight
                g.setFill(palette.accentSubtle);
                g.fillRoundRect(x, yy + 1, LABEL_W - 3, rowH - 2, 6, 6);
            }
            g.setFill(palette.bgInset);
            g.fillRect(x + LABEL_W, yy + 2, barMax, rowH - 4);
            double bw = Math.abs(out[i]) / max * barMax;
            g.setFill(isPred ? (right ? correctColour() : wrongColour()) : isTrue ? palette.data(2) : barColour());
            g.fillRect(x + LABEL_W, yy + 2, bw, rowH - 4);
            g.setFill(palette.fgMuted);
            g.fillText(out[i] == Math.rint(out[i]) ? Long.toString((long) out[i]) : String.format("%.2f", out[i]),
                    x + LABEL_W + bw + 4, yy + rowH / 2);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /**
     * Real-valued outputs: each output's value as a bar from zero on a scale symmetric about it, with the target as a
     * tick, and the error in the title.
     */
    private void drawValues(GraphicsContext g, double x, double y, double w, double rowH) {
        float[] out = data.outputs();
        float[] target = data.target();
        int k = Math.min(out.length, target.length);
        double sq = 0;
        double max = 0;
        for (int i = 0; i < k; i++) {
            sq += (out[i] - target[i]) * (out[i] - target[i]);
            max = Math.max(max, Math.max(Math.abs(out[i]), Math.abs(target[i])));
        }
        if (max == 0) max = 1;
        g.setFont(fontBold);
        g.setTextBaseline(VPos.TOP);
        g.setFill(palette.fg);
        g.fillText(k == 1 ? String.format("Target %.3f · predicted %.3f · error %+.3f", target[0], out[0], out[0] - target[0])
                : String.format("RMS error %.3f over %d outputs", Math.sqrt(sq / Math.max(1, k)), k), x, y - 16);
        g.setFont(font);
        double barMax = Math.max(10, w - LABEL_W - 44);
        double zero = x + LABEL_W + barMax / 2;
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < k; i++) {
            double yy = y + i * rowH;
            g.setFill(palette.bgInset);
            g.fillRect(x + LABEL_W, yy + 2, barMax, rowH - 4);
            double v = out[i] / max * barMax / 2;
            g.setFill(barColour());
            g.fillRect(Math.min(zero, zero + v), yy + 2, Math.abs(v), rowH - 4);
            double tx = zero + target[i] / max * barMax / 2;
            g.setFill(palette.data(2));
            g.fillRect(tx - 1.5, yy, 3, rowH);
            g.setFill(palette.fgMuted);
            g.fillText(String.format("%.2f", out[i]), x + LABEL_W + barMax + 4, yy + rowH / 2);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private static String name(List<String> names, int i) {
        return i >= 0 && i < names.size() ? names.get(i) : String.valueOf(i);
    }

    /** The matrix's cells, their counts when there is room, and its sample total: they change with every count. */
    private void drawConfusionCells(GraphicsContext g, ConfusionMatrix m, List<String> names, double x, double y,
                                    double size, double canvasW) {
        int k = m.classes();
        g.setFont(font);
        g.setFill(palette.fgMuted);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        // under the column names, however they are set (turned, they reach further down than a line)
        double captionY = y + size + 3 + Math.max(lineHeight(), nameBand(names, k, size));
        lastCaptionY = captionY;
        g.fillText(m.total() + " samples · rows true, columns predicted", x - 22, captionY, canvasW - x + 22 - PAD);
        double cell = size / k;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int t = 0; t < k; t++) {
            long row = m.rowTotal(t);
            for (int p = 0; p < k; p++) {
                double f = row == 0 ? 0 : (double) m.count(t, p) / row;
                g.setFill(confusionCellColour(t == p, f));
                g.fillRect(x + p * cell, y + t * cell, cell - 1, cell - 1);
                if (cell >= 22 && m.count(t, p) > 0) {
                    boolean dark = palette.colourBlindSafe() ? f < 0.6 : f > 0.55; // viridis is dark at 0, light at 1
                    g.setFill(dark ? palette.bg : palette.fg);
                    g.fillText(Long.toString(m.count(t, p)), x + p * cell + cell / 2, y + t * cell + cell / 2);
                }
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** The matrix's title and class names (chrome: they change per evaluation or epoch, not per count). */
    private void drawConfusionLabels(GraphicsContext g, String title, int k, List<String> names, double x, double y,
                                     double size, double canvasW) {
        g.setFont(fontBold);
        g.setFill(palette.fg);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, x - 22, y - 16, canvasW - x + 22 - PAD);
        g.setFont(font);
        double cell = size / k;
        g.setFill(palette.fgMuted);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        if (cell >= 10)
            for (int t = 0; t < k; t++) g.fillText(shortName(names, t), x - 4, y + t * cell + cell / 2);
        double[] widths = new double[k];
        for (int p = 0; p < k; p++) widths[p] = textWidth(shortName(names, p), font);
        double[][] boxes = columnLabelBoxes(widths, x, y + size + 2, cell, lineHeight());
        lastNamesBottom = y + size + 2;
        for (double[] b : boxes) lastNamesBottom = Math.max(lastNamesBottom, b[1] + b[3]);
        boolean turned = java.util.Arrays.stream(widths).max().orElse(0) > cell - 2;
        for (int p = 0; p < boxes.length; p++) {
            if (turned) {
                // too narrow for the names side by side: each reads downwards under its column
                g.save();
                g.translate(boxes[p][0] + boxes[p][2] / 2, boxes[p][1]);
                g.rotate(90);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(shortName(names, p), 0, 0);
                g.restore();
            } else {
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(shortName(names, p), boxes[p][0] + boxes[p][2] / 2, boxes[p][1]);
            }
        }
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private double lineHeight() {
        return font.getSize() + 2;
    }

    /** Height of the confusion matrix's column names under a matrix {@code size} wide: 0 when there are none. */
    private double nameBand(List<String> names, int k, double size) {
        if (k <= 0) return 0;
        double[] widths = new double[k];
        for (int p = 0; p < k; p++) widths[p] = textWidth(shortName(names, p), font);
        double band = 0;
        for (double[] b : columnLabelBoxes(widths, 0, 0, size / k, lineHeight())) band = Math.max(band, b[3]);
        return band;
    }

    /** Top of the confusion matrix's caption and bottom of its column names, as last drawn (NaN before); for tests. */
    double[] confusionCaptionAndNames() {
        return new double[]{lastCaptionY, lastNamesBottom};
    }

    /**
     * Where the column names go under a confusion matrix whose columns are {@code cell} wide, starting at
     * {@code x}, top at {@code y}: {x, y, w, h} per column. Side by side when the widest fits its column, else
     * turned to read downwards (a line of text high across), else none (columns narrower than a line): never
     * overlapping, as 10 names side by side did.
     */
    static double[][] columnLabelBoxes(double[] widths, double x, double y, double cell, double lineHeight) {
        int k = widths.length;
        double widest = 0;
        for (double w : widths) widest = Math.max(widest, w);
        if (widest <= cell - 2) {
            double[][] out = new double[k][];
            for (int p = 0; p < k; p++) out[p] = new double[]{x + p * cell + (cell - widths[p]) / 2, y, widths[p], lineHeight};
            return out;
        }
        if (lineHeight > cell) return new double[0][];
        double[][] out = new double[k][];
        for (int p = 0; p < k; p++) out[p] = new double[]{x + p * cell + (cell - lineHeight) / 2, y, lineHeight, widths[p]};
        return out;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String shortName(List<String> names, int i) {
        String s = name(names, i);
        return s.length() > 3 ? s.substring(0, 3) : s;
    }

    @Override
    public String exportName() {
        return "output";
    }

    /**
     * The readout per class of the current sample, then the confusion matrix shown as (true, predicted, count), its
     * label in the last column.
     */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("section,class,true_class,predicted_class,value,matrix\n");
        if (data != null) {
            float[] o = data.outputs();
            for (int i = 0; i < o.length; i++)
                out.write("output," + LiveView.text(name(data.classNames(), i)) + "," + data.label() + "," + data.predicted()
                        + "," + LiveView.num(o[i]) + ",\n");
        }
        if (confusion != null) {
            ConfusionMatrix m = confusion.matrix();
            String label = LiveView.text(confusion.label());
            for (int t = 0; t < m.classes(); t++)
                for (int p = 0; p < m.classes(); p++)
                    out.write("confusion,," + t + "," + p + "," + m.count(t, p) + "," + label + "\n");
        }
    }

    /** File-name stem for the matrix alone, e.g. "confusion-test-epoch-3". */
    public String confusionExportName() {
        if (confusion == null) return "confusion";
        return confusion.testSet() ? "confusion-test-epoch-" + confusion.key().substring("test:".length())
                : "confusion-" + confusion.key();
    }

    /**
     * The matrix shown, as a table: a row per true class, a column per predicted class, then the row's total.
     * Nothing but the header without a matrix.
     */
    public void writeConfusionCsv(Writer out) throws IOException {
        ConfusionMatrix m = confusion == null ? null : confusion.matrix();
        List<String> names = data != null ? data.classNames() : List.of();
        StringBuilder sb = new StringBuilder("true \\ predicted");
        if (m != null) for (int p = 0; p < m.classes(); p++) sb.append(',').append(LiveView.text(name(names, p)));
        sb.append(",total\n");
        if (m != null)
            for (int t = 0; t < m.classes(); t++) {
                sb.append(LiveView.text(name(names, t)));
                for (int p = 0; p < m.classes(); p++) sb.append(',').append(m.count(t, p));
                sb.append(',').append(m.rowTotal(t)).append('\n');
            }
        out.write(sb.toString());
    }

    public void exportConfusionCsv(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeConfusionCsv(w);
        }
    }
}
