package io.spikeworks.ui.live;

import io.spikeworks.ui.theme.DisplayScale;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Base of the canvas-drawn live views: a {@link Region} holding a {@link Canvas} that fills it. The view draws from
 * the immutable snapshot it was last given; {@link #invalidate()} redraws at once (the pulse that delivered the
 * snapshot), and a resize redraws too. A snapshot whose version equals the shown one costs nothing.
 * <p>
 * Labels, axes and legends that stay put from sample to sample go on a second, transparent canvas above the data
 * ({@link #drawChrome}), redrawn only when what the view says it shows ({@link #chrome}) or its size changes. Per frame, text is the
 * costly part of a canvas (laid out and rasterised anew on the render thread each time it is drawn), and text drawn
 * once per layout keeps that code cold, so the JIT does not spend training's cores compiling it.
 * Colours come from {@link ThemeColours}. FX thread only.
 */
public abstract class CanvasView extends Region implements LiveView {
    protected final Canvas canvas = new Canvas();
    /** Above {@link #canvas}: what {@link #drawChrome} drew for {@link #chromeShown}. */
    private final Canvas chrome = new Canvas();
    private Object chromeShown;
    private Object chromeWanted;
    private long chromeRedraws;
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();
    private final Text measure = new Text();
    protected final ThemeColours palette = ThemeColours.theme();
    protected final Font font = Font.font(Font.getDefault().getFamily(), 11);
    protected final Font fontBold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);
    protected final Font fontLarge = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 15);
    /** Presenter mode's factor: drawing happens at {@code 1/scale} of the canvas size, then scaled up, so text, lines and marks grow. */
    private double scale = DisplayScale.canvasScale();
    private final javafx.beans.value.ChangeListener<Number> scaleListener = (o, was, is) -> rescale(is.doubleValue());
    private final javafx.beans.value.ChangeListener<io.spikeworks.ui.theme.DataPalette> paletteListener = (o, was, is) -> {
        chromeShown = null;
        chrome.getGraphicsContext2D().clearRect(0, 0, chrome.getWidth(), chrome.getHeight());
        paletteChanged();
        redraw();
    };
    /** For {@link #putPixels} at a scale other than 1: pixel writes ignore the transform, images do not. */
    private WritableImage pixels;
    private long redraws;
    private long lastDrawNanos;
    private long worstDrawNanos;

    protected CanvasView(String styleClass) {
        getStyleClass().addAll("live-view", styleClass);
        chrome.setMouseTransparent(true);
        getChildren().addAll(canvas, chrome);
        setMinSize(120, 80);
        setPrefSize(480, 260);
        DisplayScale.canvasScaleProperty().addListener(new javafx.beans.value.WeakChangeListener<>(scaleListener));
        io.spikeworks.ui.theme.DataPalette.currentProperty()
                .addListener(new javafx.beans.value.WeakChangeListener<>(paletteListener));
    }

    /** View ▸ Colours changed: a view that keeps colours it worked out (a ramp, a map) drops them here. */
    protected void paletteChanged() {}

    private void rescale(double s) {
        if (s == scale) return;
        scale = s;
        chromeShown = null;
        chrome.getGraphicsContext2D().clearRect(0, 0, chrome.getWidth(), chrome.getHeight());
        redraw();
    }

    /** How much the drawing is scaled up (presenter mode); mouse positions on the canvas divide by it. */
    protected final double drawScale() {
        return scale;
    }

    /** The width the view draws in: the canvas's, in its scaled-up units. */
    protected final double drawWidth() {
        return canvas.getWidth() / scale;
    }

    protected final double drawHeight() {
        return canvas.getHeight() / scale;
    }

    /**
     * Puts premultiplied ARGB pixels at {@code (x, y)} in drawing units: straight into the canvas at scale 1 (no
     * copy), through an image otherwise, each pixel a square of {@link #drawScale()} screen pixels.
     */
    protected final void putPixels(GraphicsContext g, int x, int y, int w, int h, int[] argbPre) {
        if (scale == 1) {
            g.getPixelWriter().setPixels(x, y, w, h, PixelFormat.getIntArgbPreInstance(), argbPre, 0, w);
            return;
        }
        if (pixels == null || pixels.getWidth() < w || pixels.getHeight() < h) {
            pixels = new WritableImage(Math.max(w, 1), Math.max(h, 1));
        }
        pixels.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argbPre, 0, w);
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(pixels, 0, 0, w, h, x, y, w, h);
        g.setImageSmoothing(smooth);
    }

    @Override
    protected void layoutChildren() {
        sizeTo(Math.floor(getWidth()), Math.floor(getHeight()));
    }

    /** Sizes both canvases and redraws when the size changed; a view outside any scene is sized this way. */
    final void sizeTo(double w, double h) {
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            chrome.setWidth(w);
            chrome.setHeight(h);
            chromeShown = null;
            chrome.getGraphicsContext2D().clearRect(0, 0, w, h);
            redraw();
        }
    }

    /** Redraws now (if the view has a size). */
    public final void invalidate() {
        redraw();
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) return;
        long t0 = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(palette.bg);
        g.fillRect(0, 0, w, h);
        g.setFont(font);
        chromeWanted = null;
        g.save();
        g.scale(scale, scale);
        draw(g, w / scale, h / scale);
        g.restore();
        Object key = chromeWanted;
        if (!Objects.equals(key, chromeShown)) {
            GraphicsContext c = chrome.getGraphicsContext2D();
            c.clearRect(0, 0, w, h);
            chromeShown = key;
            if (key != null) {
                c.setFont(font);
                c.save();
                c.scale(scale, scale);
                drawChrome(c, w / scale, h / scale, key);
                c.restore();
            }
            chromeRedraws++;
        }
        lastDrawNanos = System.nanoTime() - t0;
        worstDrawNanos = Math.max(worstDrawNanos, lastDrawNanos);
        redraws++;
    }

    /** Paints what changes from frame to frame; the background is already cleared. */
    protected abstract void draw(GraphicsContext g, double w, double h);

    /**
     * Called from {@link #draw}: what the chrome is to show, as a value (a record, say) compared with the one on
     * screen; equal, the chrome stays as drawn. Not called (or null): no chrome. The canvas size need not be in it.
     */
    protected final void chrome(Object key) {
        chromeWanted = key;
    }

    /** Paints the chrome for {@code key} (see {@link #chrome}) onto a cleared, transparent canvas. */
    protected void drawChrome(GraphicsContext g, double w, double h, Object key) {}

    /** A legend ending at {@code right}: each name in muted text after a short swatch of its colour, last name rightmost. */
    protected void rightLegend(GraphicsContext g, double right, double y, List<String> names, List<Color> colours) {
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.RIGHT);
        double x = right - 6;
        for (int i = names.size() - 1; i >= 0; i--) {
            g.setFill(palette.fgMuted);
            g.fillText(names.get(i), x, y + 3);
            double tw = textWidth(names.get(i), font);
            g.setFill(colours.get(i));
            g.fillRoundRect(x - tw - 14, y + 7, 10, 4, 2, 2);
            x -= tw + 26;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Width of {@code text} in {@code f}, remembered (labels measured every frame would lay text out every frame). */
    protected double textWidth(String text, Font f) {
        Map<String, Double> ofFont = widths.computeIfAbsent(f, x -> new HashMap<>());
        Double known = ofFont.get(text);
        if (known != null) return known;
        if (ofFont.size() > 512) ofFont.clear(); // per-sample labels must not grow it without bound
        measure.setFont(f);
        measure.setText(text);
        double width = measure.getLayoutBounds().getWidth();
        ofFont.put(text, width);
        return width;
    }

    /**
     * {@code text} broken into lines no wider than {@code width} in {@code f}, only at " · " (each line keeps whole
     * parts; a part wider than the line gets one to itself). A caption drawn in one piece on a canvas is cut at the
     * canvas edge, part of its numbers with it.
     */
    protected List<String> lines(String text, double width, Font f) {
        return lines(text, width, s -> textWidth(s, f));
    }

    /** {@link #lines(String, double, Font)} with the width of a text given. */
    public static List<String> lines(String text, double width, java.util.function.ToDoubleFunction<String> widthOf) {
        String sep = " · ";
        List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : text.split(java.util.regex.Pattern.quote(sep))) {
            if (line.length() > 0 && widthOf.applyAsDouble(line + sep + part) > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(sep);
            line.append(part);
        }
        out.add(line.toString());
        return out;
    }

    /** Draws a centred muted message, for "nothing yet" states. */
    protected void message(GraphicsContext g, double w, double h, String text) {
        g.setFill(palette.fgSubtle);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w / 2, h / 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** How many times the view has drawn itself; for tests and the benchmark. */
    public long redrawCount() {
        return redraws;
    }

    /** How many times the chrome has been drawn (or cleared); for tests. */
    public long chromeRedrawCount() {
        return chromeRedraws;
    }

    /** Duration of the latest draw call, in ns. */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    /** The longest draw call so far, in ns (the first ones run before the JIT has compiled anything). */
    public long worstDrawNanos() {
        return worstDrawNanos;
    }

    public Canvas canvas() {
        return canvas;
    }

    @Override
    public Node node() {
        return this;
    }
}
