package io.spikeworks.ui.live.learning;

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
 * runs (that is its point) until cleared or replaced.
 */
public final class LearningCurvesCard implements LiveCard {
    private final LearningCurveView view = new LearningCurveView();
    private final Button pin = new Button("Pin as ghost");
    private final Button clear = new Button("Clear ghost");
    private final LiveCardContext context;
    private int pinned;

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
        view.setGhost(g);
        clear.setDisable(false);
        context.status("Pinned " + g.label() + " as a dashed ghost behind the next run");
        return true;
    }

    public void clearGhost() {
        view.setGhost(null);
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

    @Override
    public void bound(LiveSource source) {
        // the ghost stays: comparing the next run with it is what it is for
    }
}
