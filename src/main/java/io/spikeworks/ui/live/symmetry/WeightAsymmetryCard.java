package io.spikeworks.ui.live.symmetry;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

import java.util.ArrayList;
import java.util.List;

/** The W − Bᵀ map, with a chooser of the feedback layer when there is more than one; copied at the weights' cadence. */
public final class WeightAsymmetryCard implements LiveCard {
    private final WeightAsymmetryView asymmetryMap = new WeightAsymmetryView();
    private final ComboBox<String> layerChoice = new ComboBox<>();

    public WeightAsymmetryCard(LiveCardContext context) {
        layerChoice.setId("asymmetryLayerChoice");
        layerChoice.getStyleClass().add("card-choice");
        layerChoice.setTooltip(new Tooltip("Which feedback layer the map shows"));
        layerChoice.setFocusTraversable(false);
        layerChoice.valueProperty().addListener((obs, was, is) -> asymmetryMap.setLayer(is));
    }

    @Override public String name() { return "asymmetry map"; }
    @Override public WeightAsymmetryView view() { return asymmetryMap; }
    @Override public long drawIntervalNanos() { return DrawCadence.WEIGHTS_NANOS; }
    @Override public List<Node> headerTools() { return List.of(layerChoice); }

    @Override
    public void draw(LiveData data) {
        DivergenceMapData d = data.pullDivergence();
        asymmetryMap.show(d);
        if (d == null) return;
        List<String> names = new ArrayList<>();
        for (DivergenceMapData.Layer l : d.layers()) names.add(l.name());
        if (!names.equals(layerChoice.getItems())) {
            String keep = layerChoice.getValue();
            layerChoice.getItems().setAll(names);
            DivergenceMapData.Layer shown = asymmetryMap.layer();
            layerChoice.setValue(keep != null && names.contains(keep) ? keep : shown == null ? null : shown.name());
        }
        layerChoice.setVisible(names.size() > 1);
        layerChoice.setManaged(names.size() > 1);
    }
}
