package io.spikeworks.ui.live.learning;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.List;

/** Weights as heatmap and histogram, with a chooser of the tensor; copied out of the engine at the weights' cadence. */
public final class WeightsCard implements LiveCard {
    private final WeightView weights = new WeightView();
    private final ComboBox<String> tensorChoice = new ComboBox<>();

    public WeightsCard(LiveCardContext context) {
        tensorChoice.setId("weightTensorChoice");
        tensorChoice.getStyleClass().add("card-choice");
        tensorChoice.setTooltip(new Tooltip("Which tensor the weight view shows"));
        tensorChoice.setFocusTraversable(false);
        tensorChoice.valueProperty().addListener((obs, was, is) -> weights.setTensor(is));
    }

    @Override public String name() { return "weights"; }
    @Override public WeightView view() { return weights; }
    @Override public long drawIntervalNanos() { return DrawCadence.WEIGHTS_NANOS; }
    @Override public List<Node> headerTools() { return List.of(tensorChoice); }

    @Override
    public void draw(LiveData data) {
        WeightData w = data.pullWeights();
        weights.show(w);
        if (w == null) return;
        List<String> names = new ArrayList<>();
        for (WeightData.Tensor t : w.tensors()) names.add(t.name());
        if (!names.equals(tensorChoice.getItems())) {
            String keep = tensorChoice.getValue();
            tensorChoice.getItems().setAll(names);
            WeightData.Tensor shown = weights.tensor();
            tensorChoice.setValue(keep != null && names.contains(keep) ? keep : shown == null ? null : shown.name());
        }
    }
}
