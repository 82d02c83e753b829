package io.spikeworks.learn.sweep;

import io.spikeworks.learn.BatchProgress;

import java.util.List;
import java.util.Map;

/** The sweep's configurations one after another in this JVM, each with the engine's usual threads. */
public final class LocalSweepExecutor implements SweepExecutor {
    private final SweepData data;

    public LocalSweepExecutor(SweepData data) {
        this.data = data;
    }

    @Override
    public int slots() {
        return 1;
    }

    @Override
    public void runAll(List<SweepEntry> entries, Listener listener) {
        for (SweepEntry e : entries) {
            listener.started(e);
            SweepOutcome o = SweepConfigurationRun.run(e, () -> data.load(e.project()), new SweepConfigurationRun.Listener() {
                @Override
                public void onBatch(BatchProgress progress) {
                    listener.batch(e, progress);
                }

                @Override
                public void onEvaluation(Map<String, String> files) {
                    listener.evaluated(e, files);
                }
            });
            listener.finished(e, o);
        }
    }
}
