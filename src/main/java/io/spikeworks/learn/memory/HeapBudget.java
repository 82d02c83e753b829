package io.spikeworks.learn.memory;

import io.spikeworks.data.SampleSet;
import io.spikeworks.learn.Trainer;
import io.spikeworks.model.ComponentCatalog;
import io.spikeworks.model.Project;

import java.util.Optional;

/**
 * Refuses a run that cannot fit in the JVM's heap before anything of it is allocated: an OutOfMemoryError half-way
 * through building a network takes the CLI or the app down with it, a message here does not.
 */
public final class HeapBudget {
    private HeapBudget() {}

    /** The heap the JVM may still grow into: its maximum less what is in use now. */
    public static long free() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    public static long max() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The estimate for this project on these data (a batch is no larger than its set). */
    public static Optional<RunMemoryEstimate> estimate(Project p, SampleSet train, SampleSet test) {
        int batch = p.training().batchSize();
        return RunMemoryEstimate.of(p, ComponentCatalog.standard(), Math.min(batch, train.size()),
                Math.min(batch, test.size()), Trainer.DEFAULT_SLICES);
    }

    /**
     * @throws IllegalArgumentException saying how much the run needs, how much is free, and its largest part
     */
    public static void requireFits(Project p, SampleSet train, SampleSet test) {
        requireFits(p, train, test, false);
    }

    /** @param liveViews the run feeds the app's live views ({@link RunMemoryEstimate#withLiveViews()}) */
    public static void requireFits(Project p, SampleSet train, SampleSet test, boolean liveViews) {
        Optional<RunMemoryEstimate> estimate = estimate(p, train, test).map(e -> liveViews ? e.withLiveViews() : e);
        if (estimate.isEmpty()) return;
        long free = free();
        if (estimate.get().fitsIn(free)) return;
        System.gc(); // what is in use may be garbage; ask once before refusing
        free = free();
        if (estimate.get().fitsIn(free)) return;
        throw new IllegalArgumentException(tooLarge(estimate.get(), free, max()));
    }

    /** "training needs about 9.8 GiB; largest: hidden1 keeps …: 9.1 GiB; the heap has 3.9 GiB free of 4.0 GiB. …". */
    public static String tooLarge(RunMemoryEstimate e, long free, long max) {
        return "training needs " + e.describe() + "; the heap has " + RunMemoryEstimate.size(free) + " free of "
                + RunMemoryEstimate.size(max) + ". " + advice(e.largest());
    }

    /** What to change about the largest part. */
    public static String advice(MemoryPart largest) {
        String what = largest.what().startsWith("keeps")
                ? "timeSteps, batchSize or " + (largest.layer() == null ? "the input's size" : "the size of " + largest.layer())
                : "the size of " + largest.layer() + " or of its input";
        return "Reduce " + what + ", or give Java more heap (java -Xmx…)";
    }
}
