package io.spikeworks.report;

import io.spikeworks.learn.output.SpikeRaster;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * One sample's spikes, every layer in a band of its own (input at the top), time to the right: a black mark where
 * a kept neuron spiked. Drawn at {@link LineChart#SCALE} times its nominal size, as the other report charts.
 */
public final class SpikeRasterChart {
    static final Color MARK = Color.BLACK;
    private static final int LEFT = 120, RIGHT = 14, TOP = 30, BOTTOM = 34, GAP = 10, ROW = 3;

    private SpikeRasterChart() {}

    /** Nominal width: the time axis gets a whole number of pixels per step, about 480 in all. */
    static int width(int steps) {
        return LEFT + RIGHT + steps * stepWidth(steps);
    }

    static int stepWidth(int steps) {
        return Math.max(1, Math.min(24, 480 / steps));
    }

    public static BufferedImage draw(SpikeRaster.Sample sample, int steps, List<String> classNames) {
        int sw = stepWidth(steps), plotW = steps * sw, w = width(steps);
        int rows = 0;
        for (SpikeRaster.LayerRows l : sample.layers()) rows += l.rowNeurons().length;
        int h = TOP + rows * ROW + GAP * (sample.layers().size() - 1) + BOTTOM;
        int s = LineChart.SCALE;
        BufferedImage img = new BufferedImage(w * s, h * s, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(s, s);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
            g.drawString(title(sample, classNames), 8, 17);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            FontMetrics fm = g.getFontMetrics();
            int y = TOP;
            for (SpikeRaster.LayerRows l : sample.layers()) {
                int bandH = l.rowNeurons().length * ROW;
                g.setColor(new Color(0xf3f5f7));
                g.fillRect(LEFT, y, plotW, bandH);
                g.setColor(MARK);
                for (int r = 0; r < l.rowNeurons().length; r++)
                    for (int t : l.spikeSteps()[r]) g.fillRect(LEFT + t * sw, y + r * ROW, Math.max(1, sw - 1), ROW - 1);
                g.setColor(Color.DARK_GRAY);
                String name = l.layer();
                String size = String.format(Locale.ROOT, "%d of %d", l.rowNeurons().length, l.neurons());
                g.drawString(name, LEFT - 6 - fm.stringWidth(name), y + Math.min(bandH, 24) / 2 + 2);
                if (bandH >= 22) g.drawString(size, LEFT - 6 - fm.stringWidth(size), y + Math.min(bandH, 24) / 2 + 13);
                y += bandH + GAP;
            }
            int axis = y - GAP + 4;
            g.setColor(Color.GRAY);
            g.drawLine(LEFT, axis, LEFT + plotW, axis);
            int tick = niceTick(steps);
            for (int t = 0; t <= steps; t += tick) {
                String v = Integer.toString(t);
                g.drawLine(LEFT + t * sw, axis, LEFT + t * sw, axis + 3);
                g.drawString(v, LEFT + t * sw - fm.stringWidth(v) / 2, axis + 14);
            }
            g.drawString("time step", LEFT + plotW / 2 - fm.stringWidth("time step") / 2, axis + 27);
        } finally {
            g.dispose();
        }
        return img;
    }

    static String title(SpikeRaster.Sample sample, List<String> classNames) {
        if (sample.label() < 0) return "Test sample " + sample.index();
        return "Test sample " + sample.index() + ": true " + name(sample.label(), classNames) + ", predicted "
                + name(sample.predicted(), classNames) + (sample.label() == sample.predicted() ? " ✓" : " ✗");
    }

    private static String name(int c, List<String> classNames) {
        return c >= 0 && c < classNames.size() ? classNames.get(c) : Integer.toString(c);
    }

    private static int niceTick(int steps) {
        for (int t : new int[]{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000}) if (steps / t <= 10) return t;
        return Math.max(1, steps / 10);
    }
}
