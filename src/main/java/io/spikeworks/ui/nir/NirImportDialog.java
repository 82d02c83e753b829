package io.spikeworks.ui.nir;

import io.spikeworks.nir.NirArray;
import io.spikeworks.nir.NirFormatException;
import io.spikeworks.nir.NirGraph;
import io.spikeworks.nir.NirImport;
import io.spikeworks.nir.NirModel;
import io.spikeworks.nir.NirNode;
import io.spikeworks.ui.theme.Theme;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shows a NIR file's graph and what importing it would make of it — each layer with the β (and α) derived from τ
 * and dt, thresholds, folded gains, the data set chosen — before anything is replaced. NIR files carry no dt, so it
 * can be chosen here (the file's metadata value, snnTorch's 1e-4 s or Norse's 1e-3 s, or typed); the preview follows.
 * Replace stays disabled while the file cannot be mapped, and the reason is shown.
 */
public final class NirImportDialog extends Dialog<ButtonType> {
    public static final ButtonType REPLACE = new ButtonType("Replace Project", ButtonBar.ButtonData.OK_DONE);

    private final NirGraph graph;
    private final String source;
    private final TextField dtField = new TextField();
    private final Label dtSource = new Label();
    private final ListView<String> derived = new ListView<>();
    private final Label error = new Label();
    private NirModel model;

    public NirImportDialog(Window owner, NirGraph graph, String source) {
        this.graph = graph;
        this.source = source;
        if (owner != null) initOwner(owner);
        setTitle("Import NIR");
        setHeaderText("Import " + source + "? It replaces the open project (Undo brings it back).");
        setResizable(true);
        getDialogPane().setId("nirImportDialog");
        getDialogPane().getButtonTypes().setAll(REPLACE, ButtonType.CANCEL);

        ListView<String> nodes = new ListView<>();
        nodes.setId("nirNodeList");
        nodes.getItems().setAll(nodeLines(graph));
        nodes.setPrefHeight(160);
        derived.setId("nirDerivedList");
        WrappingCells.apply(nodes);
        WrappingCells.apply(derived);
        derived.setPrefHeight(220);
        dtField.setId("nirDtField");
        dtField.setPrefColumnCount(10);
        dtSource.setId("nirDtSource");
        error.setId("nirImportError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        String fileDt = graph.metadata().get("dt");
        dtField.setText(fileDt != null ? fileDt.trim() : Double.toString(NirImport.DEFAULT_DT));
        Button snn = preset("1e-4 s (snnTorch)", "0.0001", "nirDtSnnTorch");
        Button norse = preset("1e-3 s (Norse)", "0.001", "nirDtNorse");
        dtField.textProperty().addListener((o, a, b) -> remap());
        HBox dtRow = new HBox(8, new Label("Time step dt (s):"), dtField, snn, norse);
        dtRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(8, new Label("Graph (" + graph.nodes().size() + " nodes, in the order data flows):"), nodes,
                dtRow, dtSource, new Label("What the import makes of it:"), derived, error);
        VBox.setVgrow(derived, Priority.ALWAYS);
        box.setPadding(new Insets(4));
        box.setPrefWidth(760);
        getDialogPane().setContent(box);
        Theme.apply(getDialogPane());
        // the focus starts in dt, the one thing to choose, not on Replace
        setOnShown(e -> dtField.requestFocus());
        remap();
    }

    private Button preset(String text, String value, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> dtField.setText(value));
        return b;
    }

    /** The nodes in data-flow order when the edges allow, each with its fields' shapes. */
    private static List<String> nodeLines(NirGraph g) {
        List<NirNode> order;
        try {
            order = g.chain();
        } catch (NirFormatException e) {
            order = new ArrayList<>(g.nodes().values());
        }
        List<String> lines = new ArrayList<>();
        for (NirNode n : order) {
            StringBuilder sb = new StringBuilder(n.name()).append("  ").append(n.type());
            for (Map.Entry<String, NirArray> f : n.fields().entrySet()) {
                NirArray a = f.getValue();
                sb.append("  ").append(f.getKey());
                // settings (shapes, strides, dims) by value; parameter arrays by shape
                if (a.type() == NirArray.ElementType.INT64 && a.size() <= 4) {
                    sb.append('=').append(a.isScalar() ? Long.toString((long) a.get(0))
                            : java.util.Arrays.toString(a.toLongs().orElseThrow()));
                } else {
                    sb.append(' ').append(a.isScalar() ? String.valueOf(a.get(0)) : a.shapeText());
                }
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    private void remap() {
        model = null;
        Double dt = parseDt();
        List<String> lines = new ArrayList<>();
        if (dt == null) {
            error.setText("dt must be a positive number of seconds, e.g. 0.0001");
        } else {
            boolean fromFile = graph.metadata().containsKey("dt") && dtField.getText().trim().equals(graph.metadata().get("dt").trim());
            dtSource.setText(fromFile ? "dt from the file's metadata"
                    : graph.metadata().containsKey("dt") ? "dt chosen here (the file says " + graph.metadata().get("dt").trim() + ")"
                    : "The file has no dt: snnTorch exports assume 1e-4 s, Norse 1e-3 s. β = 1 − dt/τ follows it.");
            try {
                model = NirImport.map(graph, dt, source);
                lines.addAll(model.derived());
                model.warnings().forEach(w -> lines.add("note: " + w));
                model.projectProblems().forEach(p -> lines.add("problem: " + p));
                lines.add("note: the project keeps the trained weights and per-neuron values of " + source
                        + " (training starts from them; Save writes them next to the project)");
                error.setText("");
            } catch (NirFormatException e) {
                error.setText(e.getMessage());
            }
        }
        derived.getItems().setAll(lines);
        getDialogPane().lookupButton(REPLACE).setDisable(model == null);
    }

    private Double parseDt() {
        try {
            double v = Double.parseDouble(dtField.getText().trim());
            return v > 0 && v < Double.POSITIVE_INFINITY ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The mapping for the dt shown, or null while the file cannot be mapped. */
    public NirModel model() {
        return model;
    }
}
