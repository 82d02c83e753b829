package io.spikeworks.spark;

import io.spikeworks.cli.SweepCommand;
import io.spikeworks.cli.SweepFixtures;
import io.spikeworks.cli.SweepFixtures.Result;
import io.spikeworks.learn.sweep.SweepState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.spikeworks.cli.SweepFixtures.withoutWallTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep on a real standalone cluster (master, worker and driver as separate JVMs on 127.0.0.1) whose executor
 * is killed with kill -9 while it runs a task: Spark starts another executor, runs the lost tasks again, and the
 * table is the sequential one.
 */
class SparkStandaloneExecutorKillTest {
    @TempDir
    Path tmp;
    private StandaloneSparkCluster cluster;
    private Process driver;

    @AfterEach
    void stopAll() {
        ChildJvm.stop(driver == null ? null : driver.toHandle());
        if (cluster != null) cluster.close();
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void aKilledExecutorsRunsAreRunAgainAndTheTableIsTheSequentialOne() throws Exception {
        Path sweep = SweepFixtures.tinySweep(tmp, "fashion-mnist");
        Result sequential = SweepFixtures.run(new SweepCommand(), sweep.toString(), "--out", tmp.resolve("seq").toString());
        assertEquals(0, sequential.code(), sequential.err());
        int runs = sequential.trained().size();

        cluster = new StandaloneSparkCluster(tmp.resolve("cluster"));
        cluster.start();
        Path out = tmp.resolve("spark");
        Path driverLog = tmp.resolve("driver.log");
        List<String> args = new ArrayList<>(List.of("sweep", sweep.toString(), "--out", out.toString()));
        args.addAll(SweepFixtures.SMALL);
        List<String> options = new ArrayList<>(List.of("-Xmx1g", "-D" + SparkSweepMain.RELAUNCHED + "=true"));
        options.addAll(cluster.driverOptions());
        driver = ChildJvm.start(options, SparkSweepMain.class.getName(), args, cluster.env(), driverLog);

        // the executor logs "Running task" once it has a task; kill it then, before the sweep is done
        ChildJvm.await("a task running on the executor (" + cluster.workDir() + ")", Duration.ofMinutes(3), () -> {
            if (!driver.isAlive()) throw new AssertionError("the driver ended early: " + ChildJvm.read(driverLog));
            try {
                List<Path> ex = cluster.executorFolders();
                return !ex.isEmpty() && ChildJvm.read(ex.get(0).resolve("stderr")).contains("Running task");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        ProcessHandle executor = cluster.executor().orElseThrow(() -> new AssertionError("no executor JVM under the worker: "
                + cluster.diagnostics()));
        int finishedBeforeKill = SweepState.read(out).map(SweepState::size).orElse(0);
        // the worker removes an application's executor folders once it ends, so they are recorded while it runs
        java.util.Set<Path> executorsSeen = new java.util.TreeSet<>(cluster.executorFolders());
        executor.destroyForcibly(); // SIGKILL, as kill -9
        executor.onExit().join();
        assertTrue(finishedBeforeKill < runs, "the sweep had finished before the executor was killed");

        ChildJvm.await("the sweep to finish: " + driverLog, Duration.ofMinutes(5), () -> {
            try {
                executorsSeen.addAll(cluster.executorFolders());
            } catch (java.io.IOException e) {
                // the application's folder went away as it ended: nothing more to record
            }
            return !driver.isAlive();
        });
        String log = ChildJvm.read(driverLog);
        assertEquals(0, driver.exitValue(), log);
        assertEquals(runs, SweepState.read(out).orElseThrow().size(), log);
        assertEquals(withoutWallTime(tmp.resolve("seq/sweep.csv")), withoutWallTime(out.resolve("sweep.csv")));
        // the worker replaced the killed executor (executor 0) with another, which ran what was lost
        assertTrue(executorsSeen.size() >= 2, "no second executor: " + executorsSeen);
        assertTrue(log.contains("Lost executor 0"), log);
    }
}
