package io.spikeworks.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventStreamSetTest {
    static EventStreamSet of(int[] steps, int[] channels) {
        return new EventStreamSet("t", new int[]{2, 2}, 3, new int[]{0, steps.length}, steps, channels, new byte[]{1},
                List.of("a", "b"));
    }

    @Test
    void badEventsAreRefusedSayingWhichAndWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> of(new int[]{0, 3}, new int[]{1, 1}));
        assertEquals("t: event 1 of sample 0 at step 3, channel 1 is outside 3 steps × 4 channels", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> of(new int[]{1, 0}, new int[]{0, 0}));
        assertEquals("t: events of sample 0 are not sorted by step and channel without repeats (event 1)", e.getMessage());
    }

    @Test
    void aBatchCarriesEachSamplesEventsAndTheirDensityAsAPicture() {
        EventStreamSet s = new EventStreamSet("t", new int[]{4}, 2, new int[]{0, 2, 3}, new int[]{0, 1, 1},
                new int[]{3, 3, 0}, new byte[]{0, 1}, List.of("a", "b"));
        MiniBatches mb = MiniBatches.inOrder(s, 2);
        Batch b = mb.newBatch();
        mb.epoch(0).next(b);
        assertEquals(2, b.events().samples());
        assertEquals(2, b.events().end(0) - b.events().start(0));
        assertEquals(0, b.events().channel(b.events().start(1)));
        assertEquals(1f, b.features()[3], 0f);   // channel 3 fired in both steps of sample 0
        assertEquals(0.5f, b.features()[4], 0f); // channel 0 once in sample 1
        assertEquals(1, b.labels()[1]);
    }
}
