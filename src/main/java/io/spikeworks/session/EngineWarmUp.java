package io.spikeworks.session;

import io.spikeworks.data.TrainTestSplit;
import io.spikeworks.learn.TrainingData;
import io.spikeworks.learn.TrainingListener;
import io.spikeworks.learn.TrainingRun;
import io.spikeworks.learn.memory.HeapBudget;
import io.spikeworks.model.Project;
import io.spikeworks.sim.kernel.TensorRuntime;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A few batches of a project's training on a throwaway copy of its network, on a background thread, while the app
 * waits for the user's first Run. The JIT compiles the engine's loops only after they have run for a while; until
 * then its Vector API kernels run interpreted or in C1, which box every vector (in the app, about 1.8 GB/s of garbage
 * and a young collection every 0.2 s in a run's first seconds), and in the app C2 is busy with JavaFX's code too.
 * Done while the window idles, that cost leaves the run. Nothing is written and nothing is shared with later runs but
 * the compiled code; {@link #cancel()} stops it after the batch in hand.
 */
public final class EngineWarmUp {
    /** Batches trained at most: two short epochs, so evaluation's forward-only route is compiled as well. */
    public static final int BATCHES = 24;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger batches = new AtomicInteger();
    private final CompletableFuture<Integer> done = new CompletableFuture<>();

    private EngineWarmUp() {}

    /** Starts warming up on {@code project} (its data from {@code assetsRoot}, or located when null). */
    public static EngineWarmUp start(Project project, Path assetsRoot) {
        EngineWarmUp w = new EngineWarmUp();
        Thread t = new Thread(() -> w.run(project, assetsRoot), "spikeworks-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return w;
    }

    private void run(Project project, Path assetsRoot) {
        try {
            TensorRuntime.ensureConfigured();
            // a few batches of the first samples, none held out: the held-out count is the real run's
            project = project.withDataset(project.dataset().withHoldOut(null));
            int b = project.training().batchSize();
            TrainTestSplit data = TrainingData.load(project, assetsRoot, BATCHES / 2 * b, 2 * b);
            if (cancelled.get()) {
                done.complete(0);
                return;
            }
            // a run past the heap would take the app's other threads down with its OutOfMemoryError
            HeapBudget.requireFits(project, data.train(), data.test());
            TrainingRun run = new TrainingRun(project, data.train(), data.test());
            boolean more = true; // step() trains the run's last batch and then answers false
            while (more && !cancelled.get() && batches.get() < BATCHES) {
                more = run.step(TrainingListener.NONE);
                batches.incrementAndGet();
            }
            done.complete(batches.get());
        } catch (Throwable t) {
            // a project that cannot train says so when Run is pressed; warming up has nobody to tell
            done.completeExceptionally(t);
        }
    }

    /** Stops after the batch being trained (or before the first). */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** Batches trained so far. */
    public int batches() {
        return batches.get();
    }

    /** Completes with the number of batches trained, or exceptionally when the project could not train. */
    public CompletableFuture<Integer> done() {
        return done;
    }
}
