package io.spikeworks.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Labelled samples that are spikes already, as an event camera gives them: per sample a list of (step, channel)
 * events over {@link #steps()} time bins, kept sparse (a sample costs its events, not steps × channels). They reach
 * the network as they are, through the {@code events} encoder; {@link #copySample} gives each channel's event count
 * per step, for views that show a sample as a picture.
 */
public final class EventStreamSet implements SampleSet {
    private final String name;
    private final int[] shape;
    private final int channels;
    private final int steps;
    private final int[] offsets;
    private final int[] eventSteps;
    private final int[] eventChannels;
    private final byte[] labels;
    private final List<String> classNames;
    private final int size;

    /**
     * @param shape    the channels' shape, e.g. [2, 16, 16] (polarity, y, x); channel = flat index into it
     * @param steps    time bins per sample
     * @param offsets  sample i's events are [offsets[i], offsets[i+1]) of eventSteps / eventChannels
     */
    public EventStreamSet(String name, int[] shape, int steps, int[] offsets, int[] eventSteps, int[] eventChannels,
                          byte[] labels, List<String> classNames) {
        this(name, shape, steps, offsets, eventSteps, eventChannels, labels, classNames, labels.length);
        int n = labels.length;
        if (offsets.length != n + 1 || offsets[0] != 0 || offsets[n] != eventSteps.length
                || eventChannels.length != eventSteps.length)
            throw new IllegalArgumentException(name + ": event offsets do not cover " + eventSteps.length + " events of "
                    + n + " samples");
        ClassLabels.check(name, labels, classNames);
        for (int i = 0; i < n; i++) {
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                if (eventSteps[e] < 0 || eventSteps[e] >= steps || eventChannels[e] < 0 || eventChannels[e] >= channels)
                    throw new IllegalArgumentException(name + ": event " + (e - offsets[i]) + " of sample " + i + " at step "
                            + eventSteps[e] + ", channel " + eventChannels[e] + " is outside " + steps + " steps × "
                            + channels + " channels");
                if (e > offsets[i] && (eventSteps[e] < eventSteps[e - 1]
                        || eventSteps[e] == eventSteps[e - 1] && eventChannels[e] <= eventChannels[e - 1]))
                    throw new IllegalArgumentException(name + ": events of sample " + i + " are not sorted by step and "
                            + "channel without repeats (event " + (e - offsets[i]) + ")");
            }
        }
    }

    private EventStreamSet(String name, int[] shape, int steps, int[] offsets, int[] eventSteps, int[] eventChannels,
                           byte[] labels, List<String> classNames, int size) {
        this.name = Objects.requireNonNull(name, "name");
        if (shape.length == 0 || Arrays.stream(shape).anyMatch(d -> d <= 0))
            throw new IllegalArgumentException(name + ": channel shape must be positive sizes: " + Arrays.toString(shape));
        if (steps < 1) throw new IllegalArgumentException(name + ": need at least one time bin, got " + steps);
        this.shape = shape.clone();
        this.channels = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        this.steps = steps;
        this.offsets = offsets;
        this.eventSteps = eventSteps;
        this.eventChannels = eventChannels;
        this.labels = labels;
        this.classNames = List.copyOf(classNames);
        this.size = size;
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
        return offsets[i + 1] - offsets[i];
    }

    /** Each channel's events per step (a rate in [0, 1]), for pictures of the sample. */
    @Override
    public void copySample(int i, float[] dest, int offset) {
        Objects.checkIndex(i, size);
        Arrays.fill(dest, offset, offset + channels, 0f);
        float w = 1f / steps;
        for (int e = offsets[i]; e < offsets[i + 1]; e++) dest[offset + eventChannels[e]] += w;
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

    @Override
    public void fillEvents(int[] indices, int from, int count, BatchEvents out) {
        out.clear();
        for (int j = 0; j < count; j++) {
            int i = indices[from + j];
            out.addSample(eventSteps, eventChannels, offsets[i], offsets[i + 1]);
        }
    }

    @Override
    public EventStreamSet limit(int n) {
        if (n < 0) throw new IllegalArgumentException("limit must not be negative: " + n);
        if (n >= size) return this;
        return new EventStreamSet(name + "[:" + n + "]", shape, steps, offsets, eventSteps, eventChannels, labels,
                classNames, n);
    }

    @Override
    public String toString() {
        return name + " (" + size + " samples, " + channels + " channels × " + steps + " steps, " + offsets[size]
                + " events)";
    }
}
