package io.spikeworks.cli;

import io.spikeworks.cli.SweepFixtures.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.spikeworks.cli.SweepFixtures.THREE;
import static io.spikeworks.cli.SweepFixtures.withoutWallTime;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resuming a sweep folder, and runs that fail while the others finish; tiny networks on a slice of the data. */
class SweepResumeTest {
    @TempDir
    Path tmp;

    private static Result sweep(String... args) {
        return SweepFixtures.run(new SweepCommand(), args);
    }

    @Test
    void resumeTrainsOnlyWhatIsMissingAndGivesTheSameTable() throws Exception {
        Path sweep = SweepFixtures.tinySweep(tmp, "fashion-mnist");
        Result whole = sweep(sweep.toString(), "--out", tmp.resolve("whole").toString(), "--only", THREE);
        assertEquals(0, whole.code(), whole.err());
        assertEquals(3, whole.trained().size(), whole.out());

        // a driver killed after two runs leaves their rows behind (the state is rewritten after each run)
        Path dir = tmp.resolve("resumed");
        Result first = sweep(sweep.toString(), "--out", dir.toString(), "--only", "rate .*");
        assertEquals(List.of("rate bptt", "rate fbp phi=2 transport=round-robin fraction=0.5"), first.trained());
        Result again = sweep(sweep.toString(), "--out", dir.toString(), "--only", "rate .*");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already holds a sweep (2 runs ended); add --resume"), again.err());

        Result resumed = sweep(sweep.toString(), "--out", dir.toString(), "--only", THREE, "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(List.of("other bptt"), resumed.trained(), "only the missing run trains");
        assertTrue(resumed.out().contains("(2 finished earlier, kept; 1 to train)"), resumed.out());
        assertTrue(resumed.out().contains("sweep: 3/3 done, 0 running, ETA 00:00"), resumed.out());
        assertEquals(withoutWallTime(tmp.resolve("whole/sweep.csv")), withoutWallTime(dir.resolve("sweep.csv")));

        Result nothing = sweep(sweep.toString(), "--out", dir.toString(), "--only", THREE, "--resume");
        assertEquals(List.of(), nothing.trained());
        assertTrue(nothing.out().contains("nothing to train"), nothing.out());
        Result other = sweep(sweep.toString(), "--out", dir.toString(), "--only", THREE, "--resume", "--seed", "3");
        assertEquals(1, other.code());
        assertTrue(other.err().contains("--seed not given then, 3 now"), other.err());
    }

    @Test
    void aRunThatFailsBecomesAFailedRowAndTheOthersFinish() throws Exception {
        Path sweep = SweepFixtures.tinySweep(tmp, "mnist");
        // this machine has Fashion-MNIST but not MNIST: the "other" coding's runs fail, the rest train
        Path assets = SweepFixtures.fashionOnlyAssets(tmp);
        Path dir = tmp.resolve("out");
        Result r = sweep(sweep.toString(), "--out", dir.toString(), "--assets", assets.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("2 of 4 runs failed"), r.err());
        assertTrue(r.err().contains("sweep --resume --out " + dir + " trains them again"), r.err());
        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals(5, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(1).endsWith(",rate bptt,ok,"), csv.get(1));
        assertTrue(csv.get(3).contains(",other bptt,failed,"), csv.get(3));
        assertTrue(csv.get(3).contains("mnist"), "the message says what is missing: " + csv.get(3));
        assertTrue(Files.readString(dir.resolve("sweep.md")).contains("## Runs that diverged or failed"));

        // with the data there, resume trains the failed runs only
        Result resumed = sweep(sweep.toString(), "--out", dir.toString(), "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(List.of("other bptt", "other fbp phi=2 transport=round-robin fraction=0.5"), resumed.trained());
        assertTrue(Files.readAllLines(dir.resolve("sweep.csv")).stream().skip(1).allMatch(l -> l.endsWith(",ok,")));
    }
}
