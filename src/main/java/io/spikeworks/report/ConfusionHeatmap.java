package io.spikeworks.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** The confusion matrix as a picture: rows are true classes, columns predictions, shade is the share of the row. */
public final class ConfusionHeatmap {
    private ConfusionHeatmap() {}

    public static BufferedImage draw(List<String> classes, long[][] counts) {
        int n = counts.length, cell = n <= 12 ? 36 : Math.max(10, 420 / n);
        int left = 90, top = 46, size = cell * n;
        int w = left + size + 16, h = top + size + 36, s = LineChart.SCALE;
        BufferedImage img = new BufferedImage(w * s, h * s, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(s, s);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            g.setColor(Color.BLACK);
            g.drawString("Test-set confusion matrix (rows: true, columns: predicted)", 8, 16);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, cell >= 30 ? 11 : 8));
            FontMetrics fm = g.getFontMetrics();
            for (int t = 0; t < n; t++) {
                long rowSum = 0;
                for (long c : counts[t]) rowSum += c;
                for (int p = 0; p < n; p++) {
                    double share = rowSum == 0 ? 0 : counts[t][p] / (double) rowSum;
                    g.setColor(shade(share, t == p));
                    g.fillRect(left + p * cell, top + t * cell, cell, cell);
                    if (cell >= 24) {
                        String v = Long.toString(counts[t][p]);
                        g.setColor(share > 0.55 ? Color.WHITE : Color.BLACK);
                        g.drawString(v, left + p * cell + (cell - fm.stringWidth(v)) / 2, top + t * cell + cell / 2 + 4);
                    }
                }
                String name = clip(classes.get(t), fm, left - 8);
                g.setColor(Color.DARK_GRAY);
                g.drawString(name, left - 6 - fm.stringWidth(name), top + t * cell + cell / 2 + 4);
            }
            for (int p = 0; p < n; p++) {
                String idx = Integer.toString(p);
                g.drawString(idx, left + p * cell + (cell - fm.stringWidth(idx)) / 2, top - 6);
            }
            g.setColor(Color.GRAY);
            g.drawRect(left, top, size, size);
            g.drawString("predicted class", left + size / 2 - 40, top + size + 22);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Correct predictions in blue, confusions in red, both from white (none) to full (the whole row). */
    private static Color shade(double share, boolean diagonal) {
        int base = diagonal ? 0x1f4e9c : 0xb2182b;
        int r = (base >> 16) & 255, gr = (base >> 8) & 255, b = base & 255;
        return new Color(mix(r, share), mix(gr, share), mix(b, share));
    }

    private static int mix(int channel, double share) {
        return (int) Math.round(255 + (channel - 255) * Math.min(1, Math.max(0, share)));
    }

    private static String clip(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) return s;
        while (s.length() > 1 && fm.stringWidth(s + "…") > width) s = s.substring(0, s.length() - 1);
        return s + "…";
    }
}
