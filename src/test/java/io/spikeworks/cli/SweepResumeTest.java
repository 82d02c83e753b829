package io.spikeworks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resuming a sweep folder, and runs that fail while the others finish; tiny networks on a slice of the data. */
class SweepResumeTest {
    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
        /** Lines the driver prints when a run ends: "<label>: test accuracy …" or "<label>: failed: …". */
        List<String> trained() {
            return out.lines().filter(l -> l.matches(".*: (test accuracy|failed:|diverged).*")).map(l -> l.substring(0, l.indexOf(": ")))
                    .toList();
        }
    }

    private Result sweep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("sweep"));
        all.addAll(List.of(args));
        all.addAll(List.of("--epochs", "1", "--limit-train", "128", "--limit-test", "32", "--quiet"));
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** sweep.csv without its wall-time column, which differs between two runs of the same sweep. */
    static List<String> withoutWallTime(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int col = List.of(lines.get(0).split(",")).indexOf("train_seconds");
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(col);
            out.add(String.join(",", cells));
        }
        return out;
    }

    /** A three-run sweep on two codings of one tiny base; its data sets are named by the codings' projects. */
    static Path tinySweep(Path dir, String secondDataset) throws Exception {
        String base = Files.readString(Path.of("sample-projects/fashion-bp.json"))
                .replace("\"units\": 256", "\"units\": 32").replace("\"units\": 128", "\"units\": 16")
                .replace("\"timeSteps\": 20", "\"timeSteps\": 6");
        Files.writeString(dir.resolve("base.json"), base);
        Files.writeString(dir.resolve("other.json"), base.replace("\"name\": \"fashion-mnist\"", "\"name\": \"" + secondDataset + "\""));
        Path sweep = dir.resolve("sweep.json");
        Files.writeString(sweep, """
                {"format": "spikeworks-sweep", "version": 1, "name": "tiny",
                 "codings": {"rate": "base.json", "other": "other.json"},
                 "algorithms": [{"type": "bptt"}, {"type": "fbp", "phi": 2, "transport": "round-robin", "fraction": 0.5}]}""");
        return sweep;
    }

    @Test
    void resumeTrainsOnlyWhatIsMissingAndGivesTheSameTable() throws Exception {
        Path sweep = tinySweep(tmp, "fashion-mnist");
        String three = "(rate .*|other bptt)";
        Result whole = sweep(sweep.toString(), "--out", tmp.resolve("whole").toString(), "--only", three);
        assertEquals(0, whole.code(), whole.err());
        assertEquals(3, whole.trained().size(), whole.out());

        // a driver killed after two runs leaves their rows behind (the state is rewritten after each run)
        Path dir = tmp.resolve("resumed");
        Result first = sweep(sweep.toString(), "--out", dir.toString(), "--only", "rate .*");
        assertEquals(List.of("rate bptt", "rate fbp phi=2 transport=round-robin fraction=0.5"), first.trained());
        Result again = sweep(sweep.toString(), "--out", dir.toString(), "--only", "rate .*");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already holds a sweep (2 runs ended); add --resume"), again.err());

        Result resumed = sweep(sweep.toString(), "--out", dir.toString(), "--only", three, "--resume");
        assertEquals(0, resumed.code(), resumed.err());
        assertEquals(List.of("other bptt"), resumed.trained(), "only the missing run trains");
        assertTrue(resumed.out().contains("(2 finished earlier, kept; 1 to train)"), resumed.out());
        assertTrue(resumed.out().contains("sweep: 3/3 done, 0 running, ETA 00:00"), resumed.out());
        assertEquals(withoutWallTime(tmp.resolve("whole/sweep.csv")), withoutWallTime(dir.resolve("sweep.csv")));

        Result nothing = sweep(sweep.toString(), "--out", dir.toString(), "--only", three, "--resume");
        assertEquals(List.of(), nothing.trained());
        assertTrue(nothing.out().contains("nothing to train"), nothing.out());
        Result other = sweep(sweep.toString(), "--out", dir.toString(), "--only", three, "--resume", "--seed", "3");
        assertEquals(1, other.code());
        assertTrue(other.err().contains("--seed not given then, 3 now"), other.err());
    }

    @Test
    void aRunThatFailsBecomesAFailedRowAndTheOthersFinish() throws Exception {
        Path sweep = tinySweep(tmp, "mnist");
        // this machine has Fashion-MNIST but not MNIST: the "other" coding's runs fail, the rest train
        Path assets = tmp.resolve("assets");
        Files.createDirectories(assets.resolve("datasets"));
        Files.createSymbolicLink(assets.resolve("datasets/fashion-mnist"), Path.of("assets/datasets/fashion-mnist").toAbsolutePath());
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
