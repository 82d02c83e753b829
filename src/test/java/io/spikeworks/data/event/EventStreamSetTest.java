package io.spikeworks.data.event;

import io.spikeworks.data.Batch;
import io.spikeworks.data.BatchEvents;
import io.spikeworks.data.MiniBatches;
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

    @Test
    void severalChannelsReachABatchChannelsLastAsTheEngineHoldsAnImage() {
        // shape [2, 1, 3]: planes-first channel q = polarity·3 + x; the engine's index is x·2 + polarity
        EventStreamSet s = new EventStreamSet("t", new int[]{2, 1, 3}, 2, new int[]{0, 4}, new int[]{0, 0, 1, 1},
                new int[]{1, 3, 2, 5}, new byte[]{0}, List.of("a"));
        BatchEvents b = new BatchEvents();
        s.fillEvents(new int[]{0}, 0, 1, b);
        int[] steps = new int[4], channels = new int[4];
        for (int e = 0; e < 4; e++) {
            steps[e] = b.step(e);
            channels[e] = b.channel(e);
        }
        // step 0: q = 1 (x 1, OFF) → 2, q = 3 (x 0, ON) → 1; step 1: q = 2 (x 2, OFF) → 4, q = 5 (x 2, ON) → 5
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[]{0, 0, 1, 1}, steps);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[]{1, 2, 4, 5}, channels);
        int[] back = new int[4];
        assertEquals(4, s.copyEvents(0, steps, back));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[]{1, 3, 2, 5}, back);
        float[] picture = new float[6];
        s.copySample(0, picture, 0);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new float[]{0, 0.5f, 0.5f, 0.5f, 0, 0.5f}, picture);
    }

    @Test
    void packedEventsGiveBackTheirCellsIncludingLongGaps() {
        PackedEvents p = new PackedEvents.Builder().add(new int[]{0, 1, 200, 70_000, 3_000_000}, 5).add(new int[0], 0)
                .add(new int[]{127, 128}, 2).build();
        int[] out = new int[5];
        assertEquals(5, p.cells(0, out));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[]{0, 1, 200, 70_000, 3_000_000}, out);
        assertEquals(0, p.cells(1, out));
        assertEquals(2, p.cells(2, out));
        assertEquals(127, out[0]);
        assertEquals(128, out[1]);
        assertThrows(IllegalArgumentException.class, () -> new PackedEvents.Builder().add(new int[]{3, 3}, 2));
    }
}
