package io.spikeworks.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * A test function on a 2-D grid as three heatmaps side by side: reference, prediction (on one colour scale) and the
 * error |prediction − reference| (on its own), first axis across and second axis up, in viridis.
 */
public final class FieldHeatmaps {
    /** Viridis at nine evenly spaced stops (the published map, sampled). */
    private static final int[] VIRIDIS = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962,
            0xaddc30, 0xfde725};

    private FieldHeatmaps() {}

    /**
     * @param values reference and prediction, row-major with the first axis slowest ({@code i0 · n1 + i1})
     */
    public static BufferedImage draw(String title, String xName, String yName, int n0, int n1, double[] reference,
                                     double[] prediction) {
        int cell = Math.max(3, Math.min(10, 200 / Math.max(n0, n1)));
        int mapW = cell * n0, mapH = cell * n1, gap = 36, left = 30, top = 44;
        int w = left + 3 * mapW + 2 * gap + 16, h = top + mapH + 44, s = LineChart.SCALE;
        double[] error = new double[reference.length];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, maxErr = 0;
        for (int i = 0; i < reference.length; i++) {
            error[i] = Math.abs(prediction[i] - reference[i]);
            lo = Math.min(lo, Math.min(reference[i], prediction[i]));
            hi = Math.max(hi, Math.max(reference[i], prediction[i]));
            maxErr = Math.max(maxErr, error[i]);
        }
        BufferedImage img = new BufferedImage(w * s, h * s, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(s, s);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            g.drawString(title, 8, 16);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            String[] names = {"reference", "prediction", "|prediction − reference|"};
            double[][] fields = {reference, prediction, error};
            for (int k = 0; k < 3; k++) {
                int x0 = left + k * (mapW + gap);
                double a = k < 2 ? lo : 0, b = k < 2 ? hi : maxErr;
                for (int i = 0; i < n0; i++)
                    for (int j = 0; j < n1; j++) {
                        g.setColor(viridis(b > a ? (fields[k][i * n1 + j] - a) / (b - a) : 0));
                        g.fillRect(x0 + i * cell, top + mapH - (j + 1) * cell, cell, cell);
                    }
                g.setColor(Color.GRAY);
                g.drawRect(x0, top, mapW, mapH);
                g.setColor(Color.BLACK);
                g.drawString(names[k], x0, top - 6);
                g.setColor(Color.DARK_GRAY);
                g.drawString(xName + " →   " + String.format(Locale.ROOT, "%.3g … %.3g", a, b), x0, top + mapH + 16);
            }
            g.drawString(yName + " ↑", 4, top + 12);
        } finally {
            g.dispose();
        }
        return img;
    }

    static Color viridis(double f) {
        double t = Math.max(0, Math.min(1, Double.isNaN(f) ? 0 : f)) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(t));
        double u = t - i;
        int c0 = VIRIDIS[i], c1 = VIRIDIS[i + 1];
        int r = (int) Math.round(((c0 >> 16) & 255) * (1 - u) + ((c1 >> 16) & 255) * u);
        int gr = (int) Math.round(((c0 >> 8) & 255) * (1 - u) + ((c1 >> 8) & 255) * u);
        int b = (int) Math.round((c0 & 255) * (1 - u) + (c1 & 255) * u);
        return new Color(r, gr, b);
    }
}
