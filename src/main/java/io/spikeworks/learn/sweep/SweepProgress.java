package io.spikeworks.learn.sweep;

import java.util.Locale;

/**
 * How far a sweep is: configurations done (finished earlier or now), running, failed, and the time left, estimated
 * from the configurations finished in this session: their mean time × those still to start or finish, shared over
 * the slots that run them side by side. Not thread-safe; the driver calls it under one lock.
 */
public final class SweepProgress {
    private final int total;
    private final int slots;
    private int done;
    private int running;
    private int failed;
    private int diverged;
    private int finishedHere;
    private double secondsHere;

    /**
     * @param total   configurations in the sweep (those finished earlier included)
     * @param skipped finished earlier, not run again
     * @param slots   configurations that can run at once (1 sequentially)
     */
    public SweepProgress(int total, int skipped, int slots) {
        if (skipped > total || slots < 1) throw new IllegalArgumentException("bad progress: " + skipped + "/" + total + ", " + slots + " slots");
        this.total = total;
        this.done = skipped;
        this.slots = slots;
    }

    public void started() {
        running++;
    }

    /** @param seconds how long this configuration took */
    public void finished(SweepStatus status, double seconds) {
        running--;
        done++;
        if (status == SweepStatus.FAILED) failed++;
        if (status == SweepStatus.DIVERGED) diverged++;
        finishedHere++;
        secondsHere += seconds;
    }

    public int done() {
        return done;
    }

    public int running() {
        return running;
    }

    public int failed() {
        return failed;
    }

    /** Seconds left; NaN before the first configuration of this session finished. */
    public double secondsLeft() {
        if (finishedHere == 0) return Double.NaN;
        int left = total - done;
        return secondsHere / finishedHere * left / Math.min(slots, Math.max(1, left));
    }

    /** "sweep: 3/28 done (1 failed), 2 running, ETA 12:05". */
    public String line() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "sweep: %d/%d done", done, total));
        if (failed > 0 || diverged > 0) {
            sb.append(" (");
            if (failed > 0) sb.append(failed).append(" failed");
            if (failed > 0 && diverged > 0) sb.append(", ");
            if (diverged > 0) sb.append(diverged).append(" diverged");
            sb.append(')');
        }
        sb.append(", ").append(running).append(" running, ETA ").append(clock(secondsLeft()));
        return sb.toString();
    }

    static String clock(double seconds) {
        if (!Double.isFinite(seconds)) return "--:--";
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }
}
