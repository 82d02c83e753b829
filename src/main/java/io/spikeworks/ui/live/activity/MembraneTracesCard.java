package io.spikeworks.ui.live.activity;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;
import io.spikeworks.ui.live.LiveSource;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Membrane traces of the picked neurons, with "Input current" and "Clear" in the header. Neurons are picked on the
 * raster (registered before this card); the picks are marked there and traced by the source from its next capture.
 */
public final class MembraneTracesCard implements LiveCard {
    private final MembraneTraceView membranes = new MembraneTraceView();
    private final ToggleButton inputCurrent = new ToggleButton("Input current");
    private final Button clear = new Button("Clear");
    private final LiveCardContext context;
    private final SpikeRasterView raster;

    public MembraneTracesCard(LiveCardContext context) {
        this.context = context;
        this.raster = context.card(SpikeRasterCard.class).map(SpikeRasterCard::view).orElse(null);
        if (raster != null) raster.setOnNeuronPicked(membranes::addNeuron);
        membranes.setOnChosenChanged(this::traceChosen);
        clear.setId("membraneTracesClear");
        clear.getStyleClass().add("card-tool");
        clear.setTooltip(new Tooltip("Forget the picked neurons and show the first traced ones"));
        clear.setOnAction(e -> membranes.clearNeurons());
        inputCurrent.setId("membraneTracesCurrent");
        inputCurrent.getStyleClass().add("card-tool");
        inputCurrent.setTooltip(new Tooltip("Also record and draw each traced neuron's synaptic input current "
                + "(dotted, on its own scale at the right); recorded from the next batch on"));
        inputCurrent.setFocusTraversable(false);
        inputCurrent.selectedProperty().addListener((obs, was, on) -> {
            membranes.setShowCurrent(on);
            LiveSource src = context.source();
            if (src != null) src.traceInputCurrent(on);
        });
    }

    @Override public String name() { return "traces"; }
    @Override public MembraneTraceView view() { return membranes; }
    @Override public long drawIntervalNanos() { return DrawCadence.EVERY_FRAME; }
    @Override public List<Node> headerTools() { return List.of(inputCurrent, clear); }

    @Override
    public void draw(LiveData data) {
        membranes.show(data.activity());
    }

    @Override
    public void bound(LiveSource source) {
        source.traceInputCurrent(inputCurrent.isSelected());
        membranes.clearNeurons();
    }

    /** The header's "Input current" toggle. */
    public ToggleButton inputCurrentToggle() {
        return inputCurrent;
    }

    private void traceChosen(List<NeuronRef> chosen) {
        if (raster != null) raster.setSelected(new LinkedHashSet<>(chosen));
        LiveSource s = context.source();
        if (s == null) return;
        Set<String> layers = new LinkedHashSet<>();
        for (NeuronRef r : chosen) layers.add(r.layer());
        for (String layer : layers) {
            int[] ns = chosen.stream().filter(r -> r.layer().equals(layer)).mapToInt(NeuronRef::neuron).toArray();
            try {
                s.traceNeurons(layer, ns);
            } catch (IllegalArgumentException e) {
                context.status("Cannot trace " + layer + ": " + e.getMessage());
            }
        }
    }
}
