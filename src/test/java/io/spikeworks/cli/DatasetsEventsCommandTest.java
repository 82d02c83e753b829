package io.spikeworks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetsEventsCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsHowBusyAnEventSetsFramesAre() {
        Run r = run("datasets", "events", "moving-bars", "--assets", "assets");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("moving-bars, 16 time steps: loaded in "), r.out());
        // 16 bins of 256 pixels; a bar fills every pixel once (16 × 16 events) plus ~8 noise events
        assertTrue(r.out().matches("(?s).*moving-bars/train\\s+2000 samples\\s+2[67]\\d\\.\\d events/sample\\s+6\\.\\d\\d % "
                + "of frame cells active\\s+ON NaN %.*"), r.out());
    }

    @Test
    void aMissingFolderOrASetOfImagesIsRefusedInOneLine() {
        Run r = run("datasets", "events", "n-mnist", "--path", tmp.resolve("nowhere").toString(), "--assets", "assets");
        assertEquals(1, r.code());
        assertEquals("error: " + tmp.resolve("nowhere/Train") + ": no such folder; an N-MNIST folder holds Train/ and "
                + "Test/, each with one folder per digit 0-9 of .bin files", r.err().strip());
        r = run("datasets", "events", "mnist", "--assets", "assets");
        assertEquals(1, r.code());
        assertEquals("error: mnist is not an event-stream data set", r.err().strip());
        r = run("datasets", "events", "moving-bars", "--steps", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: --steps must be at least 1, got 0"), r.err());
    }
}
