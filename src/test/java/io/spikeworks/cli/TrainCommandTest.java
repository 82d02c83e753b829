package io.spikeworks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** The train command end to end on a small slice of the bundled MNIST. */
class TrainCommandTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** The sample project made small: 64 hidden units, T = 8, batch 32. */
    Path smallProject() throws Exception {
        String json = Files.readString(Path.of("sample-projects/mnist-bptt.json"))
                .replace("\"units\": 256", "\"units\": 64")
                .replace("\"timeSteps\": 25", "\"timeSteps\": 8")
                .replace("\"batchSize\": 128", "\"batchSize\": 32")
                .replace("\"learningRate\": 5.0E-4", "\"learningRate\": 2.0E-3");
        Path p = tmp.resolve("small.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void trainsWritesMetricsAndSummaryAndIsReproducible() throws Exception {
        Path project = smallProject();
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Result r1 = run("train", project.toString(), "--epochs", "2", "--limit-train", "1024", "--limit-test", "256",
                "--out", a.toString(), "--quiet");
        assertEquals(0, r1.code(), r1.err());
        Result r2 = run("train", project.toString(), "--epochs", "2", "--limit-train", "1024", "--limit-test", "256",
                "--out", b.toString(), "--quiet");
        assertEquals(0, r2.code(), r2.err());

        List<String> rows = Files.readAllLines(a.resolve("metrics.csv"));
        assertEquals("epoch,samples_seen,train_loss,train_accuracy,test_loss,test_accuracy,samples_per_s,learning_rate,iteration",
                rows.get(0));
        assertEquals(3, rows.size(), "header and one row per epoch");
        assertTrue(rows.get(2).startsWith("2,2048,"));
        assertTrue(rows.get(2).endsWith(",64"), "iteration: 2 epochs of 1,024 samples in batches of 32: " + rows.get(2));

        JsonNode s1 = new ObjectMapper().readTree(a.resolve("summary.json").toFile());
        JsonNode s2 = new ObjectMapper().readTree(b.resolve("summary.json").toFile());
        for (String key : List.of("test_accuracy", "train_samples_per_s", "epochs", "seconds", "counters", "chip"))
            assertTrue(s1.has(key), "summary.json has " + key);
        assertEquals(2, s1.get("epochs").asInt());
        assertEquals("float-reference", s1.get("chip").get("profile").asText());
        assertTrue(s1.get("chip").get("mapping").get("coresUsed").asInt() >= 2, "each layer on its own core");
        assertTrue(s1.get("chip").get("training").get("energyPerSample").has("synapticOpsJ"));
        assertTrue(s1.get("counters").get("synaptic_ops").asLong() > 0);
        // same seed: same learning, same counters (timings differ)
        assertEquals(s1.get("test_accuracy").asDouble(), s2.get("test_accuracy").asDouble());
        assertEquals(s1.get("train_loss").asDouble(), s2.get("train_loss").asDouble());
        assertEquals(s1.get("counters"), s2.get("counters"));
        // the test set's confusion matrix at every evaluation: 100 cells per epoch, each epoch summing to the 256
        // test samples with the diagonal at the reported accuracy
        List<String> confusion = Files.readAllLines(a.resolve("confusion.csv"));
        assertEquals("epoch,true_class,true_name,predicted_class,predicted_name,count", confusion.get(0));
        assertEquals(1 + 2 * 100, confusion.size());
        long total = 0, diagonal = 0;
        for (String line : confusion.subList(101, 201)) {
            String[] f = line.split(",");
            assertEquals("2", f[0]);
            long n = Long.parseLong(f[5]);
            total += n;
            if (f[1].equals(f[3])) diagonal += n;
        }
        assertEquals(256, total);
        assertEquals(s1.get("test_accuracy").asDouble(), diagonal / 256.0, 1e-12);
        JsonNode cm = s1.get("test_confusion");
        assertEquals(2, cm.get("epoch").asInt());
        assertEquals(10, cm.get("counts").size());
        long fromSummary = 0;
        for (int t = 0; t < 10; t++) fromSummary += cm.get("counts").get(t).get(t).asLong();
        assertEquals(diagonal, fromSummary);
        // it learned: far above the 10 % of chance on held-out digits
        assertTrue(s1.get("test_accuracy").asDouble() > 0.6, "test accuracy " + s1.get("test_accuracy"));
    }

    @Test
    void anotherSeedLearnsDifferently() throws Exception {
        Path project = smallProject();
        run("train", project.toString(), "--epochs", "1", "--limit-train", "256", "--limit-test", "64", "--out",
                tmp.resolve("s1").toString(), "--quiet", "--seed", "1");
        run("train", project.toString(), "--epochs", "1", "--limit-train", "256", "--limit-test", "64", "--out",
                tmp.resolve("s2").toString(), "--quiet", "--seed", "2");
        assertFalse(Files.readString(tmp.resolve("s1/metrics.csv")).equals(Files.readString(tmp.resolve("s2/metrics.csv"))));
    }

    @Test
    void aBrokenProjectIsAOneLineErrorNamingFileAndPath() throws Exception {
        Path p = tmp.resolve("bad.json");
        Files.writeString(p, Files.readString(Path.of("sample-projects/mnist-bptt.json")).replace("\"beta\": 0.9", "\"beta\": 1.5"));
        Result r = run("train", p.toString(), "--out", tmp.resolve("x").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.json"), r.err());
        assertTrue(r.err().contains("$.network.layers[0].neuron.beta"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")), "nothing written for a project that did not load");
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsRefusedBeforeTraining() throws Exception {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "keep");
        Path out = notes.resolve("run");
        Result r = run("train", smallProject().toString(), "--epochs", "1", "--limit-train", "64", "--limit-test", "32",
                "--out", out.toString(), "--quiet");
        assertEquals(1, r.code());
        assertEquals("error: " + notes + " is a file, not a folder, so it cannot hold " + out.resolve("summary.json"),
                r.err().strip());
        assertFalse(r.out().contains("epoch 1:"), "no epoch trained into a folder that cannot be written: " + r.out());
        assertEquals("keep", Files.readString(notes));
    }

    @Test
    void missingFileAndBadOptionsAreReported() throws Exception {
        Result missing = run("train", tmp.resolve("nope.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        Result usage = run("train");
        assertEquals(2, usage.code());
        Result negative = run("train", "sample-projects/mnist-bptt.json", "--epochs", "0", "--out", tmp.resolve("y").toString());
        assertEquals(2, negative.code(), "a bad option value is a usage error");
        assertTrue(negative.err().contains("--epochs must be ≥ 1"), negative.err());
        Path otherChip = tmp.resolve("other-chip.json");
        Files.writeString(otherChip, Files.readString(Path.of("sample-projects/mnist-bptt.json"))
                .replace("\"chipProfile\": \"float-reference\"", "\"chipProfile\": \"truenorth\""));
        Result unknownChip = run("train", otherChip.toString(), "--assets", tmp.resolve("no-assets").toString(),
                "--out", tmp.resolve("c").toString());
        assertEquals(1, unknownChip.code());
        assertTrue(unknownChip.err().startsWith("error: " + otherChip + ": $.chipProfile: no chip profile 'truenorth'; "
                + "known: float-reference"), unknownChip.err());
        Result noneHeld = run("train", "sample-projects/mnist-bptt.json", "--hold-out", "0", "--limit-train", "64",
                "--out", tmp.resolve("z").toString());
        assertEquals(2, noneHeld.code());
        assertEquals("error: --hold-out must be ≥ 1, got 0", noneHeld.err().lines().findFirst().orElse(""));
        assertTrue(noneHeld.err().contains("--help"), "a usage error points to --help: " + noneHeld.err());
    }

    /**
     * --hold-out: the held-out samples are not trained on, are scored at every evaluation, and choose the checkpoint
     * the summary reports (the best held-out accuracy, its own test accuracy); a data set it cannot split is refused.
     */
    @Test
    void heldOutSamplesChooseTheCheckpoint() throws Exception {
        Path project = smallProject();
        Path dir = tmp.resolve("held");
        Result r = run("train", project.toString(), "--epochs", "3", "--limit-train", "1024", "--limit-test", "256",
                "--hold-out", "256", "--out", dir.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("holding 256 training samples out"), r.out());
        List<String> rows = Files.readAllLines(dir.resolve("metrics.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int epochs = rows.size() - 1;
        assertEquals(3, epochs);
        int seen = header.indexOf("samples_seen");
        int val = header.indexOf("validation_accuracy");
        int test = header.indexOf("test_accuracy");
        assertTrue(val > 0 && header.contains("validation_loss"), rows.get(0));
        assertEquals(3 * 768, Long.parseLong(rows.get(3).split(",")[seen]), "768 of the 1,024 samples trained on per epoch");
        int best = 1;
        for (int e = 2; e <= epochs; e++)
            if (Double.parseDouble(rows.get(e).split(",")[val]) > Double.parseDouble(rows.get(best).split(",")[val])) best = e;
        JsonNode chosen = new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("chosen_by_validation");
        assertEquals(256, chosen.get("held_out_samples").asInt());
        assertEquals(best, chosen.get("chosen_epoch").asInt());
        assertEquals(Double.parseDouble(rows.get(best).split(",")[val]), chosen.get("validation_accuracy").asDouble(), 1e-5);
        assertEquals(Double.parseDouble(rows.get(best).split(",")[test]), chosen.get("test_accuracy").asDouble(), 1e-5);
        assertTrue(r.out().contains("chosen by the held-out samples: epoch " + best), r.out());

        Result regression = run("train", "sample-projects/poisson1d-bptt.json", "--hold-out", "10", "--epochs", "1",
                "--out", tmp.resolve("r").toString());
        assertEquals(1, regression.code());
        assertTrue(regression.err().contains("needs a data set of labelled images; poisson1d/train is not one"), regression.err());
        Result tooMany = run("train", project.toString(), "--limit-train", "100", "--hold-out", "100", "--epochs", "1",
                "--out", tmp.resolve("t").toString());
        assertEquals(1, tooMany.code());
        assertTrue(tooMany.err().contains("cannot hold 100 of 100 training samples out"), tooMany.err());

        // the project's own dataset.holdOut, without the option; the option overrides it
        Path withHoldOut = tmp.resolve("held.json");
        Files.writeString(withHoldOut, Files.readString(project).replace("\"limitTest\": null",
                "\"limitTest\": null, \"holdOut\": 128"));
        Result fromFile = run("train", withHoldOut.toString(), "--epochs", "1", "--limit-train", "512", "--limit-test",
                "64", "--out", tmp.resolve("f").toString(), "--quiet");
        assertEquals(0, fromFile.code(), fromFile.err());
        assertTrue(fromFile.out().contains("holding 128 training samples out"), fromFile.out());
        assertTrue(fromFile.out().contains("384 train / 64 test samples"), fromFile.out());
        Result overridden = run("train", withHoldOut.toString(), "--epochs", "1", "--limit-train", "512", "--limit-test",
                "64", "--hold-out", "64", "--out", tmp.resolve("o").toString(), "--quiet");
        assertTrue(overridden.out().contains("holding 64 training samples out"), overridden.out());
        Path zero = tmp.resolve("zero.json");
        Files.writeString(zero, Files.readString(withHoldOut).replace("\"holdOut\": 128", "\"holdOut\": 0"));
        Result refused = run("train", zero.toString(), "--epochs", "1", "--out", tmp.resolve("z").toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("$.dataset.holdOut") && refused.err().contains("must be at least 1, got 0"),
                refused.err());
    }
}
