package io.spikeworks.ui.live;

import io.spikeworks.ui.frame.DrawCadence;
import javafx.scene.Node;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A live view as the dashboard runs it: the view, the controls in its card's header, how often it draws and how it
 * takes the latest data. One per {@link LiveViewRegistration}; adding a view to the dashboard is a class like this
 * (or {@link #of} for a view with no controls) plus one registration in {@link LiveViewRegistry}. FX thread only.
 */
public interface LiveCard {
    /** Names the view in the stall log's per-frame parts. */
    String name();

    CanvasView view();

    /** Controls put in the card's header before the export buttons, left to right. */
    default List<Node> headerTools() {
        return List.of();
    }

    /**
     * The least time between two drawings ({@link DrawCadence}); {@link DrawCadence#EVERY_FRAME} marks a view of
     * the current sample, for which the dashboard reads the sample's activity while it is on screen.
     */
    long drawIntervalNanos();

    /** Shows the latest data; called while the view is on screen and due, or for every view by a forced refresh. */
    void draw(LiveData data);

    /** A new source was bound (already current in the context): forget what belonged to the last run. */
    default void bound(LiveSource source) {}

    /** A card for a view without controls that shows one snapshot of the data. */
    static LiveCard of(String name, CanvasView view, long drawIntervalNanos, Consumer<LiveData> draw) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(draw, "draw");
        return new LiveCard() {
            @Override public String name() { return name; }
            @Override public CanvasView view() { return view; }
            @Override public long drawIntervalNanos() { return drawIntervalNanos; }
            @Override public void draw(LiveData data) { draw.accept(data); }
        };
    }
}
