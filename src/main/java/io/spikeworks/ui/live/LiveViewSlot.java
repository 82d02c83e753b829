package io.spikeworks.ui.live;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The live views the centre area reserves a place for, in order; each sits in a card of its {@link LiveViewGroup}'s
 * tab. Until a view is plugged in with {@link LiveViewsArea#setView(LiveViewSlot, javafx.scene.Node)} its card
 * shows a placeholder saying what will live there.
 */
public enum LiveViewSlot {
    SPIKE_RASTER(LiveViewGroup.ACTIVITY, "spikeRaster", "Spike raster", MaterialDesignC.CHART_SCATTER_PLOT,
            "Spikes of every neuron over simulation time, one row per neuron, streamed while the simulator runs."),
    MEMBRANE_TRACES(LiveViewGroup.ACTIVITY, "membraneTraces", "Membrane traces", MaterialDesignW.WAVEFORM,
            "Membrane potential of the neurons you pick, drawn against their firing threshold."),
    OUTPUT(LiveViewGroup.ACTIVITY, "output", "Output", MaterialDesignT.TARGET,
            "The current sample, the output spike counts per class, predicted against true, and a confusion matrix."),
    LEARNING_CURVES(LiveViewGroup.LEARNING, "learningCurves", "Learning curves", MaterialDesignC.CHART_LINE,
            "Loss and accuracy per epoch, on training and held-out data."),
    WEIGHTS(LiveViewGroup.LEARNING, "weights", "Weights", MaterialDesignG.GRID_LARGE,
            "Heatmap and histogram of a layer's weights, refreshed while training runs."),
    WEIGHT_ASYMMETRY(LiveViewGroup.LEARNING, "weightAsymmetry", "Weight asymmetry", MaterialDesignG.GRID,
            "Heatmap of W − Bᵀ per layer: how far the feedback weights drift from the forward weights, and where a transport resets them."),
    ASYMMETRY_CURVES(LiveViewGroup.LEARNING, "asymmetryCurves", "Asymmetry and alignment", MaterialDesignA.ANGLE_ACUTE,
            "Angle and relative distance between W and Bᵀ per layer, and the angle between the rule's gradient and BP's."),
    COST_METERS(LiveViewGroup.CHIP_COST, "costMeters", "Cost meters", MaterialDesignG.GAUGE,
            "Running totals of the operations, memory traffic and energy that training costs on the chip."),
    TRANSPORT_COST(LiveViewGroup.CHIP_COST, "transportCost", "Transport cost", MaterialDesignT.TRANSIT_CONNECTION_VARIANT,
            "Weights, bits and energy copied from the forward to the feedback network, against exact BP and other runs.");

    private final LiveViewGroup group;
    private final String id;
    private final String title;
    private final Ikon icon;
    private final String description;

    LiveViewSlot(LiveViewGroup group, String id, String title, Ikon icon, String description) {
        this.group = group;
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.description = description;
    }

    /** The tab this view lives in. */
    public LiveViewGroup group() { return group; }
    /** Card id stem: the card is {@code #<id>Card}, the view in it gets {@code #<id>View} unless it has an id. */
    public String id() { return id; }
    public String title() { return title; }
    public Ikon icon() { return icon; }
    public String description() { return description; }
}
