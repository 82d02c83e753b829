package io.spikeworks.spark;

import io.spikeworks.cli.SweepCommand;
import io.spikeworks.cli.SweepFixtures;
import io.spikeworks.cli.SweepFixtures.Result;
import io.spikeworks.learn.sweep.SweepResult;
import io.spikeworks.learn.sweep.SweepState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static io.spikeworks.cli.SweepFixtures.withoutWallTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark driver (its own JVM, local[2]) killed with kill -9 mid-sweep, then {@code --resume}: only the runs the
 * state file does not hold are trained again, and the table is the sequential one.
 */
class SparkDriverKillResumeTest {
    @TempDir
    Path tmp;
    private Process driver;

    @AfterEach
    void stopDriver() {
        ChildJvm.stop(driver == null ? null : driver.toHandle());
    }

    private Process startDriver(Path sweep, Path out, Path log, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("sweep", sweep.toString(), "--out", out.toString()));
        args.addAll(SweepFixtures.SMALL);
        args.addAll(List.of(more));
        return ChildJvm.start(List.of("-Xmx1500m", "-D" + SparkSweepMain.RELAUNCHED + "=true", "-Dspark.master=local[2]"),
                SparkSweepMain.class.getName(), args, Map.of(), log);
    }

    private static Set<String> finished(Path out, List<String> labels) throws IOException {
        Set<String> s = new TreeSet<>();
        SweepState.read(out).ifPresent(st -> st.rows(labels).stream().map(SweepResult::label).forEach(s::add));
        return s;
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void resumeAfterTheDriverIsKilledTrainsOnlyWhatWasMissing() throws Exception {
        Path sweep = SweepFixtures.tinySweep(tmp, "fashion-mnist");
        Result sequential = SweepFixtures.run(new SweepCommand(), sweep.toString(), "--out", tmp.resolve("seq").toString());
        assertEquals(0, sequential.code(), sequential.err());
        List<String> labels = sequential.trained();

        Path out = tmp.resolve("spark");
        Path firstLog = tmp.resolve("first.log");
        driver = startDriver(sweep, out, firstLog);
        ChildJvm.await("sweep-state.json with a finished run", Duration.ofMinutes(3), () -> {
            if (!driver.isAlive()) throw new AssertionError("the driver ended before a run finished: " + ChildJvm.read(firstLog));
            try {
                return !finished(out, labels).isEmpty();
            } catch (IOException e) {
                return false; // read while being replaced; the next poll reads it whole
            }
        });
        driver.toHandle().destroyForcibly(); // SIGKILL, as kill -9: no shutdown hook runs
        driver.waitFor();
        Set<String> kept = finished(out, labels);
        assertTrue(kept.size() < labels.size(), "every run finished before the driver was killed: " + ChildJvm.read(firstLog));

        Path secondLog = tmp.resolve("second.log");
        driver = startDriver(sweep, out, secondLog, "--resume");
        assertTrue(driver.waitFor(4, TimeUnit.MINUTES), "the resumed sweep did not finish: " + ChildJvm.read(secondLog));
        String log = ChildJvm.read(secondLog);
        assertEquals(0, driver.exitValue(), log);
        Set<String> missing = new TreeSet<>(labels);
        missing.removeAll(kept);
        assertEquals(missing, new TreeSet<>(new Result(0, log, "").trained()), "the resumed sweep trains exactly the missing runs: " + log);
        assertTrue(log.contains(kept.size() + " finished earlier, kept; " + missing.size() + " to train"), log);
        assertEquals(withoutWallTime(tmp.resolve("seq/sweep.csv")), withoutWallTime(out.resolve("sweep.csv")));
    }
}
