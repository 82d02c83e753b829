package io.spikeworks.ui.live;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.Objects;

/**
 * A place for a live view in the centre area: its card's id, title, icon and description, the tab it sits in by
 * default and the least height it stays readable at. The standard views' slots are the constants here; a new view
 * declares its own in its {@link LiveViewRegistration}. Until a view is plugged in with
 * {@link LiveViewsArea#setView(LiveViewSlot, javafx.scene.Node)} its card shows a placeholder saying what will live
 * there.
 */
public final class LiveViewSlot {
    /** The least height of most cards with their header. */
    public static final double DEFAULT_MIN_HEIGHT = 150;

    public static final LiveViewSlot SPIKE_RASTER = new LiveViewSlot(LiveViewGroup.ACTIVITY, "spikeRaster", "Spike raster",
            MaterialDesignC.CHART_SCATTER_PLOT,
            "Spikes of every neuron over simulation time, one row per neuron, streamed while the simulator runs.",
            DEFAULT_MIN_HEIGHT);
    public static final LiveViewSlot MEMBRANE_TRACES = new LiveViewSlot(LiveViewGroup.ACTIVITY, "membraneTraces",
            "Membrane traces", MaterialDesignW.WAVEFORM,
            "Membrane potential of the neurons you pick, drawn against their firing threshold.", DEFAULT_MIN_HEIGHT);
    /** Room for ten class rows. */
    public static final LiveViewSlot OUTPUT = new LiveViewSlot(LiveViewGroup.ACTIVITY, "output", "Output",
            MaterialDesignT.TARGET,
            "The current sample, the output spike counts per class, predicted against true, and a confusion matrix.", 230);
    /** Room for three plots. */
    public static final LiveViewSlot LEARNING_CURVES = new LiveViewSlot(LiveViewGroup.LEARNING, "learningCurves",
            "Learning curves", MaterialDesignC.CHART_LINE, "Loss and accuracy per epoch, on training and held-out data.", 200);
    public static final LiveViewSlot WEIGHTS = new LiveViewSlot(LiveViewGroup.LEARNING, "weights", "Weights",
            MaterialDesignG.GRID_LARGE, "Heatmap and histogram of a layer's weights, refreshed while training runs.",
            DEFAULT_MIN_HEIGHT);
    public static final LiveViewSlot WEIGHT_ASYMMETRY = new LiveViewSlot(LiveViewGroup.LEARNING, "weightAsymmetry",
            "Weight asymmetry", MaterialDesignG.GRID,
            "Heatmap of W − Bᵀ per layer: how far the feedback weights drift from the forward weights, and where a transport resets them.",
            DEFAULT_MIN_HEIGHT);
    public static final LiveViewSlot ASYMMETRY_CURVES = new LiveViewSlot(LiveViewGroup.LEARNING, "asymmetryCurves",
            "Asymmetry and alignment", MaterialDesignA.ANGLE_ACUTE,
            "Angle and relative distance between W and Bᵀ per layer, and the angle between the rule's gradient and BP's.",
            DEFAULT_MIN_HEIGHT);
    public static final LiveViewSlot COST_METERS = new LiveViewSlot(LiveViewGroup.CHIP_COST, "costMeters", "Cost meters",
            MaterialDesignG.GAUGE,
            "Running totals of the operations, memory traffic and energy that training costs on the chip.",
            190); // two rows of tiles when the card is under 900 pixels wide
    public static final LiveViewSlot TRANSPORT_COST = new LiveViewSlot(LiveViewGroup.CHIP_COST, "transportCost",
            "Transport cost", MaterialDesignT.TRANSIT_CONNECTION_VARIANT,
            "Weights, bits and energy copied from the forward to the feedback network, against exact BP and other runs.",
            DEFAULT_MIN_HEIGHT);

    public static final LiveViewSlot TRUNCATION_COST = new LiveViewSlot(LiveViewGroup.CHIP_COST, "truncationCost",
            "Truncation savings", MaterialDesignM.MEMORY,
            "TTL-BPTT's memory for the backward pass, MACs and memory accesses against end-to-end BPTT, and the memory"
                    + " held over the steps of a sample, which drops at every truncation window's end.",
            DEFAULT_MIN_HEIGHT);

    /** Room for twelve readable phase rows. */
    public static final LiveViewSlot GATED_CIRCUIT = new LiveViewSlot(LiveViewGroup.ACTIVITY, "gatedCircuit",
            "Gated circuit", MaterialDesignS.SITEMAP_OUTLINE,
            "One recent training sample run through the neuron-level nBP circuit: every population's spikes through the"
                    + " twelve gated phases, a few membranes, and the mirrored ±W2ᵀ and derivative copies checked.",
            330);

    /** Room for a curve over an error strip, or three heatmaps with their labels. */
    public static final LiveViewSlot PREDICTIONS = new LiveViewSlot(LiveViewGroup.ACTIVITY, "predictions",
            "Predicted vs reference", MaterialDesignC.CHART_BELL_CURVE,
            "A test function's prediction against its reference at the latest evaluation (curves on a 1-D grid, heatmaps"
                    + " on a 2-D or space-time grid), the error per point, and every test function's relative L2 error.",
            300);
    public static final LiveViewSlot GRADIENT_QUALITY = new LiveViewSlot(LiveViewGroup.LEARNING, "gradientQuality",
            "Gradient-estimate quality", MaterialDesignA.ANGLE_ACUTE,
            "The cosine between the rule's estimated gradient and BPTT's on the same batch, over training, and against"
                    + " the number of directions K per estimator when a table of them is given.",
            DEFAULT_MIN_HEIGHT);

    private final LiveViewGroup group;
    private final String id;
    private final String title;
    private final Ikon icon;
    private final String description;
    private final double minHeight;

    public LiveViewSlot(LiveViewGroup group, String id, String title, Ikon icon, String description, double minHeight) {
        this.group = Objects.requireNonNull(group, "group");
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9]*"))
            throw new IllegalArgumentException("a live view's id is letters and digits (it names its card's CSS id), got " + id);
        this.id = id;
        this.title = Objects.requireNonNull(title, "title");
        this.icon = Objects.requireNonNull(icon, "icon");
        this.description = Objects.requireNonNull(description, "description");
        if (!(minHeight > 0)) throw new IllegalArgumentException(id + ": least height must be positive, got " + minHeight);
        this.minHeight = minHeight;
    }

    /** The tab this view lives in unless the user moved it. */
    public LiveViewGroup group() { return group; }
    /** Card id stem: the card is {@code #<id>Card}, the view in it gets {@code #<id>View} unless it has an id. */
    public String id() { return id; }
    public String title() { return title; }
    public Ikon icon() { return icon; }
    public String description() { return description; }
    /** The card's least height with its header; a tab whose cards do not fit scrolls. */
    public double minHeight() { return minHeight; }

    @Override
    public String toString() {
        return id;
    }
}
