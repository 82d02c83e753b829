package io.spikeworks.data.event;

import io.spikeworks.data.BundledDataset;
import io.spikeworks.data.Dataset;
import io.spikeworks.data.Split;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SaccadeConverterTest {
    static final SaccadeConverter.Settings IDEAL = SaccadeConverter.Settings.standard().ideal();

    /** One image's events as (step, channel planes first) pairs. */
    static int[][] events(SaccadeConverter c, float[] image, int w, int h, int steps, long seed) {
        int[] shape = {2, c.height(), c.width()};
        EventFrames frames = new EventFrames(shape, steps);
        c.convert(image, w, h, seed, frames);
        PackedEvents.Builder b = new PackedEvents.Builder();
        frames.drainTo(b, new int[0]);
        EventStreamSet set = EventStreamSet.ofPacked("t", shape, steps, b.build(), new byte[]{0}, java.util.List.of("a"));
        int[] t = new int[set.eventCount(0)];
        int[] ch = new int[t.length];
        set.copyEvents(0, t, ch);
        return new int[][]{t, ch};
    }

    @Test
    void aBrightBarMovingRightFiresOnAtItsLeadingEdgeAndOffAtItsTrailingEdge() {
        // a white bar, image columns [4, 10), on black; the image slides 12 px right over a 30-px sensor
        int w = 14, h = 6;
        float[] image = new float[w * h];
        for (int y = 0; y < h; y++) for (int x = 4; x < 10; x++) image[y * w + x] = 1f;
        int steps = 12;
        double travel = 12;
        SaccadeConverter c = new SaccadeConverter(IDEAL, new SaccadePath(0, 0, travel, 0), 30, h);
        int[][] ev = events(c, image, w, h, steps, 7);
        int plane = 30 * h;
        int on = 0, off = 0;
        boolean[] onInStep = new boolean[steps], offInStep = new boolean[steps];
        for (int e = 0; e < ev[0].length; e++) {
            int t = ev[0][e];
            int polarity = ev[1][e] / plane;
            int x = ev[1][e] % plane % 30;
            // where the edges are during frame t, from the geometry alone: offset moves 1 px per step
            double from = travel * t / steps, to = travel * (t + 1) / steps;
            if (polarity == 1) {
                on++;
                onInStep[t] = true;
                assertTrue(x >= 10 + from - 1 && x <= 10 + to, "ON at x = " + x + " in step " + t + ": not at the leading edge");
            } else {
                off++;
                offInStep[t] = true;
                assertTrue(x >= 4 + from - 1 && x <= 4 + to, "OFF at x = " + x + " in step " + t + ": not at the trailing edge");
            }
        }
        assertTrue(on > 0 && off > 0);
        for (int t = 1; t < steps; t++) assertTrue(onInStep[t] && offInStep[t], "both edges fire in step " + t);
        // every row sees the edges alike
        assertEquals(0, on % h);
        assertEquals(0, off % h);
    }

    @Test
    void aDarkBarMovingRightSwapsThePolarities() {
        int w = 14, h = 4;
        float[] image = new float[w * h];
        Arrays.fill(image, 1f);
        for (int y = 0; y < h; y++) for (int x = 4; x < 10; x++) image[y * w + x] = 0f;
        SaccadeConverter c = new SaccadeConverter(IDEAL, new SaccadePath(2, 0, 4, 0), 18, h);
        int[][] ev = events(c, image, w, h, 4, 7);
        int plane = 18 * h;
        for (int e = 0; e < ev[0].length; e++) {
            int x = ev[1][e] % plane % 18;
            boolean onEvent = ev[1][e] / plane == 1;
            // the dark bar's leading edge (x ≈ 12…14) darkens (OFF), its trailing edge (x ≈ 6…8) brightens (ON);
            // the image's own borders move too: its left border (x ≈ 2…4) brightens and its right border darkens
            if (x >= 11 && x <= 14) assertFalse(onEvent, "leading edge of a dark bar at x = " + x);
            if (x >= 5 && x <= 8) assertTrue(onEvent, "trailing edge of a dark bar at x = " + x);
        }
    }

    @Test
    void aStillImageWithoutNoiseGivesNoEvents() {
        float[] image = new float[28 * 28];
        for (int i = 0; i < image.length; i += 3) image[i] = 0.8f;
        SaccadeConverter c = new SaccadeConverter(IDEAL, new SaccadePath(3, 3, 3, 3), 34, 34);
        assertEquals(0, events(c, image, 28, 28, 20, 1)[0].length);
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() {
        Dataset images = BundledDataset.MNIST.load(Path.of("assets"), Split.TEST).limit(30);
        SaccadeConverter.Settings s = SaccadeConverter.Settings.standard();
        EventStreamSet a = SaccadeEventSets.convert(images, "a", 20, 11, s);
        EventStreamSet b = SaccadeEventSets.convert(images, "b", 20, 11, s);
        EventStreamSet other = SaccadeEventSets.convert(images, "c", 20, 12, s);
        boolean anyDiffers = false;
        for (int i = 0; i < images.size(); i++) {
            int[][] ea = events(a, i), eb = events(b, i), eo = events(other, i);
            assertArrayEquals(ea[0], eb[0]);
            assertArrayEquals(ea[1], eb[1]);
            anyDiffers |= !Arrays.equals(ea[1], eo[1]);
            assertEquals(images.label(i), a.label(i));
        }
        assertTrue(anyDiffers, "another seed draws other thresholds and noise");
    }

    @Test
    void aboutOneCellInTwentyIsActiveAsInNmnist() {
        Dataset images = BundledDataset.MNIST.load(Path.of("assets"), Split.TEST).limit(200);
        int steps = 20;
        EventStreamSet set = SaccadeEventSets.convert(images, "m", steps, 3, SaccadeConverter.Settings.standard());
        double active = (double) set.totalEvents() / set.size() / (2 * 34 * 34 * steps);
        assertTrue(active > 0.03 && active < 0.08, "active fraction " + active);
        // both polarities, in every frame, summed over the set
        int[] perStep = new int[steps];
        long on = 0;
        for (int i = 0; i < set.size(); i++) {
            int[][] ev = events(set, i);
            for (int e = 0; e < ev[0].length; e++) {
                perStep[ev[0][e]]++;
                if (ev[1][e] >= 34 * 34) on++;
            }
        }
        for (int t = 0; t < steps; t++) assertTrue(perStep[t] > 0, "step " + t);
        double onShare = (double) on / set.totalEvents();
        assertTrue(onShare > 0.3 && onShare < 0.7, "ON share " + onShare);
    }

    static int[][] events(EventStreamSet s, int i) {
        int[] t = new int[s.eventCount(i)];
        int[] ch = new int[t.length];
        s.copyEvents(i, t, ch);
        return new int[][]{t, ch};
    }
}
