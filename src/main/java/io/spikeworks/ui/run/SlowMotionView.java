package io.spikeworks.ui.run;

import io.spikeworks.session.DataSplit;
import io.spikeworks.session.InspectedLayer;
import io.spikeworks.session.SampleInspection;
import io.spikeworks.session.TrainingSession;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.frame.PulseSubscription;
import io.spikeworks.ui.live.CanvasView;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;

/**
 * The "Slow motion" tab: takes one test sample from the current run and shows it one time step at a time (Step
 * reveals exactly one; Play reveals one every half second): each layer's spikes so far, and the membranes of a few
 * neurons of the first hidden layer, a dot where each spiked. Tab id {@value #ID}; buttons {@code #slowSample},
 * {@code #slowBack}, {@code #slowStep}, {@code #slowPlay}; label {@code #slowWhere}.
 */
public final class SlowMotionView extends BorderPane {
    public static final String ID = "slowMotion";
    static final Duration PLAY_EVERY = Duration.ofMillis(500);

    private final SlowMotion motion = new SlowMotion();
    private final ObservableValue<TrainingSession> session;
    private final Label where = new Label("Take a test sample of the current run, then step through it.");
    private final Button take = new Button("Take a sample");
    private final Button back = new Button("◀ Back");
    private final Button step = new Button("Step one time step ▶");
    private final ToggleButton play = new ToggleButton("Play");
    private final Plot plot = new Plot();
    private PulseSubscription playing;
    private int nextIndex;

    public SlowMotionView(ObservableValue<TrainingSession> session) {
        this.session = session;
        getStyleClass().add("slow-motion-view");
        take.setId("slowSample");
        back.setId("slowBack");
        step.setId("slowStep");
        play.setId("slowPlay");
        where.setId("slowWhere");
        where.getStyleClass().add("slow-where");
        where.setWrapText(true);
        for (var b : new javafx.scene.control.ButtonBase[]{take, back, step, play}) b.setFocusTraversable(false);
        take.setOnAction(e -> takeSample());
        back.setOnAction(e -> {
            motion.stepBack();
            refresh();
        });
        step.setOnAction(e -> stepOnce());
        play.selectedProperty().addListener((o, was, is) -> playing(is));
        HBox buttons = new HBox(8, take, back, step, play);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (var b : buttons.getChildren()) ((javafx.scene.control.Control) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox controls = new javafx.scene.layout.VBox(4, buttons, where);
        controls.getStyleClass().add("slow-controls");
        setTop(controls);
        setCenter(plot);
        session.addListener((o, was, is) -> take.setDisable(is == null));
        take.setDisable(session.getValue() == null);
        refresh();
    }

    public SlowMotion motion() {
        return motion;
    }

    /** Shows a sample from its first step (what Take a sample does once the run has answered). */
    public void show(SampleInspection s) {
        play.setSelected(false);
        motion.load(s);
        refresh();
    }

    /** Reveals one more time step; stops Play at the end. */
    public boolean stepOnce() {
        boolean moved = motion.stepOnce();
        if (!moved) play.setSelected(false);
        refresh();
        return moved;
    }

    private void takeSample() {
        TrainingSession s = session.getValue();
        if (s == null) return;
        int index = nextIndex++;
        where.setText("Running test sample #" + index + " through the network…");
        s.inspect(DataSplit.TEST, index).whenComplete((in, error) -> FxBridge.run(() -> {
            if (error != null) where.setText("Cannot take a sample: " + error.getMessage());
            else show(in);
        }));
    }

    private void playing(boolean on) {
        if (playing != null) {
            playing.close();
            playing = null;
        }
        // not an animation: FxBridge's timer, so JavaFX does not pulse 60 times a second meanwhile
        if (on) playing = FxBridge.every(PLAY_EVERY, this::stepOnce);
    }

    private void refresh() {
        SampleInspection s = motion.sample();
        boolean loaded = s != null;
        back.setDisable(!loaded || motion.step() < 0);
        step.setDisable(!loaded || motion.step() + 1 >= motion.steps());
        play.setDisable(!loaded);
        if (loaded) where.setText(whereText(s, motion.step()));
        plot.invalidate();
    }

    /**
     * "Test sample #7 (class 3) · step 2 of 25", and where the steps are a circuit's phases (nBP) which phase is
     * showing and that the cycle ran on a copy of the weights.
     */
    static String whereText(SampleInspection s, int step) {
        String text = s.label() < 0 // a regression sample has a target, not a class
                ? String.format(Locale.ROOT, "Test sample #%d · step %d of %d", s.index(), step + 1, s.steps())
                : String.format(Locale.ROOT, "Test sample #%d (class %d) · step %d of %d", s.index(), s.label(),
                step + 1, s.steps());
        if (s.stepNames().isEmpty()) return text;
        String phase = s.stepName(step);
        return text + (phase == null ? "" : " · phase " + phase)
                + "\nA training cycle on a copy of the weights; the run learns nothing from it.";
    }

    /** A scale value: two decimals for the network's small potentials, whole numbers for the chip's weight units. */
    static String scaleText(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
    }

    private final class Plot extends CanvasView {
        Plot() {
            super("slow-motion-plot");
        }

        @Override
        protected void draw(GraphicsContext g, double w, double h) {
            SampleInspection s = motion.sample();
            if (s == null) {
                message(g, w, h, "No sample yet: run or pause training, then press Take a sample.");
                return;
            }
            int T = s.steps();
            double widest = 0; // long names (a DeepONet's "onet.branch.out") must not run off the left edge
            for (InspectedLayer l : s.layers()) widest = Math.max(widest, textWidth(l.name(), font));
            double left = Math.min(Math.max(90, widest + 16), w / 3), right = w - 12, top = 10;
            double rasterH = Math.max(60, (h - 40) * 0.5);
            double dx = (right - left) / T;
            // rasters: each layer a band, at most 24 rows, columns up to the revealed step
            int bands = s.layers().size();
            double bandH = rasterH / bands;
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            for (int b = 0; b < bands; b++) {
                InspectedLayer l = s.layers().get(b);
                double y0 = top + b * bandH;
                g.setFill(palette.bgSubtle);
                g.fillRect(left, y0 + 1, right - left, bandH - 2);
                g.setFill(palette.fgMuted);
                g.fillText(l.name(), left - 8, y0 + bandH / 2);
                float[] sp = motion.spikesSoFar(l.name());
                int rows = Math.min(24, l.neurons());
                double rh = (bandH - 2) / rows;
                double scale = l.valueScale(); // real values (direct current): shaded by size, as the live raster does
                g.setFill(palette.data(b));
                for (int t = 0; t <= motion.step(); t++) {
                    for (int r = 0; r < rows; r++) {
                        int n = (int) ((long) r * l.neurons() / rows);
                        float v = sp[t * l.neurons() + n];
                        if (scale > 0) {
                            if (v == 0 || !Float.isFinite(v)) continue;
                            g.setFill(palette.bgSubtle.interpolate(v > 0 ? palette.data(b) : palette.data(2),
                                    Math.min(1, Math.abs(v) / scale)));
                        } else if (v < 0.5f) {
                            continue;
                        }
                        g.fillRect(left + t * dx + 1, y0 + 1 + r * rh, Math.max(1, dx - 2), Math.max(1, rh - 1));
                    }
                }
            }
            // membranes of the followed layer
            InspectedLayer f = motion.followed();
            double mTop = top + rasterH + 24;
            double mH = h - mTop - 22;
            if (f == null) { // e.g. a DeepONet block, whose neurons sit inside it
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.setFill(palette.fgMuted);
                g.fillText("No spiking layer of its own here: no membranes to show.",
                        left, mTop);
                g.setTextBaseline(VPos.BASELINE);
                return;
            }
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.setFill(palette.fg);
            g.fillText("Membranes of " + f.name() + "'s first " + SlowMotion.TRACED
                    + " neurons (a dot: it spiked)", left, mTop - 2);
            g.setFill(palette.fgMuted);
            g.setTextBaseline(VPos.TOP);
            g.fillText("time step → " + (motion.step() + 1) + " of " + T, left, mTop + mH + 4);
            g.setStroke(palette.border);
            g.setLineWidth(1);
            g.strokeLine(left, mTop + mH, right, mTop + mH);
            float[][] m = motion.tracedMembranes();
            double theta = f.threshold();
            double lo = 0, hi = Double.isNaN(theta) ? 1 : 1.1 * theta;
            for (int t = 0; t < T; t++) for (int i = 0; i < Math.min(SlowMotion.TRACED, f.neurons()); i++) {
                hi = Math.max(hi, f.membrane(t, i));
                lo = Math.min(lo, f.membrane(t, i));
            }
            double range = hi - lo;
            // what the membranes are measured against: zero, the threshold a spike crosses, and the scale
            g.setFont(font);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.setFill(palette.fgMuted);
            java.util.List<Double> labelled = new java.util.ArrayList<>(); // the scale's ends give way to 0 and θ
            if (!Double.isNaN(theta)) {
                double yt = Math.round(mTop + mH - (theta - lo) / range * mH) + 0.5;
                g.setStroke(palette.fgMuted);
                g.setLineDashes(6, 4);
                g.strokeLine(left, yt, right, yt);
                g.setLineDashes(null);
                g.fillText("θ " + scaleText(theta), left - 8, yt);
                labelled.add(yt);
            }
            if (lo < 0) {
                double y0 = Math.round(mTop + mH - (0 - lo) / range * mH) + 0.5;
                g.setStroke(palette.border);
                g.strokeLine(left, y0, right, y0);
                g.fillText("0", left - 8, y0);
                labelled.add(y0);
            }
            for (double[] end : new double[][]{{hi, mTop}, {lo, mTop + mH}}) {
                if (labelled.stream().anyMatch(y -> Math.abs(y - end[1]) < 14)) continue;
                g.fillText(scaleText(end[0]), left - 8, end[1]);
            }
            g.setTextAlign(TextAlignment.LEFT);
            for (int i = 0; i < m.length; i++) {
                Color c = palette.data(i);
                g.setStroke(c);
                g.setLineWidth(2);
                g.beginPath();
                for (int t = 0; t < m[i].length; t++) {
                    double x = left + (t + 0.5) * dx;
                    double y = mTop + mH - (m[i][t] - lo) / range * mH;
                    if (t == 0) g.moveTo(x, y);
                    else g.lineTo(x, y);
                }
                g.stroke();
                g.setFill(c);
                for (int t = 0; t < m[i].length; t++) {
                    if (f.spike(t, i) < 0.5f) continue;
                    double x = left + (t + 0.5) * dx;
                    g.fillOval(x - 4, mTop + mH - (m[i][t] - lo) / range * mH - 4, 8, 8);
                }
            }
            g.setTextBaseline(VPos.BASELINE);
        }

        @Override
        public String exportName() {
            return "slow-motion";
        }

        @Override
        public void writeCsv(Writer out) throws IOException {
            float[][] m = motion.tracedMembranes();
            out.write("neuron,step,membrane\n");
            for (int i = 0; i < m.length; i++)
                for (int t = 0; t < m[i].length; t++) out.write(i + "," + t + "," + m[i][t] + "\n");
        }
    }
}
