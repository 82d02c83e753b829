package io.spikeworks.ui.live.cost;

import io.spikeworks.learn.ttl.TruncationCosts;
import io.spikeworks.ui.live.CanvasView;
import io.spikeworks.ui.live.LiveView;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * TTL-BPTT's three meters as tiles (memory for the backward pass, MACs, memory accesses, each as the saving against
 * end-to-end BPTT) above a chart of the memory held over the steps of one sample: end-to-end BPTT keeps every step
 * until the sample's backward pass, TTL-BPTT only the current window's, so its line is a saw-tooth that drops at each
 * window's end.
 */
public final class TruncationCostView extends CanvasView {
    private TruncationCostData data;

    public TruncationCostView() {
        super("truncation-cost-view");
        setPrefSize(480, 260);
    }

    public void show(TruncationCostData d) {
        if (d == null || (data != null && d.version() == data.version())) return;
        data = d;
        invalidate();
    }

    /** The tiles for the current data (empty before any): name, saving as shown, saving as a fraction. */
    public List<CostMetersView.Meter> meters() {
        List<CostMetersView.Meter> m = new ArrayList<>();
        if (data == null || data.costs().samples() == 0) return m;
        TruncationCosts c = data.costs();
        m.add(new CostMetersView.Meter("Memory for backward", TruncationCosts.changeText(c.memoryReduction()), c.memoryReduction(), "fraction",
                CostMetersView.bytes(c.peakBytesWithHeads()) + " vs " + CostMetersView.bytes(c.endToEndBytes())
                        + " end to end, per sample"));
        m.add(new CostMetersView.Meter("MACs", TruncationCosts.changeText(c.macReduction()), c.macReduction(), "fraction",
                "forward and backward, heads included"));
        m.add(new CostMetersView.Meter("Memory accesses", TruncationCosts.changeText(c.accessReduction()), c.accessReduction(), "fraction",
                "weights, state and activations"));
        return m;
    }


    @Override
    protected void draw(GraphicsContext g, double w, double h) {
        List<CostMetersView.Meter> meters = meters();
        if (meters.isEmpty()) {
            message(g, w, h, "No TTL-BPTT batch yet: its savings against end-to-end BPTT show here once training runs.");
            return;
        }
        double pad = 12;
        double tileW = (w - 4 * pad) / 3;
        double tileH = 52;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < meters.size(); i++) {
            CostMetersView.Meter m = meters.get(i);
            double x = pad + i * (tileW + pad);
            g.setFill(palette.bgSubtle);
            g.fillRoundRect(x, pad, tileW, tileH, 10, 10);
            g.setFill(palette.data(i % 5));
            g.fillRoundRect(x + 8, pad + 10, 3, tileH - 20, 3, 3);
            g.setFont(font);
            g.setFill(palette.fgMuted);
            g.fillText(m.name(), x + 18, pad + 7, tileW - 24);
            g.setFont(fontLarge);
            g.setFill(palette.fg);
            g.fillText(m.shown(), x + 18, pad + 24, tileW - 24);
        }
        // memory held over the steps of a sample
        TruncationCosts c = data.costs();
        double left = pad + 4, right = w - pad, top = pad + tileH + 28, bottom = h - pad - 14;
        if (bottom - top < 30 || c.steps() == 0) return;
        double max = Math.max(1, c.endToEndBytes());
        g.setFont(font);
        g.setFill(palette.fgMuted);
        g.fillText("Memory held over a sample's " + c.steps() + " steps (window " + c.window() + ", " + c.blocks()
                + (c.blocks() == 1 ? " block)" : " blocks)"), left, top - 18);
        g.setStroke(palette.borderMuted);
        g.setLineWidth(1);
        g.strokeLine(left, bottom + 0.5, right, bottom + 0.5);
        double stepW = (right - left) / c.steps();
        drawSteps(g, c, true, left, bottom, stepW, (bottom - top) / max, palette.data(1));
        drawSteps(g, c, false, left, bottom, stepW, (bottom - top) / max, palette.data(0));
        g.setTextBaseline(VPos.TOP);
        g.setFill(palette.data(1));
        g.fillText("end-to-end BPTT " + CostMetersView.bytes(c.endToEndBytes()), left, bottom + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(palette.data(0));
        g.fillText("TTL-BPTT " + CostMetersView.bytes(c.peakBytesWithHeads()), right, bottom + 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private static void drawSteps(GraphicsContext g, TruncationCosts c, boolean endToEnd, double left, double bottom,
                                  double stepW, double scale, javafx.scene.paint.Color colour) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.beginPath();
        g.moveTo(left, bottom);
        for (int t = 0; t < c.steps(); t++) {
            double y = bottom - scale * (endToEnd ? c.endToEndBytesAt(t) : c.truncatedBytesAt(t));
            g.lineTo(left + t * stepW, y);
            g.lineTo(left + (t + 1) * stepW, y);
        }
        g.stroke();
    }

    @Override
    public String exportName() {
        return "truncation-cost";
    }

    @Override
    public void writeCsv(Writer out) throws IOException {
        out.write("step,ttl_bytes_held,e2e_bytes_held\n");
        if (data == null) return;
        TruncationCosts c = data.costs();
        for (int t = 0; t < c.steps(); t++)
            out.write(t + "," + LiveView.num(c.truncatedBytesAt(t)) + "," + LiveView.num(c.endToEndBytesAt(t)) + "\n");
        for (CostMetersView.Meter m : meters())
            out.write(LiveView.text(m.name()) + " reduction," + LiveView.num(m.value()) + ",\n");
    }
}
