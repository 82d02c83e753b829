package io.spikeworks.spark;

import io.spikeworks.cli.SweepCommand;
import io.spikeworks.cli.SweepFixtures;
import io.spikeworks.cli.SweepFixtures.Result;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.spikeworks.cli.SweepFixtures.THREE;
import static io.spikeworks.cli.SweepFixtures.withoutWallTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep on Spark in local[2] (two configurations at once in this JVM), against the sequential sweep: the same
 * table, failures isolated, resume. One context for the class: starting Spark takes seconds.
 */
class SparkSweepTest {
    private static JavaSparkContext sc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        sc = new JavaSparkContext(SparkSweepExecutor.conf(new SparkConf().setMaster("local[2]")));
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) sc.stop();
    }

    private static SweepCommand onSpark() {
        return new SweepCommand(data -> new SparkSweepExecutor(data, sc, false));
    }

    @Test
    void threeConfigurationsOnLocal2WriteTheSequentialTable() throws Exception {
        Path sweep = SweepFixtures.tinySweep(tmp, "fashion-mnist");
        Result sequential = SweepFixtures.run(new SweepCommand(), sweep.toString(), "--out", tmp.resolve("seq").toString(),
                "--only", THREE);
        assertEquals(0, sequential.code(), sequential.err());
        Result spark = SweepFixtures.run(onSpark(), sweep.toString(), "--out", tmp.resolve("spark").toString(), "--only", THREE);
        assertEquals(0, spark.code(), spark.err());
        assertEquals(3, spark.trained().size(), spark.out());
        assertTrue(spark.out().contains("running"), "progress counts the runs in flight: " + spark.out());
        assertEquals(withoutWallTime(tmp.resolve("seq/sweep.csv")), withoutWallTime(tmp.resolve("spark/sweep.csv")));
        // the driver wrote every run's files, from what the tasks sent back
        for (String run : List.of("rate_bptt", "other_bptt"))
            assertEquals(SweepFixtures.withoutColumn(tmp.resolve("seq/runs").resolve(run).resolve("metrics.csv"), "samples_per_s"),
                    SweepFixtures.withoutColumn(tmp.resolve("spark/runs").resolve(run).resolve("metrics.csv"), "samples_per_s"));
    }

    @Test
    void aFailingConfigurationIsAFailedRowAndResumeTrainsOnlyIt() throws Exception {
        Path sweep = SweepFixtures.tinySweep(tmp, "mnist");
        // the archive shipped to the executors holds Fashion-MNIST only: the "other" coding's tasks fail inside
        Path assets = SweepFixtures.fashionOnlyAssets(tmp);
        Path dir = tmp.resolve("out");
        Result r = SweepFixtures.run(onSpark(), sweep.toString(), "--out", dir.toString(), "--assets", assets.toString(),
                "--only", THREE);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("1 of 3 runs failed"), r.err());
        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals(4, csv.size());
        assertTrue(csv.get(1).endsWith(",rate bptt,ok,"), csv.get(1));
        assertTrue(csv.get(2).endsWith(",rate fbp phi=2 transport=round-robin fraction=0.5,ok,"), csv.get(2));
        assertTrue(csv.get(3).contains(",other bptt,failed,"), csv.get(3));

        Result resumed = SweepFixtures.run(onSpark(), sweep.toString(), "--out", dir.toString(), "--only", THREE, "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(List.of("other bptt"), resumed.trained(), "finished runs are not sent again");
        assertTrue(Files.readAllLines(dir.resolve("sweep.csv")).stream().skip(1).allMatch(l -> l.endsWith(",ok,")));
    }
}
