package io.spikeworks.data.event;

import io.spikeworks.data.DatasetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSetCacheTest {
    @TempDir
    Path dir;

    static EventStreamSet sample() {
        return new EventStreamSet("s/train", new int[]{2, 3, 3}, 4, new int[]{0, 3, 3, 5},
                new int[]{0, 1, 3, 2, 2}, new int[]{4, 17, 0, 1, 9}, new byte[]{2, 0, 1}, List.of("a", "b", "c"));
    }

    static void assertSameEvents(EventStreamSet a, EventStreamSet b) {
        assertEquals(a.name(), b.name());
        assertEquals(a.size(), b.size());
        assertEquals(a.steps(), b.steps());
        assertArrayEquals(a.sampleShape(), b.sampleShape());
        assertEquals(a.classNames(), b.classNames());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.label(i), b.label(i));
            int[] ta = new int[a.eventCount(i)], ca = new int[ta.length];
            int[] tb = new int[b.eventCount(i)], cb = new int[tb.length];
            a.copyEvents(i, ta, ca);
            b.copyEvents(i, tb, cb);
            assertArrayEquals(ta, tb);
            assertArrayEquals(ca, cb);
        }
    }

    @Test
    void aWrittenSetReadsBackTheSame() throws IOException {
        Path f = dir.resolve("s.events");
        EventSetCache.write(f, "key 1", sample());
        assertSameEvents(sample(), EventSetCache.read(f, "key 1"));
    }

    @Test
    void aCorruptOrTruncatedFileSaysWhatAndWhere() throws IOException {
        Path f = dir.resolve("s.events");
        EventSetCache.write(f, "key 1", sample());
        byte[] good = Files.readAllBytes(f);
        byte[] flipped = good.clone();
        flipped[good.length - 33] ^= 0x10; // the last event byte, just before the checksum
        Files.write(f, flipped);
        DatasetException e = assertThrows(DatasetException.class, () -> EventSetCache.read(f, "key 1"));
        assertEquals(f + ": checksum mismatch: the SHA-256 at byte " + (good.length - 32)
                + " does not match the content (corrupt)", e.getMessage());
        Files.write(f, Arrays.copyOf(good, good.length - 50));
        e = assertThrows(DatasetException.class, () -> EventSetCache.read(f, "key 1"));
        assertTrue(e.getMessage().startsWith(f + ": truncated at byte "), e.getMessage());
        Files.write(f, "not a cache".getBytes());
        e = assertThrows(DatasetException.class, () -> EventSetCache.read(f, "key 1"));
        assertEquals(f + ": not a Spikeworks event cache (byte 0)", e.getMessage());
        Files.write(f, good);
        e = assertThrows(DatasetException.class, () -> EventSetCache.read(f, "key 2"));
        assertEquals(f + ": made from other data or settings (key 1)", e.getMessage());
    }

    @Test
    void aCorruptCacheIsRebuiltAndAGoodOneReused() throws IOException {
        EventSetCache cache = new EventSetCache(dir.resolve("cache"));
        AtomicInteger builds = new AtomicInteger();
        EventStreamSet first = cache.loadOrBuild("s", "k", () -> {
            builds.incrementAndGet();
            return sample();
        });
        assertSameEvents(sample(), first);
        cache.loadOrBuild("s", "k", () -> {
            builds.incrementAndGet();
            return sample();
        });
        assertEquals(1, builds.get(), "the second load reads the file");
        Path f = cache.file("s");
        byte[] b = Files.readAllBytes(f);
        b[20] ^= 1;
        Files.write(f, b);
        EventStreamSet again = cache.loadOrBuild("s", "k", () -> {
            builds.incrementAndGet();
            return sample();
        });
        assertEquals(2, builds.get(), "a corrupt file is converted again");
        assertSameEvents(sample(), again);
        assertSameEvents(sample(), EventSetCache.read(f, "k")); // and replaced by a good one
    }

    @Test
    void aLimitedSetIsWrittenWithItsOwnSamplesOnly() throws IOException {
        Path f = dir.resolve("l.events");
        EventSetCache.write(f, "k", sample().limit(2));
        EventStreamSet back = EventSetCache.read(f, "k");
        assertEquals(2, back.size());
        assertEquals(3, back.totalEvents());
    }
}
