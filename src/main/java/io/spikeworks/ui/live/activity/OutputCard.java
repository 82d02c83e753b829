package io.spikeworks.ui.live.activity;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;
import io.spikeworks.ui.live.LiveSource;
import io.spikeworks.ui.live.LiveViewSlot;
import io.spikeworks.ui.live.ViewExport;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;

import java.util.List;

/**
 * The output of the current sample and a confusion matrix, with a chooser of which matrix (an evaluation's or the
 * training samples') and its own CSV export in the header.
 */
public final class OutputCard implements LiveCard {
    private final OutputView output = new OutputView();
    private final ComboBox<String> confusionChooser = new ComboBox<>();
    private final ConfusionChoice confusionChoice = new ConfusionChoice();
    private final Button confusionCsv;
    /** Set while the chooser's items are replaced, so its listener does not take that as the user's pick. */
    private boolean fillingConfusionChooser;

    public OutputCard(LiveCardContext context) {
        confusionChooser.setId("confusionChoice");
        confusionChooser.getStyleClass().add("card-choice");
        confusionChooser.setTooltip(new Tooltip("Which confusion matrix the output view shows: the test set's at an "
                + "evaluation (the latest follows new ones) or the training samples shown so far"));
        confusionChooser.setFocusTraversable(false);
        confusionChooser.setVisible(false);
        confusionChooser.managedProperty().bind(confusionChooser.visibleProperty());
        confusionChooser.valueProperty().addListener((obs, was, is) -> {
            if (fillingConfusionChooser || is == null) return;
            confusionChoice.chooseLabel(is);
            output.showConfusion(confusionChoice.shown());
        });
        confusionCsv = ViewExport.csvButton(LiveViewSlot.OUTPUT.id() + "ExportConfusionCsv",
                "Save the confusion matrix shown as CSV", output::confusionExportName, output::exportConfusionCsv,
                context.statusLine());
    }

    @Override public String name() { return "output"; }
    @Override public OutputView view() { return output; }
    @Override public long drawIntervalNanos() { return DrawCadence.EVERY_FRAME; }
    /** The chooser, and beside it the CSV export of the matrix it shows. */
    @Override public List<Node> headerTools() { return List.of(confusionChooser, confusionCsv); }

    @Override
    public void draw(LiveData data) {
        output.show(data.activity());
        ConfusionData confusion = data.confusion();
        if (confusion == null || confusion == confusionChoice.data()) return;
        if (confusionChoice.update(confusion)) updateConfusionChooser();
        output.showConfusion(confusionChoice.shown());
    }

    @Override
    public void bound(LiveSource source) {
        confusionChoice.update(ConfusionData.EMPTY);
        updateConfusionChooser();
    }

    /** The chooser of the confusion matrix shown. */
    public ComboBox<String> confusionChooser() {
        return confusionChooser;
    }

    private void updateConfusionChooser() {
        fillingConfusionChooser = true;
        try {
            List<String> labels = confusionChoice.labels();
            confusionChooser.getItems().setAll(labels);
            ConfusionEntry shown = confusionChoice.shown();
            confusionChooser.setValue(shown == null ? null : shown.label());
            confusionChooser.setVisible(!labels.isEmpty());
        } finally {
            fillingConfusionChooser = false;
        }
    }
}
