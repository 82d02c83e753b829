package io.spikeworks.ui.live.cost;

import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Running cost of training as tiles: synaptic operations, MACs, memory held for the backward pass, throughput,
 * elapsed time and time left, with a bar for the run's progress.
 */
public final class CostMetersView extends CanvasView {
    private CostData data;

    /** One tile: name, value as shown, raw value and unit for the CSV, a line of detail. */
    public record Meter(String name, String shown, double value, String unit, String detail) {}

    public CostMetersView() {
        super("cost-meters-view");
        setPrefSize(480, 180);
    }

    public void show(CostData d) {
        if (d == null || (data != null && d.version() == data.version())) return;
        data = d;
        invalidate();
    }

    public CostData data() {
        return data;
    }

    /** The tiles for the current data (empty before any). */
    public List<Meter> meters() {
        List<Meter> m = new ArrayList<>();
        CostData d = data;
        if (d == null) return m;
        double perSample = d.samples() == 0 ? Double.NaN : (double) d.synapticOps() / d.samples();
        m.add(new Meter("Synaptic ops", si(d.synapticOps()), d.synapticOps(), "ops",
                Double.isNaN(perSample) ? "" : si(perSample) + " per sample"));
        long macs = d.denseMacs() + d.backwardMacs();
        m.add(new Meter("MACs", si(macs), macs, "MACs", si(d.denseMacs()) + " forward · " + si(d.backwardMacs()) + " backward"));
        m.add(new Meter("Memory for backward", bytes(d.backwardBytes()), d.backwardBytes(), "bytes", "peak held per batch"));
        m.add(new Meter("Samples/s", String.format("%.0f", d.samplesPerSecond()), d.samplesPerSecond(), "samples/s",
                si(d.samples()) + " samples so far"));
        m.add(new Meter("Elapsed", duration(d.elapsedSeconds()), d.elapsedSeconds(), "s", "training time, pauses excluded"));
        if (!Double.isNaN(d.joulesPerTrainingSample()) && !d.chipProfile().isEmpty()) {
            if (d.joulesPerTrainingSample() == 0 && !(d.joulesPerInferenceSample() > 0)) {
                // a profile without energy figures prices everything at 0: "0 J" would claim a free chip
                m.add(new Meter("Energy per sample", "not priced", Double.NaN, "J",
                        d.chipProfile() + " has no energy figures (loihi has)"));
            } else {
                m.add(new Meter("Energy per sample", joules(d.joulesPerTrainingSample()), d.joulesPerTrainingSample(), "J",
                        "training on " + d.chipProfile() + " · " + joules(d.joulesPerInferenceSample()) + " inference"));
            }
        }
        double eta = d.etaSeconds();
        m.add(new Meter("ETA", Double.isNaN(eta) ? "–" : duration(eta), eta, "s",
                String.format("%.0f%% done", 100 * d.fractionDone())));
        return m;
    }

    /** "3.30 µJ". */
    static String joules(double j) {
        if (Double.isNaN(j)) return "–";
        if (j == 0) return "0 J";
        String[] units = {"J", "mJ", "µJ", "nJ", "pJ"};
        int u = 0;
        while (Math.abs(j) < 1 && u < units.length - 1) {
            j *= 1000;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.3g %s", j, units[u]);
    }

    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        List<Meter> meters = meters();
        if (meters.isEmpty()) {
            message(g, w, h, "No counters yet: costs add up here once training runs.");
            return;
        }
        double pad = 12;
        // progress bar
        double barY = pad;
        g.setFill(palette.borderMuted);
        g.fillRoundRect(pad, barY, w - 2 * pad, 6, 6, 6);
        g.setFill(palette.accent);
        g.fillRoundRect(pad, barY, Math.max(6, (w - 2 * pad) * Math.min(1, data.fractionDone())), 6, 6, 6);
        int cols = w >= 640 ? 3 : 2;
        if (w >= 900) cols = 6;
        int rows = (meters.size() + cols - 1) / cols;
        double top = barY + 18;
        double tileW = (w - pad * (cols + 1)) / cols;
        double tileH = Math.max(44, Math.min(86, (h - top - pad * rows) / rows));
        for (int i = 0; i < meters.size(); i++) {
            Meter m = meters.get(i);
            double x = pad + (i % cols) * (tileW + pad);
            double y = top + (i / cols) * (tileH + pad);
            g.setFill(palette.bgSubtle);
            g.fillRoundRect(x, y, tileW, tileH, 10, 10);
            g.setStroke(palette.borderMuted);
            g.setLineWidth(1);
            g.strokeRoundRect(x + 0.5, y + 0.5, tileW - 1, tileH - 1, 10, 10);
            g.setFill(palette.data(i % 5));
            g.fillRoundRect(x + 10, y + 12, 3, tileH - 24, 3, 3);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.setFont(font);
            g.setFill(palette.fgMuted);
            g.fillText(m.name(), x + 22, y + 9);
            g.setFont(fontLarge);
            g.setFill(palette.fg);
            g.fillText(m.shown(), x + 22, y + 9 + 16);
            if (tileH >= 64) {
                g.setFont(font);
                g.setFill(palette.fgSubtle);
                g.fillText(m.detail(), x + 22, y + 9 + 16 + 22, tileW - 30);
            }
        }
        g.setTextBaseline(VPos.BASELINE);
        g.setFont(font);
    }

    static String si(double v) {
        if (!Double.isFinite(v)) return "–";
        double a = Math.abs(v);
        if (a >= 1e12) return String.format("%.2f T", v / 1e12);
        if (a >= 1e9) return String.format("%.2f G", v / 1e9);
        if (a >= 1e6) return String.format("%.2f M", v / 1e6);
        if (a >= 1e3) return String.format("%.1f k", v / 1e3);
        return String.format("%.0f", v);
    }

    static String bytes(double b) {
        if (b >= 1L << 30) return String.format("%.2f GiB", b / (1L << 30));
        if (b >= 1L << 20) return String.format("%.1f MiB", b / (1L << 20));
        if (b >= 1L << 10) return String.format("%.1f KiB", b / (1L << 10));
        return String.format("%.0f B", b);
    }

    static String duration(double s) {
        if (!Double.isFinite(s)) return "–";
        long t = Math.round(s);
        if (t >= 3600) return String.format("%d h %02d min", t / 3600, (t % 3600) / 60);
        if (t >= 60) return String.format("%d min %02d s", t / 60, t % 60);
        return String.format("%.1f s", s);
    }

    @Override
    public String exportName() {
        return "cost-meters";
    }

    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("meter,value,unit\n");
        for (Meter m : meters()) out.write(LiveView.text(m.name()) + "," + LiveView.num(m.value()) + "," + m.unit() + "\n");
    }
}
