package io.spikeworks.spark;

import io.spikeworks.learn.sweep.SweepData;
import io.spikeworks.learn.sweep.SweepEntry;
import io.spikeworks.learn.sweep.SweepExecutor;
import io.spikeworks.learn.sweep.SweepOutcome;
import io.spikeworks.learn.sweep.SweepResult;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sweep's configurations as Spark tasks: one job per configuration, each with one task, sent from a pool of
 * driver threads as wide as the cluster's task slots, so every result comes back (and is written) the moment it is
 * done. A run's own failure is caught inside the task and comes back as its row; a lost executor is Spark's to
 * handle (it runs the task again elsewhere, up to spark.task.maxFailures); a job Spark gives up on becomes a failed
 * row. The data sets travel with the job as one archive.
 */
public final class SparkSweepExecutor implements SweepExecutor {
    private static final AtomicInteger SWEEPS = new AtomicInteger();
    private final JavaSparkContext sc;
    private final boolean owned;
    private final SweepData data;
    private final SweepScratch scratch;
    private final String archive;

    /**
     * @param sc    the context to run on
     * @param owned whether {@link #close()} stops it (a test shares one between sweeps)
     */
    public SparkSweepExecutor(SweepData data, JavaSparkContext sc, boolean owned) {
        this.sc = sc;
        this.owned = owned;
        this.data = data;
        try {
            scratch = SweepScratch.create();
            Path zip = DatasetArchive.write(data.assets(), scratch.dir());
            archive = zip == null ? null : DatasetArchive.NAME;
            if (zip != null) sc.sc().addArchive(zip.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the data sets for the cluster: " + e.getMessage(), e);
        }
    }

    /** Starts a context from Spark's usual settings (spark-submit's, or spark.* system properties), local[*] by default. */
    public static SparkSweepExecutor start(SweepData data) {
        return new SparkSweepExecutor(data, new JavaSparkContext(conf(new SparkConf())), true);
    }

    /** Defaults for what the user did not set: spark-submit's --master and --conf always win. */
    static SparkConf conf(SparkConf conf) {
        conf.setIfMissing("spark.master", "local[*]");
        conf.setIfMissing("spark.app.name", "spikeworks sweep");
        conf.setIfMissing("spark.ui.enabled", "false");
        // ND4J on few cores: one OpenMP thread, or every small op stalls (deps.md); the task caps the rest
        conf.setIfMissing("spark.executorEnv.OMP_NUM_THREADS", "1");
        String master = conf.get("spark.master");
        if (master.startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        } else if (!conf.contains("spark.jars")) {
            // a plain "java -jar" driver talking to a cluster ships this jar itself (spark-submit sets spark.jars)
            String jar = JavaSparkContext.jarOfClass(SparkSweepExecutor.class).length > 0
                    ? JavaSparkContext.jarOfClass(SparkSweepExecutor.class)[0] : null;
            if (jar != null) conf.set("spark.jars", jar);
        }
        return conf;
    }

    @Override
    public int slots() {
        int cpus = sc.getConf().getInt("spark.task.cpus", 1);
        return Math.max(1, sc.defaultParallelism() / cpus);
    }

    @Override
    public void runAll(List<SweepEntry> entries, Listener listener) {
        String group = "spikeworks-sweep-" + SWEEPS.incrementAndGet();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(entries.size(), slots()), r -> {
            Thread t = new Thread(r, "sweep-driver");
            t.setDaemon(true);
            return t;
        });
        Thread cancel = new Thread(() -> sc.cancelJobGroup(group));
        Runtime.getRuntime().addShutdownHook(cancel);
        try {
            for (SweepEntry e : entries) {
                String input = SweepTask.input(e, archive, data.limitTrain(), data.limitTest());
                pool.execute(() -> {
                    listener.started(e);
                    SweepOutcome outcome;
                    try {
                        sc.setJobGroup(group, e.label(), true);
                        String out = sc.parallelize(List.of(input), 1).map(new SweepTask()).collect().get(0);
                        outcome = SweepOutcome.fromJson(out);
                    } catch (Exception | LinkageError ex) {
                        // Spark gave up (the task lost its executor too often, could not be sent, or the context
                        // stopped); SparkException is checked but undeclared (Scala), hence Exception
                        outcome = new SweepOutcome(SweepResult.failed(e, "Spark gave up on this run: " + firstLine(ex)),
                                java.util.Map.of());
                    }
                    listener.finished(e, outcome);
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // a sweep can run for days; keep waiting
            }
        } catch (InterruptedException ex) {
            sc.cancelJobGroup(group);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted; sweep --resume continues it");
        } finally {
            pool.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    @Override
    public void close() {
        if (owned) sc.stop();
        scratch.close();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Spark %s (%s, %d slots)", sc.version(), sc.master(), slots());
    }
}
