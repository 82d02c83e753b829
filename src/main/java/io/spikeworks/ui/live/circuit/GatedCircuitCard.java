package io.spikeworks.ui.live.circuit;

import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;

/**
 * The gated-circuit card: asks the run for a fresh recording about once a second while it is on screen (the rule
 * makes it on its training thread at its next batch) and shows the latest one.
 */
public final class GatedCircuitCard implements LiveCard {
    /** A recording costs the training thread about a millisecond, so one a second is plenty. */
    static final long INTERVAL_NANOS = 1_000_000_000L;

    private final GatedCircuitView view = new GatedCircuitView();

    public GatedCircuitCard(LiveCardContext context) {}

    @Override public String name() { return "gated circuit"; }
    @Override public GatedCircuitView view() { return view; }
    @Override public long drawIntervalNanos() { return INTERVAL_NANOS; }

    @Override
    public void draw(LiveData data) {
        view.show(data.pullCircuit());
    }
}
