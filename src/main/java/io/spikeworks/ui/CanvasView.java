package io.spikeworks.ui;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Base of the canvas-drawn live views: a {@link Region} holding a {@link Canvas} that fills it. The view draws from
 * the immutable snapshot it was last given; {@link #invalidate()} redraws at once (the pulse that delivered the
 * snapshot), and a resize redraws too. A snapshot whose version equals the shown one costs nothing.
 * Colours come from {@link Palette}. FX thread only.
 */
public abstract class CanvasView extends Region implements LiveView {
    protected final Canvas canvas = new Canvas();
    protected final Palette palette = Palette.theme();
    protected final Font font = Font.font(Font.getDefault().getFamily(), 11);
    protected final Font fontBold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);
    protected final Font fontLarge = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 15);
    private long redraws;
    private long lastDrawNanos;
    private long worstDrawNanos;

    protected CanvasView(String styleClass) {
        getStyleClass().addAll("live-view", styleClass);
        getChildren().add(canvas);
        setMinSize(120, 80);
        setPrefSize(480, 260);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
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
        draw(g, w, h);
        lastDrawNanos = System.nanoTime() - t0;
        worstDrawNanos = Math.max(worstDrawNanos, lastDrawNanos);
        redraws++;
    }

    /** Paints the whole view; the background is already cleared. */
    protected abstract void draw(GraphicsContext g, double w, double h);

    /** Draws a centred muted message, for "nothing yet" states. */
    protected void message(GraphicsContext g, double w, double h, String text) {
        g.setFill(palette.fgSubtle);
        g.setFont(font);
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        g.fillText(text, w / 2, h / 2);
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        g.setTextBaseline(javafx.geometry.VPos.BASELINE);
    }

    /** How many times the view has drawn itself; for tests and the benchmark. */
    public long redrawCount() {
        return redraws;
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
