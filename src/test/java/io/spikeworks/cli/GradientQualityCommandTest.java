package io.spikeworks.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code gradient-quality}: one row per estimator and K with cosines to BPTT that grow with K, the CSV written, and
 * bad options and conv projects refused with a line saying what.
 */
class GradientQualityCommandTest {
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
    void printsAndWritesTheTableWithCosinesGrowingWithK() throws Exception {
        Path csv = tmp.resolve("q.csv");
        Run r = run("gradient-quality", "sample-projects/mexican-hat-bptt.json", "--k", "1,128", "--seeds", "2",
                "--estimators", "wp-central,forward-mode", "--scope", "layer-wise", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(io.spikeworks.learn.gradient.GradientCosineCsv.HEADER, lines.get(0), "the card's own format, so it can load it");
        assertEquals(4, io.spikeworks.learn.gradient.GradientCosineCsv.parse(String.join("\n", lines), "q.csv").size());
        assertEquals(5, lines.size(), lines.toString());
        double[] mean = new double[4];
        for (int i = 0; i < 4; i++) {
            String[] f = lines.get(i + 1).split(",");
            assertEquals(i < 2 ? "wp-central" : "forward-mode", f[0]);
            assertEquals(i % 2 == 0 ? "1" : "128", f[1]);
            mean[i] = Double.parseDouble(f[2]);
            double min = Double.parseDouble(f[3]), max = Double.parseDouble(f[4]);
            assertEquals("2", f[5], "two direction seeds");
            assertTrue(min <= mean[i] && mean[i] <= max, lines.get(i + 1));
            assertTrue(r.out().contains(f[0]), r.out());
        }
        // layer-wise, three layers: K = 128 gives 384 tangents in 12 passes (+1 forward); WP 1 + 2·3·128 passes
        assertTrue(r.out().matches("(?s).*forward-mode\\s+128\\s+13\\s.*"), r.out());
        assertTrue(r.out().matches("(?s).*wp-central\\s+128\\s+769\\s.*"), r.out());
        assertTrue(mean[1] > mean[0] + 0.2 && mean[3] > mean[2] + 0.2, "cosines grow with K: " + lines);
    }

    @Test
    void refusesBadOptionsAndConvolutionsInOneLine() {
        Run k = run("gradient-quality", "sample-projects/mexican-hat-bptt.json", "--k", "0");
        assertEquals(2, k.code(), "a bad option value is a usage error");
        assertTrue(k.err().startsWith("error: --k: every K must be ≥ 1, got 0"), k.err());
        Run e = run("gradient-quality", "sample-projects/mexican-hat-bptt.json", "--estimators", "magic");
        assertTrue(e.err().contains("unknown estimator 'magic'"), e.err());
        Run conv = run("gradient-quality", "sample-projects/fashion-ttl-conv.json", "--k", "1", "--seeds", "1",
                "--estimators", "forward-mode");
        assertEquals(1, conv.code());
        assertTrue(conv.err().contains("(a convolution) has no forward-mode (tangent) step"), conv.err());
        assertEquals(1, conv.err().strip().lines().count(), conv.err());
    }
}
