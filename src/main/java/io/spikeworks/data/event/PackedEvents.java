package io.spikeworks.data.event;

import java.util.Arrays;
import java.util.Objects;

/**
 * Many samples' events in little memory: each sample is its ascending list of cells (cell = step × channels +
 * channel), stored as the gaps between consecutive cells in LEB128 variable-length bytes. At the ~5 % of cells an
 * event camera fills, a gap is mostly below 128, so an event costs about one byte instead of the eight of two
 * ints; 60,000 converted samples of ~2,300 events take ~150 MB, not 1.1 GB.
 *
 * <p>Immutable once built; {@link Builder} appends samples one at a time.
 */
public final class PackedEvents {
    private final byte[] bytes;
    private final int[] byteOffsets;
    private final int[] eventOffsets;

    private PackedEvents(byte[] bytes, int[] byteOffsets, int[] eventOffsets) {
        this.bytes = bytes;
        this.byteOffsets = byteOffsets;
        this.eventOffsets = eventOffsets;
    }

    /**
     * Wraps stored parts (as {@link #bytes()}, {@link #byteOffsets()}, {@link #eventOffsets()} gave them), checking
     * that they fit together; the gaps themselves are checked as samples are decoded.
     */
    public static PackedEvents of(byte[] bytes, int[] byteOffsets, int[] eventOffsets) {
        int n = byteOffsets.length - 1;
        if (n < 0 || eventOffsets.length != n + 1 || byteOffsets[0] != 0 || eventOffsets[0] != 0
                || byteOffsets[n] != bytes.length)
            throw new IllegalArgumentException("packed events: offsets do not cover " + bytes.length + " bytes");
        for (int i = 0; i < n; i++) {
            int nb = byteOffsets[i + 1] - byteOffsets[i];
            int ne = eventOffsets[i + 1] - eventOffsets[i];
            // each event takes 1 to 5 bytes
            if (ne < 0 || nb < ne || nb > 5L * ne)
                throw new IllegalArgumentException("packed events: sample " + i + " has " + ne + " events in " + nb
                        + " bytes");
        }
        return new PackedEvents(bytes, byteOffsets, eventOffsets);
    }

    public int samples() {
        return eventOffsets.length - 1;
    }

    public int eventCount(int i) {
        return eventOffsets[i + 1] - eventOffsets[i];
    }

    /** All events of all samples. */
    public long totalEvents() {
        return eventOffsets[samples()];
    }

    /** Bytes held for the events. */
    public long byteSize() {
        return bytes.length + 4L * (byteOffsets.length + eventOffsets.length);
    }

    /**
     * Decodes sample i's cells into {@code out} (which must hold {@link #eventCount} entries), ascending.
     *
     * @return the number of cells written
     */
    public int cells(int i, int[] out) {
        Objects.checkIndex(i, samples());
        int p = byteOffsets[i];
        int end = byteOffsets[i + 1];
        int n = eventCount(i);
        int cell = -1;
        for (int e = 0; e < n; e++) {
            int gap = 0;
            int shift = 0;
            while (true) {
                if (p >= end || shift > 28)
                    throw new IllegalStateException("packed events: sample " + i + " is cut short at event " + e);
                int b = bytes[p++];
                gap |= (b & 0x7F) << shift;
                if (b >= 0) break;
                shift += 7;
            }
            cell += gap;
            out[e] = cell;
        }
        return n;
    }

    byte[] bytes() {
        return bytes;
    }

    int[] byteOffsets() {
        return byteOffsets;
    }

    int[] eventOffsets() {
        return eventOffsets;
    }

    /** Appends samples; each sample's cells must be ascending without repeats. */
    public static final class Builder {
        private byte[] bytes = new byte[1 << 16];
        private int[] byteOffsets = new int[65];
        private int[] eventOffsets = new int[65];
        private int length;
        private int samples;

        public Builder add(int[] cells, int count) {
            if (count > 0 && cells[0] < 0) throw new IllegalArgumentException("negative cell " + cells[0]);
            ensure(5L * count);
            int prev = -1;
            for (int e = 0; e < count; e++) {
                int c = cells[e];
                if (c <= prev)
                    throw new IllegalArgumentException("cells of sample " + samples + " are not ascending at event " + e);
                int gap = c - prev;
                prev = c;
                while (gap >= 0x80) {
                    bytes[length++] = (byte) (gap | 0x80);
                    gap >>>= 7;
                }
                bytes[length++] = (byte) gap;
            }
            if (samples + 2 > byteOffsets.length) {
                byteOffsets = Arrays.copyOf(byteOffsets, 2 * byteOffsets.length);
                eventOffsets = Arrays.copyOf(eventOffsets, 2 * eventOffsets.length);
            }
            samples++;
            byteOffsets[samples] = length;
            eventOffsets[samples] = Math.addExact(eventOffsets[samples - 1], count);
            return this;
        }

        private void ensure(long more) {
            if (length + more <= bytes.length) return;
            long cap = Math.max(2L * bytes.length, length + more);
            if (cap > Integer.MAX_VALUE - 16) throw new IllegalStateException("packed events exceed 2 GB");
            bytes = Arrays.copyOf(bytes, (int) cap);
        }

        public PackedEvents build() {
            return new PackedEvents(Arrays.copyOf(bytes, length), Arrays.copyOf(byteOffsets, samples + 1),
                    Arrays.copyOf(eventOffsets, samples + 1));
        }
    }
}
