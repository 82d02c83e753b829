package io.spikeworks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A two-algorithm sweep on a small Fashion-MNIST slice, end to end. */
class SweepCommandTest {
    @TempDir
    Path tmp;

    @Test
    void trainsTheGridAndWritesOneTable() throws Exception {
        String base = Files.readString(Path.of("sample-projects/fashion-bp.json"))
                .replace("\"units\": 256", "\"units\": 32").replace("\"units\": 128", "\"units\": 16")
                .replace("\"timeSteps\": 20", "\"timeSteps\": 6");
        Files.writeString(tmp.resolve("base.json"), base);
        Files.writeString(tmp.resolve("sweep.json"), """
                {"format": "spikeworks-sweep", "version": 1, "name": "tiny",
                 "codings": {"rate": "base.json"},
                 "algorithms": [{"type": "bptt"}, {"type": "fbp", "phi": 2, "transport": ["full", "round-robin"], "fraction": 0.5},
                                {"type": "fa"}]}""");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = tmp.resolve("out");
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), "sweep", tmp.resolve("sweep.json").toString(),
                "--out", dir.toString(), "--epochs", "1", "--limit-train", "256", "--limit-test", "64", "--quiet",
                "--only", "rate (bptt|fbp.*)");
        assertEquals(0, code, err.toString());
        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        assertEquals(4, csv.size(), String.join("\n", csv));
        assertTrue(csv.get(1).startsWith("rate,bptt,1,full,1.00000,1,256,"), csv.get(1));
        // 256 samples in batches of 64: 4 updates, Φ = 2 → 2 transports of everything: reduction 2
        assertTrue(csv.get(2).startsWith("rate,fbp,2,full,1.00000,1,256,"), csv.get(2));
        assertEquals("2.00000", csv.get(2).split(",")[10]);
        assertEquals("4.00000", csv.get(3).split(",")[10], "half the weights per transport: 4×");
        String md = Files.readString(dir.resolve("sweep.md"));
        assertTrue(md.contains("| fbp | 2 | round-robin | 0.5 | rate |"), md);
        assertTrue(md.contains("REDUCED"), md);
        assertTrue(Files.exists(dir.resolve("runs").resolve("rate_fbp_phi=2_transport=round-robin_fraction=0.5").resolve("summary.json")));
        assertTrue(out.toString().matches("(?s).*; wall time \\d+ (s|min \\d\\d s) for 3 runs\\R.*"), out.toString());
        assertFalse(Files.exists(dir.resolve("ttl-accuracy.png")), "no TTL-BPTT cells, no heatmaps");
    }

    @Test
    void runsThatHoldSamplesOutReportTheCheckpointTheyChose() throws Exception {
        String base = Files.readString(Path.of("sample-projects/fashion-bp.json"))
                .replace("\"units\": 256", "\"units\": 32").replace("\"units\": 128", "\"units\": 16")
                .replace("\"timeSteps\": 20", "\"timeSteps\": 6")
                .replace("\"name\": \"fashion-mnist\"", "\"name\": \"fashion-mnist\", \"holdOut\": 64");
        Files.writeString(tmp.resolve("base.json"), base);
        Files.writeString(tmp.resolve("sweep.json"), """
                {"format": "spikeworks-sweep", "version": 1, "name": "held out",
                 "codings": {"rate": "base.json"}, "algorithms": [{"type": "bptt"}]}""");
        StringWriter err = new StringWriter();
        Path dir = tmp.resolve("out");
        int code = SpikeworksCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "sweep",
                tmp.resolve("sweep.json").toString(), "--out", dir.toString(), "--epochs", "3", "--limit-train", "256",
                "--limit-test", "64", "--quiet");
        assertEquals(0, code, err.toString());
        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        String[] row = csv.get(1).split(",");
        assertEquals(3 * 192, Long.parseLong(row[header.indexOf("train_samples")]), "64 of the 256 held out, 3 epochs");
        // the table's choice is the run's own, as its summary.json names it
        com.fasterxml.jackson.databind.JsonNode chosen = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("runs/rate_bptt/summary.json").toFile()).get("chosen_by_validation");
        assertEquals(chosen.get("chosen_epoch").asInt(), Integer.parseInt(row[header.indexOf("chosen_epoch")]));
        assertEquals(chosen.get("validation_accuracy").asDouble(), Double.parseDouble(row[header.indexOf("held_out_accuracy")]), 1e-5);
        assertEquals(chosen.get("test_accuracy").asDouble(), Double.parseDouble(row[header.indexOf("chosen_test_accuracy")]), 1e-5);
        String md = Files.readString(dir.resolve("sweep.md"));
        assertTrue(md.contains("## Checkpoints chosen on held-out training samples"), md);
        assertTrue(md.contains("| rate bptt | " + chosen.get("chosen_epoch").asInt() + " | "), md);
    }

    @Test
    void anOnlyThatIsNotARegularExpressionIsAUsageErrorNamingTheOption() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), "sweep", "sample-projects/fbp-sweep.json",
                "--list", "--only", "rate (bptt");
        assertEquals(SpikeworksCli.USAGE, code, err.toString());
        assertTrue(err.toString().startsWith("error: --only: 'rate (bptt' is not a regular expression: Unclosed group"),
                err.toString());
        assertEquals("", out.toString(), "nothing listed");
    }

    @Test
    void badOptionValuesAreUsageErrorsNamingTheOption() {
        for (String[] bad : new String[][]{{"--epochs", "0"}, {"--limit-train", "-1"}, {"--resume"}}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] args = new String[2 + bad.length];
            args[0] = "sweep";
            args[1] = "sample-projects/fbp-sweep.json";
            System.arraycopy(bad, 0, args, 2, bad.length);
            int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), args);
            assertEquals(SpikeworksCli.USAGE, code, String.join(" ", bad) + ": " + err);
            assertTrue(err.toString().startsWith("error: " + bad[0]), err.toString());
            assertTrue(err.toString().contains("--help"), err.toString());
        }
    }

    @Test
    void wallTimeReadsAsPeopleSayIt() {
        assertEquals("12 s", SweepCommand.wallTime(12.4));
        assertEquals("3 min 07 s", SweepCommand.wallTime(187));
        assertEquals("1 h 02 min 05 s", SweepCommand.wallTime(3725));
    }
}
