package io.spikeworks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Models too large for the heap or for Java's arrays get a message from check and train before anything is allocated:
 * never an OutOfMemoryError, a stack trace or an overflowed number (issue 27).
 */
class LargeModelCommandTest {
    @TempDir
    Path tmp;

    private Path sampleWith(String from, String to) throws Exception {
        String json = Files.readString(Path.of("sample-projects/mnist-bptt.json"));
        assertTrue(json.contains(from), from);
        Path p = tmp.resolve("large.json");
        Files.writeString(p, json.replace(from, to));
        return p;
    }

    /** 10,000 steps (the most the validator allows) of 784 inputs and 1,024 units need far more than any test heap. */
    private Path tooLongForTheHeap() throws Exception {
        String json = Files.readString(Path.of("sample-projects/mnist-bptt.json"))
                .replace("\"timeSteps\": 25", "\"timeSteps\": 10000")
                .replace("\"units\": 256", "\"units\": 1024");
        Path p = tmp.resolve("long.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void checkPrintsTheEstimateAndExits3WhenItCannotFit() throws Exception {
        TrainCommandTest.Result fits = TrainCommandTest.run("check", "sample-projects/mnist-bptt.json");
        assertEquals(0, fits.code(), fits.err());
        assertTrue(fits.out().contains("memory: training needs about "), fits.out());
        assertTrue(fits.out().contains("fits in memory: yes"), fits.out());

        TrainCommandTest.Result r = TrainCommandTest.run("check", tooLongForTheHeap().toString());
        assertEquals(CheckCommand.DOES_NOT_FIT, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("largest: hidden1 keeps 10,000 steps × 1,024 neurons × 132 samples"), r.out());
        assertTrue(r.out().contains("fits in memory: no. Reduce timeSteps, batchSize or the size of hidden1"), r.out());
    }

    @Test
    void trainRefusesARunPastTheHeapWithTheEstimateAndItsLargestPart() throws Exception {
        TrainCommandTest.Result r = TrainCommandTest.run("train", tooLongForTheHeap().toString(), "--limit-train", "256",
                "--limit-test", "128", "--quiet", "--out", tmp.resolve("out").toString());
        assertEquals(SpikeworksCli.FAILURE, r.code(), r.out() + r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("error: training needs about "), r.err());
        assertTrue(lines[0].contains("; largest: hidden1 keeps 10,000 steps × 1,024 neurons × 132 samples"), r.err());
        assertTrue(lines[0].contains(" free of "), r.err());
        assertFalse(Files.exists(tmp.resolve("out").resolve("metrics.csv")));
    }

    @Test
    void aBillionUnitsIsAValidationErrorNotAnOverflow() throws Exception {
        Path p = sampleWith("\"units\": 256", "\"units\": 1000000000");
        for (String command : new String[]{"check", "train"}) {
            TrainCommandTest.Result r = TrainCommandTest.run(command, p.toString());
            assertEquals(SpikeworksCli.FAILURE, r.code(), command + ": " + r.out() + r.err());
            assertTrue(r.err().contains("$.network.layers[0].units: layer 'hidden1' would have 784 × 1,000,000,000 = "
                    + "784,000,000,000 weights"), command + ": " + r.err());
            assertFalse(r.err().contains("-1979015168"), r.err());
        }
    }
}
