package io.spikeworks.learn.sweep;

import io.spikeworks.learn.BatchProgress;

import java.util.List;
import java.util.Map;

/**
 * Runs a sweep's configurations: one after another in this JVM ({@link LocalSweepExecutor}), or as tasks of a
 * cluster (the spark profile's). Whatever runs them, the driver alone writes the output folder, from the listener.
 */
public interface SweepExecutor extends AutoCloseable {
    /** Calls may come from several threads, one at a time per configuration; the driver serialises them. */
    interface Listener {
        void started(SweepEntry entry);

        /** Live training progress, where the executor can see it (sequentially); a cluster sends none. */
        default void batch(SweepEntry entry, BatchProgress progress) {}

        /** The run's files after each evaluation, where the executor can see them. */
        default void evaluated(SweepEntry entry, Map<String, String> files) {}

        void finished(SweepEntry entry, SweepOutcome outcome);
    }

    /** How many configurations run side by side. */
    int slots();

    /** Runs every entry and returns when all have finished; a configuration's failure is its outcome, not an exception. */
    void runAll(List<SweepEntry> entries, Listener listener);

    @Override
    default void close() {}
}
