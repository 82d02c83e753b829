package io.spikeworks.cli;

import io.spikeworks.learn.BatchProgress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * One-line progress (batches, samples/s, loss, ETA). Redrawn in place on a terminal; on a pipe or CI log,
 * a plain line every 10 seconds instead, so logs stay readable.
 */
final class ProgressBar {
    private static final int WIDTH = 24;
    private final PrintWriter out;
    private final boolean enabled;
    private final boolean terminal = System.console() != null;
    private long lastDraw;
    private boolean drawn;
    private double smoothedRate;

    ProgressBar(PrintWriter out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    void update(BatchProgress p) {
        if (!enabled) return;
        smoothedRate = smoothedRate == 0 ? p.samplesPerSecond() : 0.9 * smoothedRate + 0.1 * p.samplesPerSecond();
        long now = System.nanoTime();
        long interval = terminal ? 200_000_000L : 10_000_000_000L;
        if (now - lastDraw < interval && p.batch() != p.batchesPerEpoch()) return;
        lastDraw = now;
        int filled = (int) Math.round(WIDTH * p.fractionDone());
        String line = String.format(Locale.ROOT, "[%s%s] epoch %d/%d batch %d/%d  %,.0f samples/s  loss %.4f  ETA %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), p.epoch(), p.epochs(), p.batch(), p.batchesPerEpoch(),
                smoothedRate, p.loss(), eta(p.secondsLeft()));
        if (terminal) {
            out.print("\r" + line + "\u001b[K");
            drawn = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    void clear() {
        if (drawn) {
            out.print("\r\u001b[K");
            out.flush();
            drawn = false;
        }
    }

    private static String eta(double seconds) {
        if (!Double.isFinite(seconds)) return "--:--";
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
