package io.spikeworks.learn.sweep;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.BatchProgress;
import io.spikeworks.learn.TrainingDivergedException;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.output.RunFiles;
import io.spikeworks.learn.memory.HeapBudget;
import io.spikeworks.learn.score.EvaluationRow;
import io.spikeworks.model.Project;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Trains one configuration of a sweep and never lets it take the others down: an exception while loading its data
 * or training becomes a {@link SweepStatus#FAILED} row with the message, a loss that stops being finite a
 * {@link SweepStatus#DIVERGED} row. Errors of the JVM itself (out of memory) still propagate: on a cluster that
 * loses the executor, and Spark runs the configuration again elsewhere.
 */
public final class SweepConfigurationRun {
    /** What the sequential sweep shows and saves while a configuration trains; a cluster task uses {@link #NONE}. */
    public interface Listener {
        void onBatch(BatchProgress progress);

        /** After each evaluation, the run's files so far. */
        void onEvaluation(Map<String, String> files);
    }

    public static final Listener NONE = new Listener() {
        @Override
        public void onBatch(BatchProgress progress) {}

        @Override
        public void onEvaluation(Map<String, String> files) {}
    };

    private SweepConfigurationRun() {}

    /** @param data loads the configuration's data set (inside the guard: a missing file fails this run only) */
    public static SweepOutcome run(SweepEntry entry, Supplier<TrainTestSplit> data, Listener listener) {
        long t0 = System.nanoTime();
        TrainingRun run = null;
        try {
            Project p = entry.project();
            TrainTestSplit split = data.get();
            HeapBudget.requireFits(p, split.train(), split.test());
            TrainingRun r = new TrainingRun(p, split.train(), split.test());
            r.trainer().setSpikeHistoryKept(false); // headless: no live raster reads it
            run = r;
            r.run(new TrainingListener() {
                @Override
                public void onBatch(BatchProgress progress) {
                    listener.onBatch(progress);
                }

                @Override
                public void onEvaluation(EvaluationRow row) {
                    listener.onEvaluation(RunFiles.texts(r, seconds(t0)));
                }
            });
            return new SweepOutcome(SweepResult.of(entry, r), RunFiles.texts(r, seconds(t0)));
        } catch (TrainingDivergedException e) {
            return new SweepOutcome(SweepResult.of(entry, run, SweepStatus.DIVERGED, e.getMessage()),
                    RunFiles.texts(run, seconds(t0)));
        } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
            Map<String, String> files = Map.of();
            if (run != null) {
                try {
                    files = RunFiles.texts(run, seconds(t0));
                } catch (RuntimeException ignored) {
                    // the run is broken; its row says why, the partial files are a bonus
                }
            }
            return new SweepOutcome(SweepResult.failed(entry, message(e)), files);
        }
    }

    /** The exception's own message; for one without (a bug of ours), its class and where it was thrown. */
    static String message(Throwable e) {
        String m = e.getMessage();
        if (m != null && !m.isBlank()) return m;
        StackTraceElement[] at = e.getStackTrace();
        return e.getClass().getSimpleName() + (at.length == 0 ? "" : " at " + at[0]);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
