package io.spikeworks.ui.live;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.*;

class LiveViewLayoutTest {
    @Test
    void defaultPutsEverySlotInItsHomeTab() {
        LiveViewLayout d = LiveViewLayout.DEFAULT;
        assertEquals(List.of(LiveViewSlot.GATED_CIRCUIT, LiveViewSlot.PREDICTIONS, LiveViewSlot.SPIKE_RASTER,
                LiveViewSlot.MEMBRANE_TRACES, LiveViewSlot.OUTPUT), d.slots(LiveViewGroup.ACTIVITY));
        assertEquals(4, d.dividers().get(LiveViewGroup.ACTIVITY).length);
    }

    @Test
    void movesAndShiftsAndRoundTripsThroughPreferences() throws Exception {
        LiveViewLayout l = LiveViewLayout.DEFAULT.moved(LiveViewSlot.COST_METERS, LiveViewGroup.ACTIVITY)
                .shifted(LiveViewSlot.OUTPUT, -2);
        assertEquals(List.of(LiveViewSlot.GATED_CIRCUIT, LiveViewSlot.PREDICTIONS, LiveViewSlot.OUTPUT,
                LiveViewSlot.SPIKE_RASTER, LiveViewSlot.MEMBRANE_TRACES, LiveViewSlot.COST_METERS),
                l.slots(LiveViewGroup.ACTIVITY));
        assertEquals(LiveViewGroup.ACTIVITY, l.groupOf(LiveViewSlot.COST_METERS));
        assertEquals(5, l.dividers().get(LiveViewGroup.ACTIVITY).length);
        l = l.withDividers(LiveViewGroup.ACTIVITY, new double[]{0.1, 0.2, 0.4, 0.6, 0.8});
        Preferences p = Preferences.userRoot().node("io/spikeworks/test/layout-" + System.nanoTime());
        try {
            l.save(p);
            assertEquals(l, LiveViewLayout.load(p));
        } finally {
            p.removeNode();
        }
    }

    @Test
    void damagedTextFallsBackSlotBySlot() {
        LiveViewLayout l = LiveViewLayout.parse("activity=nonsense,output;learning=output;zzz=spikeRaster",
                "activity=0.9,0.1;learning=x");
        assertEquals(List.of(LiveViewSlot.OUTPUT, LiveViewSlot.GATED_CIRCUIT, LiveViewSlot.PREDICTIONS,
                LiveViewSlot.SPIKE_RASTER, LiveViewSlot.MEMBRANE_TRACES), l.slots(LiveViewGroup.ACTIVITY),
                "known slot kept, missing ones back home, duplicates dropped");
        assertArrayEquals(LiveViewLayout.evenDividers(LiveViewGroup.ACTIVITY, 4), l.dividers().get(LiveViewGroup.ACTIVITY),
                "out-of-order dividers replaced");
        int total = 0;
        for (LiveViewGroup g : LiveViewGroup.values()) total += l.slots(g).size();
        assertEquals(LiveViewRegistry.standard().slots().size(), total);
    }
}
