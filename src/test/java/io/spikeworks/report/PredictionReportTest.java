package io.spikeworks.report;

import io.spikeworks.chip.ChipProfiles;
import io.spikeworks.cli.SpikeworksCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's predicted-against-reference section: from a real Poisson run's predictions.csv, the best, median and
 * worst test functions (their errors recomputed here from the file's rows); heatmaps for a 2-D grid; a note for a
 * run without the file; a broken file named with its line.
 */
class PredictionReportTest {
    @TempDir
    Path tmp;

    private static String section(String html, String id) {
        int from = html.indexOf("<section id=\"" + id + "\">");
        return html.substring(from, html.indexOf("</section>", from));
    }

    @Test
    void aPoissonRunsReportShowsItsBestMedianAndWorstTestFunctions() throws Exception {
        Path run = tmp.resolve("run");
        StringWriter err = new StringWriter();
        int code = SpikeworksCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "train",
                "sample-projects/poisson1d-bptt.json", "--epochs", "1", "--limit-train", "320", "--limit-test", "255",
                "--quiet", "--out", run.toString());
        assertEquals(0, code, err.toString());
        RunFolder folder = RunFolder.read(run, null);
        PredictionTable t = folder.predictions().orElseThrow();
        assertEquals(255, t.rows(), "5 test functions × 51 points");
        double worst = 0, best = Double.POSITIVE_INFINITY;
        for (int f = 0; f < 5; f++) {
            double e = 0, y = 0;
            for (int i = f * 51; i < (f + 1) * 51; i++) {
                e += Math.pow(t.prediction()[i] - t.reference()[i], 2);
                y += t.reference()[i] * t.reference()[i];
            }
            worst = Math.max(worst, Math.sqrt(e / y));
            best = Math.min(best, Math.sqrt(e / y));
        }
        String html = RunReport.html(folder, ChipProfiles.load(tmp.resolve("no-profiles")));
        String s = section(html, "predictions");
        assertEquals(3, count(s, "<img "), s.replaceAll("base64,[^\"]*", ""));
        assertTrue(s.contains(String.format(Locale.ROOT, "(worst test function): rel. L2 error %.2f %%", 100 * worst)), s.replaceAll("base64,[^\"]*", ""));
        assertTrue(s.contains(String.format(Locale.ROOT, "(best test function): rel. L2 error %.2f %%", 100 * best)));
        assertTrue(s.contains("at epoch 1"));
        assertTrue(section(html, "confusion").contains("no classes"));
    }

    @Test
    void aSpaceTimeGridIsDrawnAsHeatmapsAndAMissingFileIsNoted() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("toy"));
        Files.writeString(run.resolve("summary.json"), "{\"project\": \"toy\", \"task\": \"regression\"}");
        Files.writeString(run.resolve("metrics.csv"), "epoch,samples_seen,train_loss,train_rel_l2,test_loss,test_rel_l2\n1,10,0.5,0.3,0.4,0.2\n");
        String html = RunReport.html(RunFolder.read(run, null), ChipProfiles.load(tmp.resolve("none")));
        assertTrue(section(html, "predictions").contains("has no predictions.csv"));

        StringBuilder csv = new StringBuilder("function,x,t,reference,prediction\n");
        for (int f = 0; f < 2; f++)
            for (int i = 0; i < 3; i++)
                for (int j = 0; j < 2; j++) csv.append(f).append(',').append(i * 0.5).append(',').append(j).append(',')
                        .append(1 + i + j).append(',').append(1 + i + j + (f == 1 ? 0.5 : 0)).append('\n');
        Files.writeString(run.resolve("predictions.csv"), csv.toString());
        html = RunReport.html(RunFolder.read(run, null), ChipProfiles.load(tmp.resolve("none")));
        String s = section(html, "predictions");
        assertEquals(2, count(s, "<img "), "best and worst of two");
        assertTrue(s.contains("Test function 0 (best test function): rel. L2 error 0.00 %"));
        PredictionTable t = RunFolder.read(run, null).predictions().orElseThrow();
        assertEquals(3, t.axisPoints(0, 1).length);
        assertEquals(2, t.axisPoints(1, 1).length);

        Files.writeString(run.resolve("predictions.csv"), "function,x,reference,prediction\n0,0.1,1\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunFolder.read(run, null).predictions());
        assertTrue(e.getMessage().endsWith("predictions.csv, line 2: 3 fields, the header has 4"), e.getMessage());
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
