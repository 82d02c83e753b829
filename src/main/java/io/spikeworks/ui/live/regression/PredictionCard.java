package io.spikeworks.ui.live.regression;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;
import io.spikeworks.ui.live.LiveSource;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;

import java.util.List;

/**
 * Predicted against reference, with a chooser of the test function shown (its index, or the worst one at the latest
 * evaluation); the chooser shows only when the test set has more than one function.
 */
public final class PredictionCard implements LiveCard {
    private final PredictionView view = new PredictionView();
    private final Label label = new Label("Test function");
    private final Spinner<Integer> chooser = new Spinner<>();
    private final SpinnerValueFactory.IntegerSpinnerValueFactory indices = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0, 0);
    private final Button worst = new Button("Worst");

    public PredictionCard(LiveCardContext context) {
        chooser.setId("testFunctionChoice");
        chooser.setValueFactory(indices);
        chooser.setEditable(true);
        chooser.setPrefWidth(80);
        chooser.getStyleClass().add("card-choice");
        chooser.setTooltip(new Tooltip("Which test function the view shows (a click on its bar does too)"));
        indices.valueProperty().addListener((obs, was, is) -> {
            if (is != null) view.setFunction(is);
        });
        worst.setId("testFunctionWorst");
        worst.setTooltip(new Tooltip("Show the test function with the largest relative L2 error at the latest evaluation"));
        worst.setFocusTraversable(false);
        worst.setOnAction(e -> {
            PredictionData d = view.data();
            if (d != null) indices.setValue(d.worstFunction());
        });
        view.onFunctionPicked(f -> indices.setValue(f));
        showChooser(false);
    }

    private void showChooser(boolean on) {
        for (Node n : List.of(label, chooser, worst)) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }

    @Override public String name() { return "predictions"; }
    @Override public PredictionView view() { return view; }
    /** A new evaluation comes once an epoch; the view redraws only when it did. */
    @Override public long drawIntervalNanos() { return DrawCadence.SERIES_NANOS; }
    @Override public List<Node> headerTools() { return List.of(label, chooser, worst); }

    @Override
    public void draw(LiveData data) {
        PredictionData d = data.predictions();
        if (d == null || d == view.data()) return;
        if (indices.getMax() != d.functions() - 1) {
            indices.setMax(d.functions() - 1);
            if (indices.getValue() > d.functions() - 1) indices.setValue(d.functions() - 1);
        }
        showChooser(d.functions() > 1);
        view.show(d);
    }

    @Override
    public void bound(LiveSource source) {
        indices.setValue(0);
        view.clear();
        showChooser(false);
    }

    /** The test-function chooser. */
    public Spinner<Integer> chooser() {
        return chooser;
    }
}
