package io.spikeworks.data.event;

import java.util.Arrays;

/**
 * T event frames of a C×H×W sensor (C = 2 polarities for a DVS, channel 0 OFF and 1 ON): the index arithmetic
 * between the data's planes-first channels and the engine's channels-last ones, and a reusable bitmap that collects
 * one sample's events cell by cell (a cell is a (step, channel) pair; several events in one cell count once, as a
 * frame holds a spike or none) and hands them on ascending. Not thread-safe: one per converting thread.
 */
public final class EventFrames {
    private final int c;
    private final int plane;
    private final int channels;
    private final int steps;
    private long[] bits;
    private int marked;

    /** @param shape [C, H, W] (other ranks: a single plane, the two orders coincide) */
    public EventFrames(int[] shape, int steps) {
        this.c = shape.length == 3 ? shape[0] : 1;
        this.channels = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        this.plane = channels / c;
        this.steps = steps;
    }

    public int channels() {
        return channels;
    }

    public int steps() {
        return steps;
    }

    /** The engine's channels-last index of planes-first channel q = ch·H·W + p: p·C + ch. */
    public int engineChannel(int q) {
        return (q % plane) * c + q / plane;
    }

    /** The planes-first index of the engine's channel e = p·C + ch: ch·H·W + p. */
    public int planeChannel(int e) {
        return (e % c) * plane + e / c;
    }

    /** Marks an event at step t in channel ch (e.g. polarity) at pixel (x, y) of a sensor {@code width} wide. */
    public void mark(int t, int ch, int y, int x, int width) {
        if (bits == null) bits = new long[(steps * channels + 63) >>> 6];
        int cell = t * channels + (y * width + x) * c + ch;
        long bit = 1L << cell;
        long word = bits[cell >>> 6];
        if ((word & bit) == 0) {
            bits[cell >>> 6] = word | bit;
            marked++;
        }
    }

    /** Cells marked since the last {@link #drainTo}. */
    public int marked() {
        return marked;
    }

    /** Hands the marked cells, ascending, to {@code out} as one sample and clears the frames for the next. */
    public void drainTo(PackedEvents.Builder out, int[] scratch) {
        int[] cells = scratch.length >= marked ? scratch : new int[marked];
        int n = 0;
        if (bits != null) {
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                while (word != 0) {
                    cells[n++] = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                }
                bits[w] = 0;
            }
        }
        out.add(cells, n);
        marked = 0;
    }
}
