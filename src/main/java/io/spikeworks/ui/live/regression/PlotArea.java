package io.spikeworks.ui.live.regression;

import io.spikeworks.ui.live.learning.LearningCurveView;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.Locale;

/**
 * A rectangle of a canvas with a linear x and y range: maps values to pixels and draws its frame, ticks, title and
 * polylines. The panels of the regression views are made of these. FX thread only.
 */
final class PlotArea {
    final double x, y, w, h;
    final double xMin, xMax, yMin, yMax;

    PlotArea(double x, double y, double w, double h, double xMin, double xMax, double yMin, double yMax) {
        this.x = x;
        this.y = y;
        this.w = Math.max(1, w);
        this.h = Math.max(1, h);
        this.xMin = xMin;
        this.xMax = xMax > xMin ? xMax : xMin + 1;
        double pad = (yMax - yMin) * 0.05;
        this.yMin = yMax > yMin ? yMin - pad : yMin - 1;
        this.yMax = yMax > yMin ? yMax + pad : yMin + 1;
    }

    double px(double v) {
        return x + (v - xMin) / (xMax - xMin) * w;
    }

    double py(double v) {
        return y + h - (v - yMin) / (yMax - yMin) * h;
    }

    /**
     * Frame, grid lines at nice ticks with their labels, the x axis name at the right end of the tick row (in place
     * of tick labels it would overlap) and the title above. A null x name leaves the x ticks unlabelled.
     */
    void frame(GraphicsContext g, ThemeColours palette, Font font, String title, String xName) {
        g.setStroke(palette.borderMuted);
        g.setLineWidth(1);
        g.setFont(font);
        g.setFill(palette.fgMuted);
        double yt = LearningCurveView.niceTick(yMax - yMin, Math.max(2, (int) (h / 28)));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v = Math.ceil(yMin / yt) * yt; v <= yMax + 1e-12; v += yt) {
            double p = Math.round(py(v)) + 0.5;
            g.strokeLine(x, p, x + w, p);
            g.fillText(label(v, yt), x - 4, p);
        }
        double xt = LearningCurveView.niceTick(xMax - xMin, Math.max(2, (int) (w / 60)));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        // the axis name takes the right end; a tick label reaching into it is left out
        double nameLeft = xName == null ? Double.POSITIVE_INFINITY : x + w - 7 * xName.length() - 6;
        if (xName != null)
            for (double v = Math.ceil(xMin / xt - 1e-9) * xt; v <= xMax + 1e-9; v += xt) {
                String t = label(v, xt);
                if (px(v) + 3.5 * t.length() < nameLeft) g.fillText(t, px(v), y + h + 2);
            }
        g.setStroke(palette.border);
        g.strokeRect(Math.round(x) + 0.5, Math.round(y) + 0.5, Math.round(w), Math.round(h));
        g.setTextAlign(TextAlignment.RIGHT);
        if (xName != null) g.fillText(xName, x + w, y + h + 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(palette.fg);
        if (title != null) g.fillText(title, x, y - 2);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** A polyline through (xs[i], ys[i]); non-finite points break it. */
    void line(GraphicsContext g, double[] xs, float[] ys, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        boolean open = false;
        for (int i = 0; i < ys.length; i++) {
            if (!Float.isFinite(ys[i])) {
                open = false;
                continue;
            }
            double px = px(xs[i]), py = Math.max(y, Math.min(y + h, py(ys[i])));
            if (open) g.lineTo(px, py);
            else g.moveTo(px, py);
            open = true;
        }
        g.stroke();
    }

    static String label(double v, double tick) {
        if (Math.abs(v) < tick * 1e-6) return "0";
        double a = Math.abs(tick);
        if (a >= 1) return String.format(Locale.ROOT, "%.0f", v);
        int decimals = (int) Math.ceil(-Math.log10(a) - 1e-9);
        return String.format(Locale.ROOT, "%." + Math.min(6, decimals) + "f", v);
    }
}
