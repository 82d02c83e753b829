package io.spikeworks.ui.nir;

import io.spikeworks.nir.NirExport;
import io.spikeworks.nir.NirLoss;
import io.spikeworks.ui.theme.Theme;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Lists everything a NIR export cannot keep, each with its effect, before writing. When something changes the
 * network's spikes the write button says so ("Export Marked Lossy"); otherwise it is a plain Export.
 */
public final class NirExportDialog extends Dialog<ButtonType> {
    public static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType EXPORT_LOSSY = new ButtonType("Export Marked Lossy", ButtonBar.ButtonData.OK_DONE);

    public NirExportDialog(Window owner, NirExport.Result result, String target, String weightsFrom) {
        if (owner != null) initOwner(owner);
        setTitle("Export NIR");
        getDialogPane().setId("nirExportDialog");
        long changing = result.losses().stream().filter(NirLoss::changesSpikes).count();
        setHeaderText(changing == 0
                ? "Export to " + target + ": the graph gives the network's own spikes."
                : "NIR cannot hold all of this network: " + changing + " loss" + (changing > 1 ? "es change" : " changes")
                        + " its spikes. Exported anyway, the file is marked lossy.");
        ListView<String> list = new ListView<>();
        list.setId("nirLossList");
        for (NirLoss l : result.losses()) list.getItems().add((l.changesSpikes() ? "LOSSY  " : "note  ") + l);
        list.setPrefSize(720, 220);
        WrappingCells.apply(list);
        // the focus starts on the list to read, not on the button that writes
        setOnShown(e -> list.requestFocus());
        Label weights = new Label("Weights: " + weightsFrom);
        weights.setId("nirExportWeights");
        weights.setWrapText(true);
        getDialogPane().setContent(new VBox(8, list, weights));
        getDialogPane().getButtonTypes().setAll(changing == 0 ? EXPORT : EXPORT_LOSSY, ButtonType.CANCEL);
        Theme.apply(getDialogPane());
    }
}
