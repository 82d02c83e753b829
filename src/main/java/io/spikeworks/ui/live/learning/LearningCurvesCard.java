package io.spikeworks.ui.live.learning;

import io.spikeworks.model.ProjectDifference;
import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;
import io.spikeworks.ui.live.LiveSource;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import io.spikeworks.ui.theme.Theme;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Learning curves with a ghost: "Pin as ghost" keeps the curves shown now as a dashed run behind the next one, on
 * the same axes, so a class sees what one changed parameter does; "Load run…" takes a finished run's folder
 * ({@code metrics.csv}, and {@code project.json} for the legend) as the ghost instead; "Clear ghost" drops it. The ghost survives new
 * runs (that is its point) until cleared or replaced. When the next run is bound, the ghost's legend names the
 * settings in which its project differs from the live one ("run 1 (lr 0.001 → 0.002)").
 */
public final class LearningCurvesCard implements LiveCard {
    private final LearningCurveView view = new LearningCurveView();
    /** One menu, so the card's header keeps its title readable at 1280 pixels and 150 % text. */
    private final MenuButton ghostMenu = new MenuButton("Ghost");
    private final MenuItem pin = new MenuItem("Pin as ghost");
    private final MenuItem load = new MenuItem("Load run…");
    private final MenuItem clear = new MenuItem("Clear ghost");
    private final MenuItem duplicate = new MenuItem("Duplicate and change one parameter…");
    /** An icon, not words: the header keeps its title readable at 1280 pixels and 150 % text. */
    private final ToggleButton ignoreOutliers = new ToggleButton();
    /** Picks a run folder for "Load run…"; null when cancelled. Tests replace it. */
    private Supplier<Path> runFolderChooser = this::chooseRunFolder;
    /** Says why a run could not be loaded (title, message): an error dialog; tests record it. */
    private BiConsumer<String, String> errorDialog = this::showError;
    private final LiveCardContext context;
    private int pinned;
    /** The pinned run's name without the difference, and its project's JSON (null when its source had none). */
    private String ghostName;
    private String ghostProject;
    private List<ProjectDifference.Change> difference = List.of();

    public LearningCurvesCard(LiveCardContext context) {
        this.context = context;
        ghostMenu.setId("ghostMenu");
        ghostMenu.getStyleClass().add("card-tool");
        ghostMenu.setFocusTraversable(false);
        ghostMenu.setTooltip(new Tooltip("A dashed run behind this one on the same axes: pin these curves, load a finished "
                + "run, or run a copy with one parameter changed"));
        pin.setId("pinGhostItem");
        clear.setId("clearGhostItem");
        load.setId("loadGhostItem");
        duplicate.setId("duplicateAndChangeItem");
        duplicate.setVisible(false);
        ghostMenu.getItems().addAll(duplicate, pin, load, clear);
        pin.setOnAction(e -> pin());
        clear.setOnAction(e -> clearGhost());
        load.setOnAction(e -> {
            Path folder = runFolderChooser.get();
            if (folder != null) loadGhost(folder);
        });
        clear.setDisable(true);
        ignoreOutliers.setId("ignoreOutliersToggle");
        ignoreOutliers.getStyleClass().add("card-tool");
        FontIcon icon = new FontIcon(MaterialDesignA.ARROW_COLLAPSE_VERTICAL);
        icon.getStyleClass().add("card-tool-icon");
        ignoreOutliers.setGraphic(icon);
        ignoreOutliers.setFocusTraversable(false);
        ignoreOutliers.setTooltip(new Tooltip("Ignore outliers in scaling (on): the axes fit the batches' settled values, "
                + "and the first batches' higher loss or error runs along the top edge. Off: the axes fit every batch."));
        ignoreOutliers.setSelected(view.ignoresOutliers());
        ignoreOutliers.selectedProperty().addListener((obs, was, on) -> view.setIgnoreOutliers(on));
    }

    /** Pins what the view shows now; false when nothing was evaluated yet. */
    public boolean pin() {
        // from the run itself when one is bound: the card is not drawn while off screen (another tab, a view alone)
        LiveSource bound = context.source();
        LearningData latest = bound == null ? null : bound.learning();
        GhostRun g = GhostRun.of(latest != null && latest.evaluations() > 0 ? latest : view.data(), "run " + (pinned + 1));
        if (g == null) {
            context.status("Nothing to pin yet: the curves need at least one evaluation (an epoch's end)");
            return false;
        }
        pinned++;
        ghostName = g.label();
        LiveSource source = context.source();
        ghostProject = source == null ? null : source.projectJson();
        difference = List.of();
        view.setGhost(g);
        clear.setDisable(false);
        context.status("Pinned " + g.label() + " as a dashed ghost behind the next run");
        return true;
    }

    /**
     * Takes a finished run's folder as the ghost: its {@code metrics.csv}, named after the folder, and its
     * {@code project.json} (when there is one) so the legend names what differs from the run bound now. A file that
     * cannot be read is reported with its line and column and changes nothing. Returns whether it loaded.
     */
    public boolean loadGhost(Path folder) {
        GhostRun g;
        try {
            g = GhostRun.read(folder);
        } catch (IOException | RuntimeException e) {
            context.status("Cannot load " + folder.getFileName() + " as a ghost: " + e.getMessage());
            errorDialog.accept("Cannot load the run", e.getMessage());
            return false;
        }
        String project = null;
        Path json = folder.resolve("project.json");
        try {
            if (Files.isRegularFile(json)) project = Files.readString(json);
        } catch (IOException | RuntimeException e) {
            project = null; // the curves still compare; the legend just cannot say what differs
        }
        ghostName = g.label();
        ghostProject = project;
        difference = List.of();
        view.setGhost(g);
        clear.setDisable(false);
        LiveSource source = context.source();
        if (source != null) nameDifference(source.projectJson());
        context.status("Loaded " + g.label() + " (" + g.samples().length + " evaluations) as a dashed ghost");
        return true;
    }

    /** Replaces the folder chooser of "Load run…", for tests. */
    public void setRunFolderChooser(Supplier<Path> chooser) {
        this.runFolderChooser = java.util.Objects.requireNonNull(chooser);
    }

    /** Replaces the error dialog, for tests. */
    public void setErrorDialog(BiConsumer<String, String> dialog) {
        this.errorDialog = java.util.Objects.requireNonNull(dialog);
    }

    private Path chooseRunFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("A finished run's folder (with metrics.csv)");
        Path runs = Path.of(System.getProperty("user.home"), ".spikeworks", "runs");
        if (Files.isDirectory(runs)) dc.setInitialDirectory(runs.toFile());
        Window owner = ghostMenu.getScene() == null ? null : ghostMenu.getScene().getWindow();
        File f = dc.showDialog(owner);
        return f == null ? null : f.toPath();
    }

    private void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        if (ghostMenu.getScene() != null && ghostMenu.getScene().getWindow() != null) a.initOwner(ghostMenu.getScene().getWindow());
        a.setTitle(title);
        a.setHeaderText(title);
        Theme.apply(a.getDialogPane());
        a.show();
    }

    public void clearGhost() {
        view.setGhost(null);
        ghostProject = null;
        difference = List.of();
        clear.setDisable(true);
    }

    @Override public String name() { return "curves"; }
    @Override public LearningCurveView view() { return view; }
    @Override public long drawIntervalNanos() { return DrawCadence.SERIES_NANOS; }
    @Override public List<Node> headerTools() { return List.of(ignoreOutliers, ghostMenu); }

    /** The header's "ignore outliers in scaling" toggle (on by default). */
    public ToggleButton ignoreOutliersToggle() {
        return ignoreOutliers;
    }

    /** The header's Ghost menu: Duplicate and change one parameter… (once set), Pin as ghost, Load run…, Clear ghost. */
    public MenuButton ghostMenu() {
        return ghostMenu;
    }

    /** What Ghost ▸ Duplicate and change one parameter… does (as Run ▸ …); the item shows once it is set. */
    public void setDuplicateAction(Runnable action) {
        duplicate.setOnAction(e -> action.run());
        duplicate.setVisible(true);
    }

    @Override
    public void draw(LiveData data) {
        view.show(data.learning());
    }

    /** The settings in which the ghost's project differs from the run bound now; empty before one is bound. */
    public List<ProjectDifference.Change> ghostDifference() {
        return difference;
    }

    @Override
    public void bound(LiveSource source) {
        // the ghost stays: comparing the next run with it is what it is for; its legend now says what differs
        nameDifference(source == null ? null : source.projectJson());
    }

    /** The ghost's legend names the settings its project differs in from {@code live} (a project's JSON, or null). */
    private void nameDifference(String live) {
        GhostRun g = view.ghost();
        if (g == null || ghostProject == null || live == null) return;
        try {
            difference = ProjectDifference.between(ghostProject, live);
        } catch (IllegalArgumentException e) { // a run folder's project.json edited by hand: the curves still compare
            context.status("Could not compare the ghost's project with this run's: " + e.getMessage());
            return;
        }
        view.setGhost(g.withLabel(ghostName + " (" + ProjectDifference.summary(difference, 2) + ")"));
    }
}
