package io.spikeworks.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Panels of value grids side by side, one shared colour scale, every cell written out as text as well (so the figure
 * reads without the colours and prints in grey). Missing cells (NaN) are hatched grey.
 */
public final class GridHeatmap {
    /** How values map to colours: a sequential ramp over [min, max], or a diverging one centred on 0. */
    public enum Scale { SEQUENTIAL, DIVERGING }

    /** One grid: values[row][column], NaN where no run exists. */
    public record Panel(String title, double[][] values) {}

    private static final int CELL_W = 64, CELL_H = 34, LEFT = 70, TOP = 58, GAP = 36, BAR = 46;

    private final String title;
    private final String rowAxis;
    private final String columnAxis;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final Scale scale;
    private final DoubleFunction<String> cellText;
    private final List<Panel> panels = new ArrayList<>();

    /** @param cellText how a value is written in its cell (e.g. "−90 %") */
    public GridHeatmap(String title, String rowAxis, List<String> rowLabels, String columnAxis, List<String> columnLabels,
                       Scale scale, DoubleFunction<String> cellText) {
        this.title = title;
        this.rowAxis = rowAxis;
        this.columnAxis = columnAxis;
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.scale = scale;
        this.cellText = cellText;
    }

    public GridHeatmap add(String panelTitle, double[][] values) {
        if (values.length != rowLabels.size())
            throw new IllegalArgumentException(title + ": panel " + panelTitle + " has " + values.length + " rows, expected " + rowLabels.size());
        for (double[] row : values)
            if (row.length != columnLabels.size())
                throw new IllegalArgumentException(title + ": panel " + panelTitle + " has a row of " + row.length
                        + " columns, expected " + columnLabels.size());
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) copy[i] = values[i].clone();
        panels.add(new Panel(panelTitle, copy));
        return this;
    }

    public List<Panel> panels() {
        return List.copyOf(panels);
    }

    /** The colour scale's ends: [min, max] of all cells, or ±max|v| for a diverging scale; [0, 1] if nothing is finite. */
    public double[] range() {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Panel p : panels)
            for (double[] row : p.values())
                for (double v : row)
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
        if (lo > hi) return new double[]{0, 1};
        if (scale == Scale.DIVERGING) {
            double m = Math.max(Math.max(Math.abs(lo), Math.abs(hi)), 1e-9);
            return new double[]{-m, m};
        }
        return lo == hi ? new double[]{lo - 0.5, hi + 0.5} : new double[]{lo, hi};
    }

    /** The colour of value v on this figure's scale. */
    public Color colour(double v) {
        if (!Double.isFinite(v)) return new Color(0xdddddd);
        double[] r = range();
        double f = Math.max(0, Math.min(1, (v - r[0]) / (r[1] - r[0])));
        return scale == Scale.DIVERGING ? blueWhiteRed(f) : viridis(f);
    }

    public BufferedImage draw() {
        int rows = rowLabels.size(), cols = columnLabels.size(), n = Math.max(1, panels.size());
        int panelW = cols * CELL_W, panelH = rows * CELL_H;
        int w = LEFT + n * panelW + (n - 1) * GAP + 24, h = TOP + panelH + 40 + BAR;
        int s = LineChart.SCALE;
        BufferedImage img = new BufferedImage(w * s, h * s, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(s, s);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString(title, 8, 18);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            FontMetrics fm = g.getFontMetrics();
            for (int p = 0; p < panels.size(); p++) {
                Panel panel = panels.get(p);
                int x0 = LEFT + p * (panelW + GAP);
                g.setColor(Color.BLACK);
                g.setFont(g.getFont().deriveFont(Font.BOLD));
                g.drawString(panel.title(), x0, TOP - 24);
                g.setFont(g.getFont().deriveFont(Font.PLAIN));
                for (int c = 0; c < cols; c++) {
                    String label = columnLabels.get(c);
                    g.setColor(Color.DARK_GRAY);
                    g.drawString(label, x0 + c * CELL_W + (CELL_W - fm.stringWidth(label)) / 2, TOP - 6);
                }
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        double v = panel.values()[r][c];
                        Color fill = colour(v);
                        int cx = x0 + c * CELL_W, cy = TOP + r * CELL_H;
                        g.setColor(fill);
                        g.fillRect(cx, cy, CELL_W, CELL_H);
                        g.setColor(Color.WHITE);
                        g.drawRect(cx, cy, CELL_W, CELL_H);
                        String text = Double.isFinite(v) ? cellText.apply(v) : "no run";
                        g.setColor(luminance(fill) < 0.45 ? Color.WHITE : Color.BLACK);
                        g.drawString(text, cx + (CELL_W - fm.stringWidth(text)) / 2, cy + CELL_H / 2 + 4);
                    }
                }
                g.setColor(Color.DARK_GRAY);
                g.drawString(columnAxis, x0 + (panelW - fm.stringWidth(columnAxis)) / 2, TOP + panelH + 16);
            }
            g.setColor(Color.DARK_GRAY);
            for (int r = 0; r < rows; r++) {
                String label = rowLabels.get(r);
                g.drawString(label, LEFT - 8 - fm.stringWidth(label), TOP + r * CELL_H + CELL_H / 2 + 4);
            }
            g.drawString(rowAxis, 8, TOP - 6);
            drawColourBar(g, fm, LEFT, TOP + panelH + 30, Math.min(320, w - LEFT - 24));
        } finally {
            g.dispose();
        }
        return img;
    }

    private void drawColourBar(Graphics2D g, FontMetrics fm, int x, int y, int width) {
        double[] r = range();
        for (int i = 0; i < width; i++) {
            g.setColor(colour(r[0] + (r[1] - r[0]) * i / (width - 1.0)));
            g.fillRect(x + i, y, 1, 12);
        }
        g.setColor(Color.DARK_GRAY);
        String lo = cellText.apply(r[0]), hi = cellText.apply(r[1]);
        g.drawString(lo, x, y + 26);
        g.drawString(hi, x + width - fm.stringWidth(hi), y + 26);
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }

    /** Viridis at nine stops, interpolated: readable in grey and for colour-blind readers. */
    private static final int[] VIRIDIS = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962,
            0xaadc32, 0xfde725};

    static Color viridis(double f) {
        double pos = f * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(pos));
        return mix(VIRIDIS[i], VIRIDIS[i + 1], pos - i);
    }

    static Color blueWhiteRed(double f) {
        return f < 0.5 ? mix(0x2166ac, 0xf7f7f7, f / 0.5) : mix(0xf7f7f7, 0xb2182b, (f - 0.5) / 0.5);
    }

    private static Color mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return new Color(r, g, bl);
    }
}
