package io.spikeworks.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A tiny sweep and ways to run and compare it, shared by the sequential tests and the spark profile's. */
public final class SweepFixtures {
    private SweepFixtures() {}

    /** Options that make every run of {@link #tinySweep} take a second or two. */
    public static final List<String> SMALL = List.of("--epochs", "1", "--limit-train", "128", "--limit-test", "32", "--quiet");

    public record Result(int code, String out, String err) {
        /** Labels of the runs that ended in this invocation, from the lines "<label>: test accuracy …" / "<label>: failed: …". */
        public List<String> trained() {
            return out.lines().filter(l -> l.matches(".*: (test accuracy|failed:|diverged).*"))
                    .map(l -> l.substring(0, l.indexOf(": "))).toList();
        }
    }

    /** Runs a command object (the CLI's sweep, or one built with another executor) with the small options. */
    public static Result run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(SMALL);
        int code = SpikeworksCli.runCommand(command, new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** sweep.csv without its wall-time column, which differs between two runs of the same sweep. */
    public static List<String> withoutWallTime(Path csv) throws Exception {
        return withoutColumn(csv, "train_seconds");
    }

    /** A CSV file's lines without one column (a timing), found by its header; plain CSV without quoted commas. */
    public static List<String> withoutColumn(Path csv, String column) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int col = List.of(lines.get(0).split(",")).indexOf(column);
        if (col < 0) throw new AssertionError(csv + " has no column " + column);
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(col);
            out.add(String.join(",", cells));
        }
        return out;
    }

    /**
     * Four runs (BP and partial fBP on two codings) of one tiny network; the second coding's project reads
     * {@code secondDataset}, so a test can make its data missing.
     */
    public static Path tinySweep(Path dir, String secondDataset) throws Exception {
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

    /** An assets folder holding Fashion-MNIST only (linked to the checkout's). */
    public static Path fashionOnlyAssets(Path dir) throws Exception {
        Path assets = dir.resolve("assets");
        Files.createDirectories(assets.resolve("datasets"));
        Files.createSymbolicLink(assets.resolve("datasets/fashion-mnist"), Path.of("assets/datasets/fashion-mnist").toAbsolutePath());
        return assets;
    }

    /** The three-run subset of {@link #tinySweep}. */
    public static final String THREE = "(rate .*|other bptt)";
}
