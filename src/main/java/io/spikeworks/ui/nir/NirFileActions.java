package io.spikeworks.ui.nir;

import io.spikeworks.learn.NetworkFactory;
import io.spikeworks.learn.state.NetworkValues;
import io.spikeworks.learn.state.NetworkValuesFiles;
import io.spikeworks.learn.state.ProjectWeights;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;
import io.spikeworks.model.ProjectValidator;
import io.spikeworks.model.ShapeInference;
import io.spikeworks.model.file.ValidationError;
import io.spikeworks.nir.NirExport;
import io.spikeworks.nir.NirFormatException;
import io.spikeworks.nir.NirGraph;
import io.spikeworks.nir.NirImport;
import io.spikeworks.nir.NirModel;
import io.spikeworks.nir.NirReader;
import io.spikeworks.nir.NirWriter;
import io.spikeworks.session.TrainingSession;
import io.spikeworks.sim.Network;
import io.spikeworks.sim.Param;
import io.spikeworks.sim.neuron.SpikeFunction;
import io.spikeworks.sim.neuron.Surrogate;
import io.spikeworks.ui.builder.ModelBuilder;
import io.spikeworks.ui.frame.FxBridge;
import io.spikeworks.ui.shell.MainWindow;
import io.spikeworks.ui.theme.Theme;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File ▸ Import NIR… and File ▸ Export NIR…. An import reads the file, shows {@link NirImportDialog} and, when
 * confirmed, replaces the project as one undoable edit; a file that cannot be read leaves the project as it was. An
 * export builds the project's network (the open run's weights when it trains this network, else the initial weights
 * from its weights file or its seed), shows
 * {@link NirExportDialog} and writes the file atomically.
 */
public final class NirFileActions {
    private final ModelBuilder builder;
    private final Supplier<Window> owner;
    private final Consumer<String> status;
    private Alert lastError;
    private Supplier<TrainingSession> session = () -> null;

    public NirFileActions(ModelBuilder builder, Supplier<Window> owner, Consumer<String> status) {
        this.builder = builder;
        this.owner = owner;
        this.status = status;
    }

    /**
     * Where trained weights come from: when this session trains the open project's network, Export NIR writes its
     * current weights (taken between batches) instead of the initial ones.
     */
    public void setSession(Supplier<TrainingSession> session) {
        this.session = session;
    }

    /** Adds the two items to the window's File menu, after Save As. */
    public void install(MainWindow window) {
        Menu file = window.menuBar().getMenus().get(0);
        MenuItem importItem = new MenuItem("_Import NIR…");
        importItem.setId("importNirMenuItem");
        importItem.setOnAction(e -> {
            Path p = choose(false);
            if (p != null) importFile(p);
        });
        MenuItem exportItem = new MenuItem("E_xport NIR…");
        exportItem.setId("exportNirMenuItem");
        exportItem.setOnAction(e -> {
            Path p = choose(true);
            if (p != null) exportTo(p);
        });
        int at = file.getItems().size();
        for (int i = 0; i < file.getItems().size(); i++) {
            if ("saveAsMenuItem".equals(file.getItems().get(i).getId())) at = i + 1;
        }
        file.getItems().addAll(at, List.of(new SeparatorMenuItem(), importItem, exportItem));
    }

    private Path choose(boolean save) {
        FileChooser fc = new FileChooser();
        fc.setTitle(save ? "Export NIR" : "Import NIR");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("NIR graphs (*.nir)", "*.nir"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (save) fc.setInitialFileName(ModelBuilder.fileNameFor(builder.project().name()).replaceAll("\\.json$", ".nir"));
        File f = save ? fc.showSaveDialog(owner.get()) : fc.showOpenDialog(owner.get());
        return f == null ? null : f.toPath();
    }

    /**
     * Reads the file and shows the preview (not modal to the caller: it returns at once); Replace replaces the
     * project. Returns the dialog, or null when the file could not be read (an error is shown instead).
     */
    public NirImportDialog importFile(Path file) {
        NirGraph graph;
        try {
            graph = NirReader.read(file);
        } catch (NirFormatException e) {
            error("Cannot import NIR", e.getMessage());
            status.accept("Cannot import " + file.getFileName());
            return null;
        }
        NirImportDialog d = new NirImportDialog(owner.get(), graph, file.getFileName().toString());
        d.setOnHidden(e -> {
            NirModel m = d.model();
            if (d.getResult() != NirImportDialog.REPLACE || m == null) return;
            Path weights;
            try {
                weights = importedWeights(m);
            } catch (IOException ex) {
                error("Cannot import NIR", "Cannot keep the file's weights: " + ex.getMessage());
                return;
            }
            if (builder.replaceProject(m.project().withWeights(weights.toString()), "Import NIR " + file.getFileName())) {
                status.accept("Imported " + file.getFileName() + " (dt " + m.dtSeconds() + " s): "
                        + m.project().network().layers().size() + " layers with its trained weights (Save puts them "
                        + "next to the project)");
            }
        });
        d.show();
        return d;
    }

    /**
     * The imported weights in a file of their own until the project is saved, when they are copied next to it; an
     * unsaved import's file goes when the app ends.
     */
    private static Path importedWeights(NirModel m) throws IOException {
        Path file = Files.createTempFile("spikeworks-import-", NetworkValuesFiles.EXTENSION);
        file.toFile().deleteOnExit();
        NetworkValuesFiles.write(file, NetworkValues.of(m.network()));
        return file;
    }

    /**
     * Builds the project's network and shows what the export keeps and loses; Export writes {@code target}. Returns
     * the dialog, or null when the project cannot be built (an error lists why) or when the dialog will follow once
     * the open run has handed over its weights.
     */
    public NirExportDialog exportTo(Path target) {
        Project p = builder.project();
        List<ValidationError> problems = new ProjectValidator(ComponentCatalog.standard()).validate(p);
        if (!problems.isEmpty()) {
            error("Cannot export NIR", "Fix the project first:\n" + String.join("\n",
                    problems.stream().map(ValidationError::toString).toList()));
            return null;
        }
        int[] shape = ShapeInference.infer(p, ComponentCatalog.standard()).input().dims().stream()
                .mapToInt(Integer::intValue).toArray();
        Network net = NetworkFactory.network(p.network(), shape, SpikeFunction.of(Surrogate.FAST_SIGMOID, 25),
                p.training().seed());
        try {
            ProjectWeights.applyTo(p, net);
        } catch (IllegalArgumentException e) {
            error("Cannot export NIR", e.getMessage());
            return null;
        }
        TrainingSession s = session.get();
        if (s != null && s.project().network().equals(p.network())) {
            // the run's weights, copied on its worker between batches, then back on the FX thread
            s.checkpoint().whenComplete((c, ex) -> FxBridge.later(() -> {
                if (ex != null) {
                    error("Cannot export NIR", "Cannot take the run's weights: " + ex.getMessage());
                    return;
                }
                for (Param param : net.params()) {
                    float[] v = c.params().get(param.name());
                    if (v != null && v.length == param.size()) System.arraycopy(v, 0, param.value, 0, v.length);
                }
                showExport(p, net, target, "trained: the run's weights after " + c.iteration() + " updates");
            }));
            return null;
        }
        return showExport(p, net, target, p.weights() != null ? "the project's weights file, "
                + java.nio.file.Path.of(p.weights()).getFileName() + " (no run of this network is open)"
                : "initial, drawn from seed " + p.training().seed() + " (no run of this "
                + "network is open; spikeworks export-nir --checkpoint writes a checkpoint's)");
    }

    private NirExportDialog showExport(Project p, Network net, Path target, String weights) {
        NirExport.Result result;
        try {
            result = NirExport.export(p, net, NirImport.DEFAULT_DT);
        } catch (IllegalArgumentException e) {
            error("Cannot export NIR", e.getMessage());
            return null;
        }
        NirExportDialog d = new NirExportDialog(owner.get(), result, target.getFileName().toString(), weights);
        d.setOnHidden(e -> {
            ButtonType r = d.getResult();
            if (r != NirExportDialog.EXPORT && r != NirExportDialog.EXPORT_LOSSY) return;
            try {
                NirWriter.write(result.graph(), target);
                status.accept("Exported " + target.getFileName() + (result.lossy() ? " (marked lossy)" : ""));
            } catch (IOException ex) {
                error("Cannot export NIR", "Cannot write " + target + ": " + ex.getMessage());
            }
        });
        d.show();
        return d;
    }

    private void error(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        Window w = owner.get();
        if (w != null) a.initOwner(w);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setId("nirErrorDialog");
        Theme.apply(a.getDialogPane());
        lastError = a;
        a.show();
    }

    /** The last error shown, for tests. */
    public Alert lastError() {
        return lastError;
    }
}
