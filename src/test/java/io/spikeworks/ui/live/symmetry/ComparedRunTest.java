package io.spikeworks.ui.live.symmetry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finished runs read back for the transport chart's comparison. */
class ComparedRunTest {
    static final String HEADER = "epoch,samples_seen,train_loss,train_accuracy,test_loss,test_accuracy,samples_per_s,learning_rate";

    static Path run(Path root, String name, String csv, String algorithm) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve("metrics.csv"), csv);
        if (algorithm != null)
            Files.writeString(dir.resolve("summary.json"), "{\"project\": \"p\", \"algorithm\": \"" + algorithm + "\"}\n");
        return dir;
    }

    @Test
    void readsTransportAndAccuracyPerEvaluation(@TempDir Path tmp) throws IOException {
        Path dir = run(tmp, "fbp-1", HEADER + ",iteration,transport_events,transport_weights_copied,transport_bits_copied,transport_energy_pj\n"
                + "1,6400,1.2,0.5,1.1,0.61,900,0.001,100,1,34816,1.11411e+06,1.11411e+06\n"
                + "2,12800,0.9,0.7,0.8,0.72,950,0.001,200,2,69632,2.22822e+06,2.22822e+06\n", "fbp");
        ComparedRun r = ComparedRun.read(dir);
        assertEquals("fbp · fbp-1", r.label());
        assertArrayEquals(new double[]{100, 200}, r.iterations());
        assertArrayEquals(new double[]{0.61, 0.72}, r.testAccuracy());
        assertArrayEquals(new double[]{34816, 69632}, r.series(TransportQuantity.WEIGHTS));
        assertArrayEquals(new double[]{1.11411e6, 2.22822e6}, r.series(TransportQuantity.BITS));
        assertTrue(r.meteredTransport());
    }

    @Test
    void aBpttRunShowsItsAccuracyWithoutTransport(@TempDir Path tmp) throws IOException {
        ComparedRun r = ComparedRun.read(run(tmp, "bp", HEADER + ",iteration\n1,6400,1,0.5,1,0.66,900,0.001,100\n", "bptt"));
        assertFalse(r.meteredTransport());
        assertNull(r.series(TransportQuantity.BITS));
        assertArrayEquals(new double[]{0.66}, r.testAccuracy());
        assertEquals("bptt", r.algorithm());
    }

    @Test
    void missingColumnsAndBadNumbersAreNamed(@TempDir Path tmp) throws IOException {
        IOException old = assertThrows(IOException.class, () -> ComparedRun.read(run(tmp, "old", HEADER + "\n1,6400,1,0.5,1,0.66,900,0.001\n", "fbp")));
        assertTrue(old.getMessage().endsWith("old/metrics.csv has no iteration column (written by a Spikeworks before runs "
                + "recorded iterations; train it again to compare)"), old.getMessage());
        IOException none = assertThrows(IOException.class, () -> ComparedRun.read(run(tmp, "odd", "a,b\n1,2\n", null)));
        assertTrue(none.getMessage().endsWith("odd/metrics.csv has no iteration or test_accuracy column"), none.getMessage());
        IOException bad = assertThrows(IOException.class, () -> ComparedRun.read(run(tmp, "bad", HEADER + ",iteration\n1,6400,1,0.5,1,high,900,0.001,100\n", null)));
        assertTrue(bad.getMessage().endsWith("bad/metrics.csv line 2: test_accuracy is 'high', not a number"), bad.getMessage());
        IOException torn = assertThrows(IOException.class, () -> ComparedRun.read(run(tmp, "torn", HEADER + ",iteration\n1,6400\n", null)));
        assertTrue(torn.getMessage().endsWith("torn/metrics.csv line 2: 2 fields, the header has 9"), torn.getMessage());
        IOException empty = assertThrows(IOException.class, () -> ComparedRun.read(Files.createDirectories(tmp.resolve("empty"))));
        assertEquals("empty holds no metrics.csv: not a finished run", empty.getMessage());
        assertEquals("?", ComparedRun.read(run(tmp, "nosummary", HEADER + ",iteration\n", null)).algorithm());
    }

    @Test
    void listsRunFoldersNewestFirst(@TempDir Path tmp) throws IOException {
        Path a = run(tmp, "a", HEADER + ",iteration\n", "fa");
        Path b = run(tmp, "b", HEADER + ",iteration\n", "fbp");
        Files.createDirectories(tmp.resolve("not-a-run"));
        Files.setLastModifiedTime(a.resolve("metrics.csv"), FileTime.fromMillis(2_000_000));
        Files.setLastModifiedTime(b.resolve("metrics.csv"), FileTime.fromMillis(1_000_000));
        assertEquals(List.of(a, b), ComparedRun.runFolders(tmp));
        assertEquals(List.of(), ComparedRun.runFolders(tmp.resolve("missing")));
    }
}
