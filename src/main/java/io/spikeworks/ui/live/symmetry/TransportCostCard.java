package io.spikeworks.ui.live.symmetry;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Transport cost against exact BP, with "Compare runs…" (finished runs overlaid) and what to count in the header. */
public final class TransportCostCard implements LiveCard {
    private final TransportCostView transport = new TransportCostView();
    private final ComboBox<TransportQuantity> quantityChoice = new ComboBox<>();
    private final Button compareRuns = new Button("Compare runs…");
    private final LiveCardContext context;
    private Path runsDirectory = ComparedRun.defaultRunsDirectory();

    public TransportCostCard(LiveCardContext context) {
        this.context = context;
        quantityChoice.setId("transportQuantityChoice");
        quantityChoice.getStyleClass().add("card-choice");
        quantityChoice.getItems().setAll(TransportQuantity.values());
        quantityChoice.setValue(transport.quantity());
        quantityChoice.setTooltip(new Tooltip("What the transport chart counts"));
        quantityChoice.setFocusTraversable(false);
        quantityChoice.valueProperty().addListener((obs, was, is) -> transport.setQuantity(is));
        compareRuns.setId("transportCompareRuns");
        compareRuns.getStyleClass().add("card-tool");
        compareRuns.setTooltip(new Tooltip("Overlay finished runs (their metrics.csv) to compare algorithms"));
        compareRuns.setFocusTraversable(false);
        compareRuns.setOnAction(e -> CompareRunsDialog.choose(compareRuns.getScene() == null ? null
                        : compareRuns.getScene().getWindow(), runsDirectory,
                transport.comparedRuns().stream().map(ComparedRun::folder).toList()).ifPresent(this::compareWith));
    }

    @Override public String name() { return "transport"; }
    @Override public TransportCostView view() { return transport; }
    @Override public long drawIntervalNanos() { return DrawCadence.SERIES_NANOS; }
    @Override public List<Node> headerTools() { return List.of(compareRuns, quantityChoice); }

    @Override
    public void draw(LiveData data) {
        transport.show(data.transportCost());
    }

    /** Where "Compare runs…" looks for finished runs (default {@code ~/.spikeworks/runs}). */
    public void setRunsDirectory(Path dir) {
        runsDirectory = Objects.requireNonNull(dir, "dir");
    }

    /**
     * Overlays these finished runs on the transport chart (none: clears it). A folder that cannot be read is left
     * out and named on the status line with the reason. Returns the runs shown.
     */
    public List<ComparedRun> compareWith(List<Path> folders) {
        List<ComparedRun> runs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : folders) {
            try {
                runs.add(ComparedRun.read(f));
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        transport.setComparedRuns(runs);
        if (!problems.isEmpty()) context.status("Cannot compare: " + String.join("; ", problems));
        else if (!runs.isEmpty()) context.status("Comparing with " + runs.size() + (runs.size() == 1 ? " run" : " runs"));
        return runs;
    }
}
