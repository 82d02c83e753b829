package io.spikeworks.data.event;

/**
 * How busy an event set's frames are: events per sample, the share of frame cells (step × channel) holding a
 * spike, and the share of ON events (channel plane 1 of a [2, H, W] polarity shape; NaN for other shapes).
 */
public record EventStatistics(int samples, double meanEvents, double activeFraction, double onShare) {
    public static EventStatistics of(EventStreamSet set) {
        int[] shape = set.sampleShape();
        int channels = set.sampleLength();
        boolean polarity = shape.length == 3 && shape[0] == 2;
        int plane = channels / 2;
        long events = 0;
        long on = 0;
        int[] steps = new int[0], ch = new int[0];
        for (int i = 0; i < set.size(); i++) {
            int n = set.eventCount(i);
            if (steps.length < n) {
                steps = new int[n];
                ch = new int[n];
            }
            set.copyEvents(i, steps, ch);
            events += n;
            if (polarity) for (int e = 0; e < n; e++) if (ch[e] >= plane) on++;
        }
        int samples = set.size();
        double mean = samples == 0 ? 0 : (double) events / samples;
        return new EventStatistics(samples, mean, mean / ((double) channels * set.steps()),
                polarity && events > 0 ? (double) on / events : Double.NaN);
    }
}
