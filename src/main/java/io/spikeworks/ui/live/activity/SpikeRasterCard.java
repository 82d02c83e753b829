package io.spikeworks.ui.live.activity;

import io.spikeworks.ui.frame.DrawCadence;
import io.spikeworks.ui.live.LiveCard;
import io.spikeworks.ui.live.LiveCardContext;
import io.spikeworks.ui.live.LiveData;

/** The spike raster of the current sample; clicking a row picks the neuron the membrane card traces. */
public final class SpikeRasterCard implements LiveCard {
    private final SpikeRasterView raster = new SpikeRasterView();

    public SpikeRasterCard(LiveCardContext context) {}

    @Override public String name() { return "raster"; }
    @Override public SpikeRasterView view() { return raster; }
    @Override public long drawIntervalNanos() { return DrawCadence.EVERY_FRAME; }

    @Override
    public void draw(LiveData data) {
        raster.show(data.activity());
    }
}
