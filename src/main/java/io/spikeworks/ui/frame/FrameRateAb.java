package io.spikeworks.ui.frame;

import io.spikeworks.session.BatchMetrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the live views cost training, measured within one run ({@code --frame-rate-ab=SECONDS}): the frame rate
 * switches between the chosen rate and 1 frame/s every few seconds, and each window's training rate is compared
 * with its two neighbours'. Runs compared one after another differ by the host's drift (±10 % within minutes on a
 * shared machine); neighbouring windows of one run share it. Windows are fed as the run goes (FX thread); the summary may be asked from another (at exit). No JavaFX here.
 */
public final class FrameRateAb {
    /** Batches this soon after a switch still carry the previous rate's frames. */
    static final long SETTLE_NANOS = 500_000_000L;
    /** A longer gap between batches is an evaluation, not training; left out of the rate. */
    static final long GAP_NANOS = 200_000_000L;

    /** One window: the frame rate it ran at and training's samples/s in it (NaN: too few batches). */
    record Window(int framesPerSecond, double samplesPerSecond) {}

    private final List<Window> windows = new ArrayList<>();

    /** Adds the window [from, to) that ran at {@code fps}, given the batches that ended in or around it. */
    synchronized void add(int fps, long from, long to, List<BatchMetrics> batches) {
        windows.add(new Window(fps, samplesPerSecond(batches, from + SETTLE_NANOS, to)));
    }

    synchronized List<Window> windows() {
        return List.copyOf(windows);
    }

    /**
     * Training rate over the batches that ended in [from, to): samples over time between consecutive such batches,
     * leaving out gaps over {@link #GAP_NANOS}. NaN with fewer than three batches.
     */
    static double samplesPerSecond(List<BatchMetrics> batches, long from, long to) {
        List<BatchMetrics> in = new ArrayList<>();
        for (BatchMetrics b : batches) if (b.clockNanos() >= from && b.clockNanos() < to) in.add(b);
        if (in.size() < 3) return Double.NaN;
        long nanos = 0;
        long samples = 0;
        for (int i = 1; i < in.size(); i++) {
            long dt = in.get(i).clockNanos() - in.get(i - 1).clockNanos();
            if (dt > GAP_NANOS) continue;
            nanos += dt;
            samples += in.get(i).samplesSeen() - in.get(i - 1).samplesSeen();
        }
        return nanos == 0 ? Double.NaN : samples / (nanos / 1e9);
    }

    /** Each window at {@code fps} with measured windows at 1 frame/s on both sides: its rate over their mean. */
    static List<Double> ratios(List<Window> windows, int fps) {
        List<Double> out = new ArrayList<>();
        for (int i = 1; i + 1 < windows.size(); i++) {
            Window w = windows.get(i);
            Window before = windows.get(i - 1);
            Window after = windows.get(i + 1);
            if (w.framesPerSecond() != fps || before.framesPerSecond() != 1 || after.framesPerSecond() != 1) continue;
            if (Double.isNaN(w.samplesPerSecond()) || Double.isNaN(before.samplesPerSecond())
                    || Double.isNaN(after.samplesPerSecond())) continue;
            out.add(w.samplesPerSecond() / ((before.samplesPerSecond() + after.samplesPerSecond()) / 2));
        }
        return out;
    }

    /**
     * "frame-rate A/B: at 15 frames/s training ran at 0.93 of its rate at 1 frame/s (mean of 9 windows, 0.86–0.99)",
     * then the windows' ratios in run order: the JIT compiling the views' code makes early windows dearer than late.
     */
    synchronized String summary(int fps) {
        List<Double> r = ratios(windows, fps);
        if (r.isEmpty())
            return "frame-rate A/B: no window at " + fps + " frames/s between two at 1 frame/s (run longer)";
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : r) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        return String.format(Locale.ROOT, "frame-rate A/B: at %d frames/s training ran at %.3f of its rate at 1 frame/s "
                + "(mean of %d windows, %.3f–%.3f)%nin run order: %s", fps, sum / r.size(), r.size(), min, max, inOrder(r));
    }

    private static String inOrder(List<Double> ratios) {
        StringBuilder s = new StringBuilder();
        for (double x : ratios) s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", x));
        return s.toString();
    }
}
