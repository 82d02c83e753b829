package io.spikeworks.ui.live.symmetry;

import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import io.spikeworks.ui.theme.ThemeColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * W − Bᵀ of one feedback layer as a heatmap on a diverging scale: blue where B exceeds W, white where they agree,
 * red where W exceeds B, symmetric around zero. The scale's end is the largest divergence the layer has had in the
 * run, so a full transport turns the whole map white and a partial one whitens the weights it refreshed. A grid
 * larger than the map's pixels is reduced per pixel to its value of largest magnitude; a layer with many more rows
 * than columns is laid with its rows across. Which layer is shown is {@link #setLayer chosen}; by default the first.
 */
public final class WeightAsymmetryView extends CanvasView {
    static final double PAD = 12;
    static final double LEGEND_W = 74;

    private DivergenceMapData data;
    private String layerName;
    private int[] buffer = new int[0];
    private int[] heatmapBox = new int[4];
    private int[] ramp;

    public WeightAsymmetryView() {
        super("weight-asymmetry-view");
    }

    public void show(DivergenceMapData d) {
        if (d == null || (data != null && d.version() == data.version())) return;
        data = d;
        invalidate();
    }

    public DivergenceMapData data() {
        return data;
    }

    /** Shows that layer (null: the first). */
    public void setLayer(String name) {
        layerName = name;
        invalidate();
    }

    /** The layer drawn now, or null. */
    public DivergenceMapData.Layer layer() {
        if (data == null || data.layers().isEmpty()) return null;
        DivergenceMapData.Layer l = layerName == null ? null : data.layer(layerName);
        return l != null ? l : data.layers().get(0);
    }

    /** Where the heatmap was drawn last: x, y, width, height (zeros before). */
    int[] heatmapBox() {
        return heatmapBox.clone();
    }

    /** The colour of a divergence on a scale ending at ±scale: blue below zero, white at zero, red above. */
    Color colour(double d, double scale) {
        double f = scale > 0 ? Math.max(-1, Math.min(1, d / scale)) : 0;
        Color zero = palette.colour("-sw-diverging-zero");
        return f >= 0 ? ThemeColours.mix(zero, palette.colour("-sw-diverging-positive"), f)
                : ThemeColours.mix(zero, palette.colour("-sw-diverging-negative"), -f);
    }

    /** 511 colours from −scale (0) through 0 (255) to +scale (510). */
    private int[] ramp() {
        if (ramp == null) {
            ramp = new int[511];
            for (int i = 0; i < ramp.length; i++) ramp[i] = ThemeColours.argb(colour((i - 255) / 255.0, 1));
        }
        return ramp;
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        heatmapBox = new int[4];
        if (data == null) {
            message(g, w, h, "No feedback weights yet: W − Bᵀ of each layer maps here once a weight-symmetry rule trains.");
            return;
        }
        DivergenceMapData.Layer l = layer();
        if (l == null) {
            message(g, w, h, data.algorithm() + " " + data.feedbackNote() + ".");
            return;
        }
        double top = PAD + 18;
        String across = l.rows() + " inputs across × " + l.columns() + " units down";
        double synced = l.weights() == 0 ? 0 : 100.0 * l.inSync() / l.weights();
        String tail = String.format(" · %.1f%% in sync · max |W − Bᵀ| %.4g", synced, l.maxAbs());
        // the caption under the map in as many lines as the card's width needs (in one, its numbers ran off the card)
        int captionLines = lines(across + " · largest |W − Bᵀ| per pixel" + tail, w - 2 * PAD, font).size();
        int mapW = (int) Math.max(10, w - 3 * PAD - LEGEND_W);
        int mapH = (int) Math.max(10, h - top - PAD - 2 - 14 * captionLines);
        boolean transpose = l.gridRows() > l.gridColumns() && mapW > mapH;
        int rows = transpose ? l.gridColumns() : l.gridRows();
        int cols = transpose ? l.gridRows() : l.gridColumns();
        // whole square cells when they fit, else stretched over the area
        int k = Math.max(1, Math.min(mapW / Math.max(1, cols), mapH / Math.max(1, rows)));
        int cw = k > 1 ? cols * k : Math.min(mapW, Math.max(cols, 1));
        int ch = k > 1 ? rows * k : Math.min(mapH, Math.max(rows, 1));
        if (k == 1) {
            cw = mapW;
            ch = mapH;
        }
        float[] px = reduce(l, transpose, rows, cols, cw, ch);
        double scale = l.colourScale() > 0 ? l.colourScale() : 1; // all zero so far: any scale draws white
        int[] colours = ramp();
        if (buffer.length < cw * ch) buffer = new int[cw * ch];
        for (int i = 0; i < cw * ch; i++) {
            int level = (int) Math.round(Math.max(-1, Math.min(1, px[i] / scale)) * 255);
            buffer[i] = colours[level + 255];
        }
        int x = (int) PAD;
        int y = (int) top;
        putPixels(g, x, y, cw, ch, buffer);
        heatmapBox = new int[]{x, y, cw, ch};
        g.setStroke(palette.border);
        g.setLineWidth(1);
        g.strokeRect(x - 0.5, y - 0.5, cw + 1, ch + 1);

        g.setFont(fontBold);
        g.setFill(palette.fg);
        g.setTextBaseline(VPos.TOP);
        String transport = data.lastTransportIteration() < 0 ? "never transported"
                : "last transport after iteration " + data.lastTransportIteration();
        g.fillText(l.name() + ": W − Bᵀ  " + l.rows() + "×" + l.columns() + "  · iteration " + data.iteration()
                + " · " + transport, PAD, PAD);
        g.setFont(font);
        g.setFill(palette.fgMuted);
        if (!transpose) across = l.rows() + " inputs down × " + l.columns() + " units across";
        List<String> caption = lines(across + (l.reduced() || rows > ch || cols > cw ? " · largest |W − Bᵀ| per pixel" : "")
                + tail, w - 2 * PAD, font);
        for (int i = 0; i < caption.size(); i++) g.fillText(caption.get(i), x, y + ch + 3 + 14 * i);
        legend(g, w - PAD - LEGEND_W, top, Math.max(24, Math.min(mapH - 36, 220)), l.colourScale());
        g.setTextBaseline(VPos.BASELINE);
    }

    /** The grid reduced (or stretched) to cw × ch pixels, each keeping the value of largest magnitude it covers. */
    static float[] reduce(DivergenceMapData.Layer l, boolean transpose, int rows, int cols, int cw, int ch) {
        float[] out = new float[cw * ch];
        float[] cells = l.cells();
        int gc = l.gridColumns();
        for (int r = 0; r < rows; r++) {
            int y0 = (int) ((long) r * ch / rows);
            int y1 = Math.max(y0 + 1, (int) ((long) (r + 1) * ch / rows));
            for (int c = 0; c < cols; c++) {
                int x0 = (int) ((long) c * cw / cols);
                int x1 = Math.max(x0 + 1, (int) ((long) (c + 1) * cw / cols));
                float v = transpose ? cells[c * gc + r] : cells[r * gc + c];
                float mag = Math.abs(v);
                for (int yy = y0; yy < Math.min(y1, ch); yy++)
                    for (int xx = x0; xx < Math.min(x1, cw); xx++)
                        if (mag > Math.abs(out[yy * cw + xx])) out[yy * cw + xx] = v;
            }
        }
        return out;
    }

    private void legend(GraphicsContext g, double x, double y, double h, double scale) {
        double barW = 14;
        int steps = (int) Math.max(2, h);
        for (int i = 0; i < steps; i++) {
            double f = 1 - 2.0 * i / (steps - 1); // +1 at the top, −1 at the bottom
            g.setFill(colour(f, 1));
            g.fillRect(x, y + i, barW, 1.5);
        }
        g.setStroke(palette.border);
        g.setLineWidth(1);
        g.strokeRect(x - 0.5, y - 0.5, barW + 1, steps + 1);
        g.setFill(palette.fgMuted);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        String s = scale > 0 ? String.format("%.3g", scale) : "0";
        g.fillText("+" + s, x + barW + 4, y + 4);
        g.fillText("0", x + barW + 4, y + steps / 2.0);
        g.fillText("−" + s, x + barW + 4, y + steps - 4);
        g.setTextBaseline(VPos.TOP);
        g.fillText("W − Bᵀ", x - 2, y + steps + 6);
        g.fillText("run's peak", x - 2, y + steps + 20);
    }

    @Override
    public String exportName() {
        return "weight-asymmetry";
    }

    /** The shown layer's grid: one row per cell, with how many weights a cell covers when the grid is reduced. */
    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("layer,iteration,row,column,rows_per_cell,columns_per_cell,w_minus_bt\n");
        DivergenceMapData.Layer l = layer();
        if (l == null) return;
        int perRow = (l.rows() + l.gridRows() - 1) / l.gridRows();
        int perCol = (l.columns() + l.gridColumns() - 1) / l.gridColumns();
        String prefix = LiveView.text(l.name()) + "," + data.iteration() + ",";
        StringBuilder sb = new StringBuilder(64);
        float[] cells = l.cells();
        for (int i = 0; i < cells.length; i++) {
            sb.setLength(0);
            sb.append(prefix).append(i / l.gridColumns()).append(',').append(i % l.gridColumns()).append(',')
                    .append(perRow).append(',').append(perCol).append(',').append(LiveView.num(cells[i])).append('\n');
            out.write(sb.toString());
        }
    }
}
