package io.spikeworks.data.event;

import io.spikeworks.data.BatchEvents;
import io.spikeworks.data.ClassLabels;
import io.spikeworks.data.SampleSet;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Labelled samples that are spikes already, as an event camera gives them: per sample a set of (step, channel)
 * events over {@link #steps()} time bins, kept sparse and packed ({@link PackedEvents}: about a byte an event). They
 * reach the network as they are, through the {@code events} encoder; {@link #copySample} gives each channel's event
 * count per step, for views that show a sample as a picture.
 *
 * <p>Two channel orders meet here. Callers give and get channels as flat indices into {@link #sampleShape()}, planes
 * first ({@code [2, 34, 34]}: polarity, y, x), like every data set's pixels. The engine holds a C×H×W input
 * channels-last ({@code (y·W + x)·C + c}), so the events a batch carries ({@link #fillEvents}) are in that order;
 * they are stored so, already sorted, and a batch is a straight copy. The two coincide for one channel.
 */
public final class EventStreamSet implements SampleSet {
    private final String name;
    private final int[] shape;
    private final int channels;
    private final int steps;
    private final PackedEvents events;
    private final byte[] labels;
    private final List<String> classNames;
    private final int size;

    /**
     * @param shape    the channels' shape, e.g. [2, 16, 16] (polarity, y, x); channel = flat index into it
     * @param steps    time bins per sample
     * @param offsets  sample i's events are [offsets[i], offsets[i+1]) of eventSteps / eventChannels, sorted by step
     *                 then channel without repeats
     */
    public EventStreamSet(String name, int[] shape, int steps, int[] offsets, int[] eventSteps, int[] eventChannels,
                          byte[] labels, List<String> classNames) {
        this(name, shape, steps, pack(name, shape, steps, offsets, eventSteps, eventChannels, labels.length), labels,
                classNames, labels.length);
        ClassLabels.check(name, labels, classNames);
    }

    /**
     * A set whose events are packed already, each sample's cells being {@code step × channels + c} with c in the
     * engine's channels-last order (see the class comment), as {@link EventFrames} gives them.
     */
    public static EventStreamSet ofPacked(String name, int[] shape, int steps, PackedEvents events, byte[] labels,
                                          List<String> classNames) {
        if (events.samples() != labels.length)
            throw new IllegalArgumentException(name + ": " + events.samples() + " samples of events but "
                    + labels.length + " labels");
        ClassLabels.check(name, labels, classNames);
        return new EventStreamSet(name, shape, steps, events, labels, classNames, labels.length);
    }

    private EventStreamSet(String name, int[] shape, int steps, PackedEvents events, byte[] labels,
                           List<String> classNames, int size) {
        this.name = Objects.requireNonNull(name, "name");
        checkShape(name, shape, steps);
        this.shape = shape.clone();
        this.channels = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        this.steps = steps;
        this.events = events;
        this.labels = labels;
        this.classNames = List.copyOf(classNames);
        this.size = size;
    }

    private static void checkShape(String name, int[] shape, int steps) {
        if (shape.length == 0 || Arrays.stream(shape).anyMatch(d -> d <= 0))
            throw new IllegalArgumentException(name + ": channel shape must be positive sizes: " + Arrays.toString(shape));
        if (steps < 1) throw new IllegalArgumentException(name + ": need at least one time bin, got " + steps);
    }

    private static PackedEvents pack(String name, int[] shape, int steps, int[] offsets, int[] eventSteps,
                                     int[] eventChannels, int n) {
        checkShape(name, shape, steps);
        int channels = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        if (offsets.length != n + 1 || offsets[0] != 0 || offsets[n] != eventSteps.length
                || eventChannels.length != eventSteps.length)
            throw new IllegalArgumentException(name + ": event offsets do not cover " + eventSteps.length + " events of "
                    + n + " samples");
        EventFrames order = new EventFrames(shape, steps);
        PackedEvents.Builder packed = new PackedEvents.Builder();
        int[] cells = new int[0];
        for (int i = 0; i < n; i++) {
            int count = offsets[i + 1] - offsets[i];
            if (cells.length < count) cells = new int[count];
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                if (eventSteps[e] < 0 || eventSteps[e] >= steps || eventChannels[e] < 0 || eventChannels[e] >= channels)
                    throw new IllegalArgumentException(name + ": event " + (e - offsets[i]) + " of sample " + i + " at step "
                            + eventSteps[e] + ", channel " + eventChannels[e] + " is outside " + steps + " steps × "
                            + channels + " channels");
                if (e > offsets[i] && (eventSteps[e] < eventSteps[e - 1]
                        || eventSteps[e] == eventSteps[e - 1] && eventChannels[e] <= eventChannels[e - 1]))
                    throw new IllegalArgumentException(name + ": events of sample " + i + " are not sorted by step and "
                            + "channel without repeats (event " + (e - offsets[i]) + ")");
                cells[e - offsets[i]] = eventSteps[e] * channels + order.engineChannel(eventChannels[e]);
            }
            Arrays.sort(cells, 0, count);
            packed.add(cells, count);
        }
        return packed.build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int[] sampleShape() {
        return shape.clone();
    }

    @Override
    public int sampleLength() {
        return channels;
    }

    /** Time bins per sample: the run's time steps. */
    public int steps() {
        return steps;
    }

    @Override
    public boolean hasClassLabels() {
        return true;
    }

    @Override
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public int targetLength() {
        return 0;
    }

    @Override
    public int label(int i) {
        Objects.checkIndex(i, size);
        return labels[i] & 0xFF;
    }

    /** Events of sample i. */
    public int eventCount(int i) {
        Objects.checkIndex(i, size);
        return events.eventCount(i);
    }

    /** Events of all samples. */
    public long totalEvents() {
        long n = 0;
        for (int i = 0; i < size; i++) n += events.eventCount(i);
        return n;
    }

    /** The packed events (of every stored sample; a limited set uses the first {@link #size()}). */
    PackedEvents packedEvents() {
        return events;
    }

    /** Bytes the events take in memory. */
    public long eventBytes() {
        return events.byteSize();
    }

    /**
     * Sample i's events as (step, channel) pairs, channel planes first (as given to the constructor), sorted by step
     * then channel.
     *
     * @return the number of events written to {@code stepsOut} and {@code channelsOut}
     */
    public int copyEvents(int i, int[] stepsOut, int[] channelsOut) {
        Objects.checkIndex(i, size);
        int n = events.cells(i, stepsOut);
        EventFrames order = new EventFrames(shape, steps);
        for (int e = 0; e < n; e++) {
            int cell = stepsOut[e];
            stepsOut[e] = cell / channels;
            channelsOut[e] = order.planeChannel(cell % channels);
        }
        // the engine's order within a step differs from planes-first for several channels
        for (int from = 0, to; from < n; from = to) {
            for (to = from + 1; to < n && stepsOut[to] == stepsOut[from]; ) to++;
            Arrays.sort(channelsOut, from, to);
        }
        return n;
    }

    /** Each channel's events per step (a rate in [0, 1]), planes first, for pictures of the sample. */
    @Override
    public void copySample(int i, float[] dest, int offset) {
        Objects.checkIndex(i, size);
        Arrays.fill(dest, offset, offset + channels, 0f);
        float w = 1f / steps;
        int[] cells = new int[events.eventCount(i)];
        int n = events.cells(i, cells);
        EventFrames order = new EventFrames(shape, steps);
        for (int e = 0; e < n; e++) dest[offset + order.planeChannel(cells[e] % channels)] += w;
    }

    @Override
    public void copyTarget(int i, float[] dest, int offset) {
        Objects.checkIndex(i, size);
    }

    @Override
    public void fillBatch(int[] indices, int from, int count, float[] features, int[] labelsOut, float[] targets) {
        Objects.checkFromIndexSize(from, count, indices.length);
        for (int j = 0; j < count; j++) {
            int i = indices[from + j];
            copySample(i, features, j * channels);
            labelsOut[j] = label(i);
        }
    }

    @Override
    public int eventSteps() {
        return steps;
    }

    /** The batch's events with channels in the engine's channels-last order (see the class comment). */
    @Override
    public void fillEvents(int[] indices, int from, int count, BatchEvents out) {
        out.clear();
        int most = 0;
        for (int j = 0; j < count; j++) most = Math.max(most, events.eventCount(indices[from + j]));
        int[] cells = new int[most];
        for (int j = 0; j < count; j++) {
            int n = events.cells(indices[from + j], cells);
            out.addSampleCells(cells, n, channels);
        }
    }

    @Override
    public EventStreamSet limit(int n) {
        if (n < 0) throw new IllegalArgumentException("limit must not be negative: " + n);
        if (n >= size) return this;
        return new EventStreamSet(name + "[:" + n + "]", shape, steps, events, labels, classNames, n);
    }

    @Override
    public String toString() {
        return name + " (" + size + " samples, " + channels + " channels × " + steps + " steps, " + totalEvents()
                + " events)";
    }
}
