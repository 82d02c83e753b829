package io.spikeworks.ui.live.learning;

import io.spikeworks.model.ProjectDifference;
import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;
import io.spikeworks.ui.live.LiveSource;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

import java.util.List;

/**
 * Learning curves with a ghost: "Pin as ghost" keeps the curves shown now as a dashed run behind the next one, on
 * the same axes, so a class sees what one changed parameter does; "Clear ghost" drops it. The ghost survives new
 * runs (that is its point) until cleared or replaced. When the next run is bound, the ghost's legend names the
 * settings in which its project differs from the live one ("run 1 (lr 0.001 → 0.002)").
 */
public final class LearningCurvesCard implements LiveCard {
    private final LearningCurveView view = new LearningCurveView();
    private final Button pin = new Button("Pin as ghost");
    private final Button clear = new Button("Clear ghost");
    private final LiveCardContext context;
    private int pinned;
    /** The pinned run's name without the difference, and its project's JSON (null when its source had none). */
    private String ghostName;
    private String ghostProject;
    private List<ProjectDifference.Change> difference = List.of();

    public LearningCurvesCard(LiveCardContext context) {
        this.context = context;
        pin.setId("pinGhostButton");
        clear.setId("clearGhostButton");
        pin.setTooltip(new Tooltip("Keep these curves as a dashed run behind the next run, on the same axes"));
        clear.setTooltip(new Tooltip("Drop the dashed run"));
        for (Button b : new Button[]{pin, clear}) {
            b.getStyleClass().add("card-tool");
            b.setFocusTraversable(false);
        }
        pin.setOnAction(e -> pin());
        clear.setOnAction(e -> clearGhost());
        clear.setDisable(true);
    }

    /** Pins what the view shows now; false when nothing was evaluated yet. */
    public boolean pin() {
        GhostRun g = GhostRun.of(view.data(), "run " + (pinned + 1));
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

    public void clearGhost() {
        view.setGhost(null);
        ghostProject = null;
        difference = List.of();
        clear.setDisable(true);
    }

    @Override public String name() { return "curves"; }
    @Override public LearningCurveView view() { return view; }
    @Override public long drawIntervalNanos() { return DrawCadence.SERIES_NANOS; }
    @Override public List<Node> headerTools() { return List.of(pin, clear); }

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
        GhostRun g = view.ghost();
        String live = source == null ? null : source.projectJson();
        if (g == null || ghostProject == null || live == null) return;
        try {
            difference = ProjectDifference.between(ghostProject, live);
        } catch (IllegalArgumentException e) { // the project writer's own JSON: not expected, but not worth a crash
            context.status("Could not compare the ghost's project with this run's: " + e.getMessage());
            return;
        }
        view.setGhost(g.withLabel(ghostName + " (" + ProjectDifference.summary(difference, 2) + ")"));
    }
}
