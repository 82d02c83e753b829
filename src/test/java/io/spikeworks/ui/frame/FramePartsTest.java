package io.spikeworks.ui.frame;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FramePartsTest {
    @Test
    void aStallNamesThePreviousFramesPartsWhicheverListenerRunsFirst() {
        FrameParts parts = new FrameParts("mount", "pull", "output");
        parts.begin(100);
        parts.set(2, 63_000_000L); // frame 100 drew the output for 63 ms
        // frame 200: the monitor runs before the dashboard has begun the frame
        assertEquals("output 63 ms", parts.before(200));
        parts.begin(200);
        parts.set(1, 2_000_000L);
        // ... or after it: still frame 100's parts, not frame 200's
        assertEquals("output 63 ms", parts.before(200));
        assertEquals("pull 2 ms", parts.before(300));
    }

    @Test
    void aFrameOfSmallPartsSaysSo() {
        FrameParts parts = new FrameParts("mount", "pull");
        parts.begin(1);
        parts.set(0, 900_000L);
        assertEquals("all parts under 1 ms", parts.before(2));
    }

    @Test
    void layoutPassesAddUpOverTheFramesPulses() {
        FrameParts parts = new FrameParts("mount", "css+layout");
        parts.begin(1);
        parts.add(1, 30_000_000L); // the pulse that drew frame 1
        parts.add(1, 45_000_000L); // a pulse between frames (a card styled for the first time)
        parts.begin(2);
        parts.add(1, 2_000_000L);
        assertEquals("css+layout 75 ms", parts.before(2));
        assertEquals("css+layout 2 ms", parts.before(3));
    }

    @Test
    void meansAreOverEveryFrameWithASetPartCountedOncePerFrame() {
        FrameParts parts = new FrameParts("pull", "css+layout", "raster");
        assertEquals("over 0 frames, per frame: nothing drawn", parts.meanPerFrame());
        parts.begin(1);
        parts.set(0, 1_000_000L);
        parts.set(0, 3_000_000L); // set again in the same frame: replaces, is not added
        parts.add(1, 500_000L);
        parts.add(1, 500_000L);
        parts.set(2, 4_000L);
        parts.begin(2);
        parts.set(0, 1_000_000L);
        assertEquals("over 2 frames, per frame: pull 2.00 ms, css+layout 0.50 ms", parts.meanPerFrame());
    }
}
