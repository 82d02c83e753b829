package io.spikeworks.ui.lesson;

import io.spikeworks.ui.live.CanvasView;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The first lesson's view: one LIF neuron, a slider for its input current, and its membrane against the threshold
 * with each spike marked (a dot and a tick, not colour alone). Tab id {@code lifNeuron}; slider {@code #lifCurrent}.
 */
public final class LifNeuronView extends BorderPane {
    public static final String ID = "lifNeuron";
    static final int STEPS = 60;

    private final LifDemoNeuron neuron;
    private final Slider current = new Slider(0, 0.5, 0.15);
    private final Label readout = new Label();
    private final Plot plot = new Plot();

    public LifNeuronView(LifDemoNeuron neuron) {
        this.neuron = neuron;
        getStyleClass().add("lif-neuron-view");
        current.setId("lifCurrent");
        current.setShowTickMarks(true);
        current.setMajorTickUnit(0.1);
        current.setBlockIncrement(0.01);
        HBox.setHgrow(current, Priority.ALWAYS);
        current.setMaxWidth(Double.MAX_VALUE);
        Label name = new Label("Input current I");
        name.getStyleClass().add("lif-label");
        name.setMinWidth(Region.USE_PREF_SIZE);
        readout.setId("lifReadout");
        readout.getStyleClass().add("lif-readout");
        readout.setWrapText(true);
        HBox slider = new HBox(10, name, current);
        slider.setAlignment(Pos.CENTER_LEFT);
        VBox controls = new VBox(4, slider, readout);
        controls.getStyleClass().add("lif-controls");
        setTop(controls);
        setCenter(plot);
        current.valueProperty().addListener((o, a, b) -> update());
        update();
    }

    public Slider currentSlider() {
        return current;
    }

    /** The trace on screen. */
    public LifDemoNeuron.Trace trace() {
        return neuron.run(current.getValue(), STEPS);
    }

    private void update() {
        LifDemoNeuron.Trace t = trace();
        readout.setText(String.format(Locale.ROOT, "I = %.2f   ·   %d spikes in %d steps   ·   fires only above I = %.2f",
                current.getValue(), t.spikeCount(), STEPS, neuron.rheobase()));
        plot.invalidate();
    }

    private final class Plot extends CanvasView {
        Plot() {
            super("lif-plot");
        }

        @Override
        protected void draw(GraphicsContext g, double w, double h) {
            LifDemoNeuron.Trace t = trace();
            double left = 44, right = w - 12, top = 14, bottom = h - 26;
            double vmax = neuron.threshold() * 1.6;
            double dx = (right - left) / (STEPS - 1);
            java.util.function.DoubleUnaryOperator y = v -> bottom - Math.max(0, Math.min(vmax, v)) / vmax * (bottom - top);
            g.setStroke(palette.border);
            g.setLineWidth(1);
            g.strokeLine(left, bottom, right, bottom);
            g.strokeLine(left, top, left, bottom);
            g.setFill(palette.fgMuted);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("θ", left - 6, y.applyAsDouble(neuron.threshold()));
            g.fillText("0", left - 6, bottom);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText("time step →", (left + right) / 2, bottom + 6);
            g.setTextAlign(TextAlignment.LEFT);
            g.setStroke(palette.danger);
            g.setLineDashes(6, 4);
            double ty = y.applyAsDouble(neuron.threshold());
            g.strokeLine(left, ty, right, ty);
            g.setLineDashes(null);
            g.setStroke(palette.data(0));
            g.setLineWidth(2);
            g.beginPath();
            for (int i = 0; i < STEPS; i++) {
                double x = left + i * dx;
                double v = y.applyAsDouble(t.membrane()[i]);
                if (i == 0) g.moveTo(x, v);
                else g.lineTo(x, v);
            }
            g.stroke();
            g.setFill(palette.fg);
            g.setStroke(palette.fg);
            g.setLineWidth(2);
            for (int i = 0; i < STEPS; i++) {
                if (!t.spikes()[i]) continue;
                double x = left + i * dx;
                g.fillOval(x - 4, y.applyAsDouble(t.membrane()[i]) - 4, 8, 8);
                g.strokeLine(x, top - 10, x, top - 2);
            }
            g.setTextBaseline(VPos.BASELINE);
        }

        @Override
        public String exportName() {
            return "lif-neuron";
        }

        @Override
        public void writeCsv(Writer out) throws IOException {
            LifDemoNeuron.Trace t = trace();
            out.write("step,membrane,spike\n");
            for (int i = 0; i < STEPS; i++) {
                out.write(i + "," + t.membrane()[i] + "," + (t.spikes()[i] ? 1 : 0) + "\n");
            }
        }
    }
}
