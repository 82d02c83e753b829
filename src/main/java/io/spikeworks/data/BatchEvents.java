package io.spikeworks.data;

import java.util.Arrays;

/**
 * The input spikes of one batch, for data that are spikes already (event cameras): per sample, its events as
 * (step, channel) pairs sorted by step and then channel, the channel being the engine's input index (channels-last
 * for a C×H×W input, see {@link io.spikeworks.data.event.EventStreamSet}). Sample b's events are
 * {@code [start(b), start(b + 1))}.
 * Reused from batch to batch; grows as needed.
 */
public final class BatchEvents {
    private int[] start = new int[1];
    private int[] steps = new int[256];
    private int[] channels = new int[256];
    private int count;
    private int samples;

    /** Starts a batch. */
    public void clear() {
        samples = 0;
        count = 0;
        start[0] = 0;
    }

    /** Appends the next sample's events (sorted by step, then channel). */
    public void addSample(int[] sampleSteps, int[] sampleChannels, int from, int to) {
        int n = to - from;
        if (count + n > steps.length) {
            int cap = Math.max(2 * steps.length, count + n);
            steps = Arrays.copyOf(steps, cap);
            channels = Arrays.copyOf(channels, cap);
        }
        System.arraycopy(sampleSteps, from, steps, count, n);
        System.arraycopy(sampleChannels, from, channels, count, n);
        count += n;
        if (start.length < samples + 2) start = Arrays.copyOf(start, Math.max(2 * start.length, samples + 2));
        start[++samples] = count;
    }

    /** Appends the next sample's events given as ascending cells, cell = step × channels + channel. */
    public void addSampleCells(int[] cells, int n, int channels) {
        if (count + n > steps.length) {
            int cap = Math.max(2 * steps.length, count + n);
            steps = Arrays.copyOf(steps, cap);
            this.channels = Arrays.copyOf(this.channels, cap);
        }
        for (int e = 0; e < n; e++) {
            steps[count + e] = cells[e] / channels;
            this.channels[count + e] = cells[e] % channels;
        }
        count += n;
        if (start.length < samples + 2) start = Arrays.copyOf(start, Math.max(2 * start.length, samples + 2));
        start[++samples] = count;
    }

    public int samples() {
        return samples;
    }

    public int start(int b) {
        return start[b];
    }

    public int end(int b) {
        return start[b + 1];
    }

    public int step(int e) {
        return steps[e];
    }

    public int channel(int e) {
        return channels[e];
    }
}
