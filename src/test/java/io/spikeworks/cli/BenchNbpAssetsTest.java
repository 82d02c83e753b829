package io.spikeworks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench --config nbp} reads its data where --assets says, like every other configuration. */
class BenchNbpAssetsTest {
    @TempDir
    Path tmp;

    @Test
    void nbpBenchReadsTheDataSetsFromTheAssetsOption() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path empty = tmp.resolve("no-data-here");
        int code = SpikeworksCli.run(new PrintWriter(out), new PrintWriter(err), "bench", "--config", "nbp",
                "--assets", empty.toString(), "--warmup", "0", "--batches", "1");
        assertNotEquals(SpikeworksCli.OK, code, "an assets folder without MNIST cannot bench: " + out);
        assertTrue(err.toString().contains("no-data-here"), "the message names the folder it looked in: " + err);
        assertTrue(!out.toString().contains("bench config=nbp"), "nothing was measured on other data: " + out);
    }
}
