package io.spikeworks.ui.live.regression;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;
import io.spikeworks.ui.live.LiveSource;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gradient-estimate quality, with a button that loads a table of estimators × K from CSV (a bench's output) to show
 * beside the run's per-batch cosines; a file that does not parse is reported on the status line, line and all.
 */
public final class GradientQualityCard implements LiveCard {
    private final GradientQualityView view = new GradientQualityView();
    private final Button load = new Button("Load table…");
    private final LiveCardContext context;

    public GradientQualityCard(LiveCardContext context) {
        this.context = context;
        load.setId("gradientQualityLoad");
        load.setFocusTraversable(false);
        load.setTooltip(new Tooltip("Show a table of estimators against K from a CSV file: " + io.spikeworks.learn.gradient.GradientCosineCsv.HEADER));
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Gradient-quality table");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            java.io.File f = chooser.showOpenDialog(load.getScene() == null ? null : load.getScene().getWindow());
            if (f != null) load(f.toPath());
        });
    }

    /** Loads and shows a table; true when it did, else the status line says what is wrong where. */
    public boolean load(Path file) {
        try {
            List<io.spikeworks.learn.gradient.GradientCosineRow> rows = io.spikeworks.learn.gradient.GradientCosineCsv.parse(
                    Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
            view.showTable(rows);
            context.status("Gradient-quality table: " + rows.size() + " rows from " + file.getFileName());
            return true;
        } catch (IOException e) {
            context.status("Cannot read " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            context.status(e.getMessage());
        }
        return false;
    }

    @Override public String name() { return "gradient quality"; }
    @Override public GradientQualityView view() { return view; }
    @Override public long drawIntervalNanos() { return DrawCadence.SERIES_NANOS; }
    @Override public List<Node> headerTools() { return List.of(load); }

    @Override
    public void draw(LiveData data) {
        view.show(data.gradientQuality());
    }

    @Override
    public void bound(LiveSource source) {
        view.clear();
    }
}
